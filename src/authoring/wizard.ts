// The questions `ebz new` asks on a terminal, each answer checked as it is typed. Prompts are injected.
import type { Lang } from '../i18n/index.js';
import { directionWords, yearendWords } from '../i18n/yearend-words.js';
import type { UnitState } from '../model/state.js';
import type { AnnualDoc, BenchmarkDoc, Campaign, Indicator, Measure, MeasureStatus, PlanDoc, ProgressDoc, ResearchDoc, UnitDoc } from '../model/types.js';
import { approvalFor, measuresToReport, nextMeasureId } from './prefill.js';
import { YEAR_RANGE } from './schema-limits.js';
import { GoBack, StopHere } from './session.js';
import { SESSION_WORDS } from './words.js';
import { all, dateCheck, idCheck, personNameCheck, integerCheck, monthCheck, numberCheck, reportMonthCheck, textCheck, type Check } from './validate.js';

export interface Prompter {
  input(question: { message: string; default?: string; validate?: Check }): Promise<string>;
  select<T extends string>(question: { message: string; choices: readonly { value: T; name: string }[]; default?: T }): Promise<T>;
  confirm(question: { message: string; default?: boolean }): Promise<boolean>;
  /** How many questions have been answered so far, when the prompter can go back to one of them. */
  position?(): number;
}

export interface WizardContext {
  lang: Lang;
  campaign: Campaign;
  today: string;
  unitId: string;
  /** The unit as the campaign knows it (absent for a new unit). */
  unit?: UnitState;
  /** The file as shown to the user when it exists already (and may not be replaced), else undefined. */
  existing?: (file: string) => string | undefined;
}

type Q = { zh: string; en: string };
const q = (ctx: WizardContext, words: Q) => words[ctx.lang];

async function text(p: Prompter, ctx: WizardContext, message: Q, def?: string): Promise<string> {
  return (await p.input({ message: q(ctx, message), default: def, validate: textCheck(ctx.lang) })).trim();
}

async function person(p: Prompter, ctx: WizardContext, message: Q, def?: string): Promise<string> {
  return (await p.input({ message: q(ctx, message), default: def, validate: personNameCheck(ctx.lang) })).trim();
}

async function optional(p: Prompter, ctx: WizardContext, message: Q, check?: Check): Promise<string | undefined> {
  const value = (await p.input({ message: q(ctx, message), validate: check && ((v) => (v.trim() === '' ? true : check(v))) })).trim();
  return value === '' ? undefined : value;
}

async function date(p: Prompter, ctx: WizardContext, message: Q, def?: string, extra?: Check): Promise<string> {
  return (await p.input({ message: q(ctx, message), default: def, validate: extra ? all(dateCheck(ctx.lang), extra) : dateCheck(ctx.lang) })).trim();
}

async function number(p: Prompter, ctx: WizardContext, message: Q, def?: number, check: Check = numberCheck(ctx.lang)): Promise<number> {
  return Number((await p.input({ message: q(ctx, message), default: def === undefined ? undefined : String(def), validate: check })).trim());
}

async function more(p: Prompter, ctx: WizardContext, what: Q): Promise<boolean> {
  return p.confirm({ message: q(ctx, { zh: `还要添加${what.zh}吗？`, en: `Add another ${what.en}?` }), default: false });
}

function exchangeType(p: Prompter, ctx: WizardContext, message: Q) {
  return p.select({
    message: q(ctx, message),
    choices: [
      { value: 'high-level-visit', name: q(ctx, { zh: '高层互访', en: 'high-level visit' }) },
      { value: 'cadre-secondment', name: q(ctx, { zh: '干部互派', en: 'cadre secondment' }) },
      { value: 'enterprise', name: q(ctx, { zh: '企业往来', en: 'enterprise exchange' }) },
      { value: 'talent', name: q(ctx, { zh: '人才交流', en: 'talent exchange' }) },
      { value: 'industry-cooperation', name: q(ctx, { zh: '产业合作', en: 'industry cooperation' }) },
    ] as const,
  });
}

const notAfter = (ctx: WizardContext, limit: string, what: Q): Check => (value) =>
  value.trim() <= limit ? true : q(ctx, { zh: `不能晚于${what.zh}（${limit}）。`, en: `Must not be after the ${what.en} (${limit}).` });

const notBefore = (ctx: WizardContext, limit: string, what: Q): Check => (value) =>
  value.trim() >= limit ? true : q(ctx, { zh: `不能早于${what.zh}（${limit}）。`, en: `Must not be before the ${what.en} (${limit}).` });

/** Refuses a month or year whose file exists already, before any question about it is asked. */
const notWritten = (ctx: WizardContext, file: (value: string) => string): Check => (value) => {
  const shown = ctx.existing?.(file(value.trim()));
  return shown === undefined ? true : q(ctx, { zh: `“${shown}”已存在。请换一个，或加 --force 重新运行以重写（原文件另存到 .ebz/backups/）。`, en: `"${shown}" exists. Choose another, or run again with --force to rewrite it (the old file is kept under .ebz/backups/).` });
};

export async function askUnit(p: Prompter, ctx: WizardContext, taken: readonly string[]): Promise<UnitDoc> {
  const id = (await p.input({ message: q(ctx, { zh: '单位标识（文件夹名，小写字母、数字和连字符，如 fgw）', en: 'Unit id (folder name, e.g. fgw)' }), default: ctx.unitId || undefined, validate: idCheck(ctx.lang, taken) })).trim();
  const name = await text(p, ctx, { zh: '单位名称', en: 'Unit name' });
  const kind = await p.select({
    message: q(ctx, { zh: '单位类别', en: 'Kind of unit' }),
    choices: [
      { value: 'government-department', name: q(ctx, { zh: '市人民政府组成部门', en: 'government department' }) },
      { value: 'party-department', name: q(ctx, { zh: '市委部门（组织部、宣传部、统战部、政法委）', en: 'party department' }) },
      { value: 'institution', name: q(ctx, { zh: '直属事业单位', en: 'institution' }) },
      { value: 'vertical', name: q(ctx, { zh: '自治区垂直管理部门', en: 'vertical (regional) department' }) },
      { value: 'other', name: q(ctx, { zh: '其他', en: 'other' }) },
    ] as const,
  });
  const domain = await p.select({
    message: q(ctx, { zh: '重点领域', en: 'Domain' }),
    choices: Object.entries(ctx.campaign.domains).map(([value, label]) => ({ value, name: `${label}（${value}）` })),
  });
  const doc: UnitDoc = { id, name, kind, domain, principal: { name: '', title: '' } };
  if (kind !== 'party-department') {
    doc.leader_in_charge = {
      name: await person(p, ctx, { zh: '分管市领导姓名', en: 'Leader in charge: name' }),
      title: await text(p, ctx, { zh: '分管市领导职务', en: 'Leader in charge: title' }, '副市长'),
    };
  }
  doc.principal = {
    name: await person(p, ctx, { zh: '主要负责同志姓名', en: 'Principal: name' }),
    title: await text(p, ctx, { zh: '主要负责同志职务', en: 'Principal: title' }),
  };
  const contact = await optional(p, ctx, { zh: '联络人姓名（可不填）', en: 'Contact name (optional)' }, personNameCheck(ctx.lang));
  if (contact) doc.contact = { name: contact, phone: (await optional(p, ctx, { zh: '联络电话（可不填）', en: 'Contact phone (optional)' })) ?? '' };
  if (doc.contact && !doc.contact.phone) delete doc.contact.phone;
  // Keep the key order of the file: id, name, kind, domain, leader_in_charge, principal, contact.
  const { leader_in_charge, principal, contact: c, ...head } = doc;
  return { ...head, ...(leader_in_charge ? { leader_in_charge } : {}), principal, ...(c ? { contact: c } : {}) };
}

async function askIndicator(p: Prompter, ctx: WizardContext, taken: string[]): Promise<Indicator> {
  const id = (await p.input({ message: q(ctx, { zh: '指标标识（如 gdp-growth）', en: 'Indicator id (e.g. gdp-growth)' }), validate: idCheck(ctx.lang, taken) })).trim();
  const name = await text(p, ctx, { zh: '指标名称', en: 'Indicator name' });
  const unit = await text(p, ctx, { zh: '计量单位（如 %、亿元、个）', en: 'Unit of measure (%, 亿元, 个…)' });
  const direction = await p.select({
    message: q(ctx, { zh: '指标方向', en: 'Direction' }),
    choices: [
      { value: 'higher', name: q(ctx, directionWords.higher) },
      { value: 'lower', name: q(ctx, directionWords.lower) },
    ] as const,
  });
  const baseline = await number(p, ctx, { zh: '基期值（本单位起始数值）', en: 'Baseline (ours, now)' });
  const benchmark = await number(p, ctx, { zh: '标杆值（学习对象的数值）', en: 'Benchmark value (theirs)' });
  const improves: Check = (value) => {
    const n = Number(value);
    const better = direction === 'higher' ? n > baseline : n < baseline;
    return better ? true : q(ctx, { zh: `目标值应${direction === 'higher' ? '高' : '低'}于基期值 ${baseline}。`, en: `The target must be ${direction === 'higher' ? 'above' : 'below'} the baseline ${baseline}.` });
  };
  const target = await number(p, ctx, { zh: '目标值（达标阶段结束时应达到，宜不低于标杆值）', en: 'Target (by the end of the reach phase; should reach the benchmark)' }, undefined, all(numberCheck(ctx.lang), improves));
  return { id, name, unit, direction, baseline, benchmark, target };
}

export async function askBenchmark(p: Prompter, ctx: WizardContext): Promise<BenchmarkDoc> {
  const submitted = await date(p, ctx, { zh: '报送日期', en: 'Submission date' }, ctx.today, notAfter(ctx, ctx.today, { zh: '今天', en: 'today' }));
  const region = await text(p, ctx, { zh: '建标学习对象所在地区（如 陕西省榆林市）', en: 'Benchmark region (e.g. 陕西省榆林市)' });
  const counterpart = await text(p, ctx, { zh: '对口单位', en: 'Counterpart body' });
  const category = await p.select({
    message: q(ctx, { zh: '对象类别', en: 'Category' }),
    choices: [
      { value: 'national-model', name: q(ctx, { zh: '①国家层面通报典型做法的地区、部门', en: 'national model' }) },
      { value: 'advanced-region', name: q(ctx, { zh: '②京津冀、长三角、珠三角等先进地区', en: 'advanced region' }) },
      { value: 'resource-city', name: q(ctx, { zh: '③资源型城市', en: 'resource-based city' }) },
      { value: 'neighbor-city', name: q(ctx, { zh: '④周边城市', en: 'neighbouring city' }) },
      { value: 'in-region', name: q(ctx, { zh: '⑤区内地区', en: 'within the region' }) },
      { value: 'ecology', name: q(ctx, { zh: '⑥生态治理', en: 'ecology' }) },
      { value: 'culture-tourism', name: q(ctx, { zh: '⑦文旅融合', en: 'culture and tourism' }) },
      { value: 'other', name: q(ctx, { zh: '其他', en: 'other' }) },
    ] as const,
  });
  const principles = {
    advanced: await text(p, ctx, { zh: '先进性：为何是高标准的标杆', en: 'Advanced: why it is a model' }),
    comparable: await text(p, ctx, { zh: '可比性：体量、发展状况、立地条件为何可比', en: 'Comparable: why it compares' }),
    targeted: await text(p, ctx, { zh: '针对性：重点学习哪些经验做法', en: 'Targeted: what to learn first' }),
  };
  const indicators: Indicator[] = [];
  do indicators.push(await askIndicator(p, ctx, indicators.map((i) => i.id)));
  while (await more(p, ctx, { zh: '对标指标', en: 'indicator' }));
  const learning: string[] = [];
  do learning.push(await text(p, ctx, { zh: '学习内容', en: 'What to learn' }));
  while (await more(p, ctx, { zh: '学习内容', en: 'learning item' }));
  const approval = await askApproval(p, ctx, submitted);
  return { unit: ctx.unitId, submitted, target: { region, counterpart, category }, principles, indicators: indicators as BenchmarkDoc['indicators'], learning: learning as BenchmarkDoc['learning'], approval };
}

/** The approval date first, then the signer: the person unit.yaml names for the role on that date. */
async function askApproval(p: Prompter, ctx: WizardContext, submitted: string): Promise<BenchmarkDoc['approval']> {
  const who: Q = approvalFor(ctx.unit).role === 'principal' ? { zh: '本单位主要负责同志', en: 'the principal' } : { zh: '分管市领导', en: 'the leader in charge' };
  const held: Check = (value) =>
    !approvalFor(ctx.unit, value.trim()).vacant
      ? true
      : q(ctx, {
          zh: `${value.trim()} 当天，unit.yaml 中没有在任的${who.zh}。请核对日期，或先在 unit.yaml 中补全任职记录（since/until）。`,
          en: `On ${value.trim()} unit.yaml names nobody as ${who.en}. Check the date, or complete the history (since/until) in unit.yaml first.`,
        });
  const dateAt = p.position?.();
  const dateValue = await date(p, ctx, { zh: '审签日期（不晚于报送日期）', en: 'Approval date (not after submission)' }, submitted, all(notAfter(ctx, submitted, { zh: '报送日期', en: 'submission date' }), held));
  const expected = approvalFor(ctx.unit, dateValue);
  const message = q(ctx, { zh: `审签人（${who.zh}）`, en: `Approver (${who.en})` });
  let by = (await p.input({ message, default: expected.by || undefined, validate: personNameCheck(ctx.lang) })).trim();
  // A signer other than the one on record: fix it here, go back to the date, or stop with the answers kept.
  while (expected.by && by !== expected.by.trim()) {
    const fill = (text: string) => text.replace('{by}', by).replace('{date}', dateValue).replace('{who}', q(ctx, who)).replace(/\{expected\}/g, expected.by);
    const choice = await p.select({
      message: fill(q(ctx, SESSION_WORDS.signerMismatch)),
      choices: [
        { value: 'signer', name: fill(q(ctx, SESSION_WORDS.fixSigner)) },
        ...(dateAt === undefined ? [] : [{ value: 'date', name: q(ctx, SESSION_WORDS.backToDate) }]),
        { value: 'stop', name: q(ctx, SESSION_WORDS.stop) },
      ],
    });
    if (choice === 'date' && dateAt !== undefined) throw new GoBack(dateAt);
    if (choice === 'stop') throw new StopHere();
    by = (await p.input({ message, default: expected.by, validate: personNameCheck(ctx.lang) })).trim();
  }
  return { by, role: expected.role, date: dateValue };
}

export async function askResearch(p: Prompter, ctx: WizardContext): Promise<ResearchDoc> {
  const submitted = await date(p, ctx, { zh: '报送日期', en: 'Submission date' }, ctx.today, notAfter(ctx, ctx.today, { zh: '今天', en: 'today' }));
  const established = await date(p, ctx, { zh: '建立工作联系的日期', en: 'Date contact was established' }, undefined, notAfter(ctx, submitted, { zh: '报送日期', en: 'submission date' }));
  const channel = await text(p, ctx, { zh: '联系方式或交流机制', en: 'Channel of contact' });
  const trips: ResearchDoc['trips'][number][] = [];
  do {
    trips.push({
      date: await date(p, ctx, { zh: '“走出去”专题调研日期', en: 'Research trip date' }, undefined, notAfter(ctx, submitted, { zh: '报送日期', en: 'submission date' })),
      destination: await text(p, ctx, { zh: '调研地点', en: 'Destination' }),
      participants: await number(p, ctx, { zh: '参加人数', en: 'Participants' }, undefined, integerCheck(ctx.lang, 1)),
      findings: await text(p, ctx, { zh: '调研收获', en: 'Findings' }),
    });
  } while (await more(p, ctx, { zh: '调研', en: 'trip' }));
  return { unit: ctx.unitId, submitted, contact: { established, channel }, trips: trips as ResearchDoc['trips'] };
}

async function askMeasure(p: Prompter, ctx: WizardContext, taken: string[], start: string, end: string | null): Promise<Measure> {
  const id = (await p.input({ message: q(ctx, { zh: '措施标识', en: 'Measure id' }), default: nextMeasureId(taken), validate: idCheck(ctx.lang, taken) })).trim();
  const title = await text(p, ctx, { zh: '措施内容', en: 'What is to be done' });
  const responsible = { unit: await text(p, ctx, { zh: '责任科室', en: 'Responsible office' }), person: await person(p, ctx, { zh: '责任人', en: 'Responsible person' }) };
  const deliverable = await text(p, ctx, { zh: '预期成果', en: 'Deliverable' });
  const window = end && end >= start ? all(notBefore(ctx, start, { zh: '方案报送日期', en: 'plan submission' }), notAfter(ctx, end, { zh: '达标阶段结束日期', en: 'end of the reach phase' })) : notBefore(ctx, start, { zh: '开始日期', en: 'start' });
  const due = await date(p, ctx, { zh: '完成时限', en: 'Due date' }, undefined, window);
  const indicators = ctx.unit?.benchmark?.data.indicators ?? [];
  const measure: Measure = { id, title, responsible, deliverable, due };
  if (indicators.length > 0) {
    const choice = await p.select({
      message: q(ctx, { zh: '推动的对标指标', en: 'Indicator it moves' }),
      choices: [...indicators.map((i) => ({ value: i.id, name: `${i.name}（${i.id}）` })), { value: '', name: q(ctx, { zh: '无，改填量化成果', en: 'none: give a counted output' }) }],
    });
    if (choice) measure.indicator = choice;
  }
  if (measure.indicator === undefined || (await p.confirm({ message: q(ctx, { zh: '是否填写可计数的量化成果？', en: 'Give a counted output too?' }), default: false }))) {
    measure.quantity = {
      value: await number(p, ctx, { zh: '量化成果数量', en: 'Output: how many' }, undefined, numberCheck(ctx.lang, { above: 0 })),
      unit: await text(p, ctx, { zh: '量化成果计量单位（如 个、项）', en: 'Output: unit (个, 项…)' }),
    };
  }
  return measure;
}

export async function askPlan(p: Prompter, ctx: WizardContext): Promise<PlanDoc> {
  const submitted = await date(p, ctx, { zh: '报送日期', en: 'Submission date' }, ctx.today, notAfter(ctx, ctx.today, { zh: '今天', en: 'today' }));
  const gaps: PlanDoc['gaps'][number][] = [];
  const indicators = ctx.unit?.benchmark?.data.indicators ?? [];
  // The indicator a gap belongs to is named before its type is asked.
  const gapType = (about: Q) =>
    p.select({
      message: q(ctx, { zh: `${about.zh}类型（差距、弱项或短板）`, en: `${about.en}type (gap, weakness or shortcoming)` }),
      choices: [
        { value: 'gap', name: q(ctx, { zh: '差距', en: 'gap' }) },
        { value: 'weakness', name: q(ctx, { zh: '弱项', en: 'weakness' }) },
        { value: 'shortcoming', name: q(ctx, { zh: '短板', en: 'shortcoming' }) },
      ] as const,
    });
  for (const indicator of indicators) {
    const words = { zh: `对标指标“${indicator.name}”：`, en: `Indicator "${indicator.name}": ` };
    gaps.push({
      type: await gapType(words),
      indicator: indicator.id,
      description: await text(p, ctx, { zh: `${words.zh}差距表现（基期 ${indicator.baseline}，标杆 ${indicator.benchmark}）`, en: `${words.en}the gap (${indicator.baseline} against ${indicator.benchmark})` }),
      cause: await text(p, ctx, { zh: `${words.zh}原因分析`, en: `${words.en}its cause` }),
    });
  }
  if (gaps.length === 0 || (await more(p, ctx, { zh: '差距弱项短板', en: 'gap' }))) {
    do {
      const indicator =
        indicators.length > 0
          ? await p.select<string>({
              message: q(ctx, { zh: '对应的对标指标', en: 'The indicator it concerns' }),
              choices: [...indicators.map((i) => ({ value: i.id, name: `${i.name}（${i.id}）` })), { value: '', name: q(ctx, { zh: '不对应具体指标', en: 'none in particular' }) }],
            })
          : '';
      const named = indicators.find((i) => i.id === indicator);
      const type = await gapType(named ? { zh: `对标指标“${named.name}”：`, en: `Indicator "${named.name}": ` } : { zh: '', en: '' });
      gaps.push({ type, ...(indicator ? { indicator } : {}), description: await text(p, ctx, { zh: '问题描述', en: 'The problem' }), cause: await text(p, ctx, { zh: '原因分析', en: 'Its cause' }) });
    } while (await more(p, ctx, { zh: '差距弱项短板', en: 'gap' }));
  }
  const objectives: string[] = [];
  do objectives.push(await text(p, ctx, { zh: '工作目标', en: 'Objective' }));
  while (await more(p, ctx, { zh: '工作目标', en: 'objective' }));
  const deployment = await text(p, ctx, { zh: '工作部署（组织推进的安排）', en: 'Deployment (how the work is organised)' });
  const measures: Measure[] = [];
  do measures.push(await askMeasure(p, ctx, measures.map((m) => m.id), submitted, ctx.campaign.phases.reach.end));
  while (await more(p, ctx, { zh: '工作措施', en: 'measure' }));
  const exchanges: NonNullable<PlanDoc['exchanges']> = [];
  do {
    exchanges.push({
      type: await exchangeType(p, ctx, { zh: '计划的人员交流类型', en: 'Kind of exchange planned' }),
      planned: await number(p, ctx, { zh: '计划次数', en: 'How many' }, 1, integerCheck(ctx.lang, 1)),
    });
  } while (await more(p, ctx, { zh: '人员交流计划', en: 'exchange' }));
  const approval = await askApproval(p, ctx, submitted);
  return { unit: ctx.unitId, submitted, gaps: gaps as PlanDoc['gaps'], objectives: objectives as PlanDoc['objectives'], deployment, measures: measures as PlanDoc['measures'], exchanges, approval };
}

async function askStatus(p: Prompter, ctx: WizardContext, measure: Measure, last: MeasureStatus | undefined): Promise<MeasureStatus> {
  const label = `${measure.id} ${measure.title}`;
  const status = await p.select({
    message: q(ctx, { zh: `${label}：进展状态`, en: `${label}: status` }),
    default: last?.status === 'not-started' || !last ? 'in-progress' : last.status,
    choices: [
      { value: 'not-started', name: q(ctx, { zh: '未启动', en: 'not started' }) },
      { value: 'in-progress', name: q(ctx, { zh: '推进中', en: 'in progress' }) },
      { value: 'done', name: q(ctx, { zh: '已完成', en: 'done' }) },
      { value: 'blocked', name: q(ctx, { zh: '受阻', en: 'blocked' }) },
    ] as const,
  });
  const entry: MeasureStatus = { id: measure.id, status };
  if (status === 'done') entry.percent = 100;
  else if (status === 'not-started') entry.percent = 0;
  else {
    const floor = last?.percent ?? 0;
    const consistent: Check = (value) => {
      const n = Number(value);
      if (n < floor) return q(ctx, { zh: `不能低于上次报告的 ${floor}%。`, en: `Not below the ${floor}% reported last time.` });
      if (n >= 100) return q(ctx, { zh: '100% 请选择“已完成”。', en: 'At 100% choose done.' });
      return true;
    };
    entry.percent = await number(p, ctx, { zh: `${label}：完成百分比（上次 ${floor}%）`, en: `${label}: percent complete (last ${floor}%)` }, floor, all(numberCheck(ctx.lang, { min: 0, max: 100 }), consistent));
  }
  const note = await optional(p, ctx, { zh: `${label}：进展说明（可不填）`, en: `${label}: note (optional)` });
  if (note) entry.note = note;
  if (status === 'blocked') entry.blocker = await text(p, ctx, { zh: `${label}：受阻原因`, en: `${label}: what blocks it` });
  return entry;
}

async function askIndicatorValues(p: Prompter, ctx: WizardContext): Promise<{ id: string; value: number }[]> {
  const values: { id: string; value: number }[] = [];
  for (const indicator of ctx.unit?.benchmark?.data.indicators ?? []) {
    const value = (await p.input({
      message: q(ctx, { zh: `对标指标“${indicator.name}”最新数值（${indicator.unit}，可不填）`, en: `Latest value of "${indicator.name}" (${indicator.unit}, optional)` }),
      validate: (v) => (v.trim() === '' ? true : numberCheck(ctx.lang)(v)),
    })).trim();
    if (value !== '') values.push({ id: indicator.id, value: Number(value) });
  }
  return values;
}

async function askExchanges(p: Prompter, ctx: WizardContext, from: string, to: string): Promise<NonNullable<ProgressDoc['exchanges']>> {
  const exchanges: NonNullable<ProgressDoc['exchanges']> = [];
  while (await p.confirm({ message: q(ctx, { zh: '是否有人员交流需要报告？', en: 'Any exchange to report?' }), default: false })) {
    exchanges.push({
      type: await exchangeType(p, ctx, { zh: '交流类型', en: 'Kind of exchange' }),
      date: await date(p, ctx, { zh: '交流日期', en: 'Date' }, undefined, all(notBefore(ctx, from, { zh: '本期开始', en: 'period start' }), notAfter(ctx, to, { zh: '报送日期', en: 'submission date' }))),
      count: await number(p, ctx, { zh: '次数或人次', en: 'Count' }, 1, integerCheck(ctx.lang, 1)),
      description: await text(p, ctx, { zh: '交流内容', en: 'What happened' }),
    });
  }
  return exchanges;
}

export async function askProgress(p: Prompter, ctx: WizardContext, month: string | undefined): Promise<ProgressDoc> {
  const period = month ?? (await p.input({ message: q(ctx, { zh: '报告月份（YYYY-MM）', en: 'Month reported (YYYY-MM)' }), validate: all(monthCheck(ctx.lang), reportMonthCheck(ctx.campaign, ctx.lang), notWritten(ctx, (v) => `progress/${v}.yaml`)) })).trim();
  const submitted = await date(p, ctx, { zh: '报送日期', en: 'Submission date' }, ctx.today, all(notAfter(ctx, ctx.today, { zh: '今天', en: 'today' }), notBefore(ctx, `${period}-01`, { zh: '报告月份', en: 'month reported' })));
  const measures: MeasureStatus[] = [];
  for (const { measure, last } of measuresToReport(ctx.unit, { month: period })) measures.push(await askStatus(p, ctx, measure, last));
  const doc: ProgressDoc = { unit: ctx.unitId, period, submitted, measures };
  const indicators = await askIndicatorValues(p, ctx);
  if (indicators.length) doc.indicators = indicators;
  const exchanges = await askExchanges(p, ctx, `${period}-01`, submitted);
  if (exchanges.length) doc.exchanges = exchanges;
  return doc;
}

export async function askAnnual(p: Prompter, ctx: WizardContext, year: number | undefined): Promise<AnnualDoc> {
  const y =
    year ??
    Number((await p.input({ message: q(ctx, { zh: '总结年度（YYYY）', en: 'Year reviewed (YYYY)' }), validate: all(integerCheck(ctx.lang, Math.max(ctx.campaign.annual.first, YEAR_RANGE.min), YEAR_RANGE.max), notWritten(ctx, (v) => `annual/${v}.yaml`)) })).trim());
  const submitted = await date(p, ctx, { zh: '报送日期', en: 'Submission date' }, ctx.today, all(notAfter(ctx, ctx.today, { zh: '今天', en: 'today' }), notBefore(ctx, `${y + 1}-01-01`, { zh: '次年 1 月 1 日', en: '1 January of the next year' })));
  const open = measuresToReport(ctx.unit, { year: y });
  const measures: MeasureStatus[] = [];
  for (const { measure, last } of open) measures.push(await askStatus(p, ctx, measure, last));
  const doc: AnnualDoc = { unit: ctx.unitId, year: y, submitted, measures };
  const indicators = await askIndicatorValues(p, ctx);
  if (indicators.length) doc.indicators = indicators;
  const done = measures.filter((m) => m.status === 'done').map((m) => m.id);
  const learned: NonNullable<AnnualDoc['learned']> = [];
  while (done.length > 0 && (await p.confirm({ message: q(ctx, { zh: '是否有已学有所成的先进经验需要归档？', en: 'Any learned experience to archive?' }), default: learned.length === 0 }))) {
    learned.push({
      title: await text(p, ctx, { zh: '经验名称', en: 'Title' }),
      summary: await text(p, ctx, { zh: '经验概要', en: 'Summary' }),
      measures: [await p.select<string>({ message: q(ctx, { zh: '体现该经验的已完成措施', en: 'The done measure it comes from' }), choices: done.map((id) => ({ value: id, name: id })) })],
    });
  }
  if (learned.length) doc.learned = learned;
  const ongoing = measures.filter((m) => m.status !== 'done').map((m) => m.id);
  if (ongoing.length) doc.ongoing = ongoing;
  const newMeasures: Measure[] = [];
  const taken = open.map((o) => o.measure.id);
  while (await p.confirm({ message: q(ctx, { zh: '是否添加下一年度的新增措施？', en: 'Add a measure for next year?' }), default: false })) {
    newMeasures.push(await askMeasure(p, ctx, [...taken, ...newMeasures.map((m) => m.id)], `${y + 1}-01-01`, null));
  }
  if (newMeasures.length) doc.new_measures = newMeasures;
  const achievements: NonNullable<AnnualDoc['achievements']> = [];
  // 鄂尔多斯经验 in Ordos, 乌海经验 in Wuhai: the city without its 市.
  const place = ctx.campaign.city.replace(/市$/, '');
  while (await p.confirm({ message: q(ctx, { zh: `是否有创标成果（${place}经验、模式、标杆）需要报告？`, en: 'Any achievement to report?' }), default: false })) {
    achievements.push({
      title: await text(p, ctx, { zh: '成果名称', en: 'Title' }),
      level: await p.select({
        message: q(ctx, { zh: '推广层级', en: 'Level' }),
        choices: [
          { value: 'city', name: q(ctx, { zh: '市级', en: 'city' }) },
          { value: 'region', name: q(ctx, { zh: '自治区级', en: 'region' }) },
          { value: 'national', name: q(ctx, { zh: '国家级', en: 'national' }) },
        ] as const,
      }),
      description: await text(p, ctx, { zh: '成果说明', en: 'Description' }),
    });
  }
  if (achievements.length) doc.achievements = achievements;
  const nominations = await askNominations(p, ctx);
  if (nominations.length) doc.nominations = nominations;
  return doc;
}

/** 推荐 (四(三)): 先进项目、先进团队、先进个人, each with its reason, for the leading group to decide. */
async function askNominations(p: Prompter, ctx: WizardContext): Promise<NonNullable<AnnualDoc['nominations']>> {
  const nominations: NonNullable<AnnualDoc['nominations']> = [];
  while (await p.confirm({ message: q(ctx, { zh: '是否推荐先进项目、先进团队或先进个人（由领导小组研究确定）？', en: 'Nominate a project, team or person (for the leading group to decide)?' }), default: false })) {
    nominations.push({
      kind: await p.select({
        message: q(ctx, { zh: '推荐类别', en: 'Kind' }),
        choices: (['project', 'team', 'person'] as const).map((value) => ({ value, name: q(ctx, yearendWords[`nomination-${value}`]) })),
      }),
      name: await text(p, ctx, { zh: '名称（项目、团队的名称或个人的姓名）', en: 'Name (of the project or team, or the person)' }),
      reason: await text(p, ctx, { zh: '推荐理由', en: 'Reason' }),
    });
  }
  return nominations;
}

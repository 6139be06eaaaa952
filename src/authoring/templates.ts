// Commented YAML for each kind of file a unit writes, from the data it holds (the wizard's or the flags').
import { stringify } from 'yaml';
import type { AnnualDoc, BenchmarkDoc, Exchange, Measure, MeasureStatus, PersonOrHistory, PersonTerm, PlanDoc, ProgressDoc, ResearchDoc, UnitDoc } from '../model/types.js';

/** A double-quoted scalar by the yaml library's own serializer: any text at all, on one line, escaped. */
function quoted(value: string): string {
  return stringify(value, { version: '1.2', defaultStringType: 'QUOTE_DOUBLE', lineWidth: 0 }).trim();
}

/** A YAML scalar on one line, quoted only where YAML needs it; text YAML would fold or block is double-quoted. */
export function scalar(value: string | number | boolean): string {
  const plain = stringify(value, { version: '1.2', lineWidth: 0 }).trim();
  return typeof value === 'string' && (plain.includes('\n') || /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/.test(value)) ? quoted(value) : plain;
}

/** A scalar safe inside `{ … }` and `[ … ]`, where a comma or a bracket would end it. */
export function flowScalar(value: string | number | boolean): string {
  if (typeof value === 'string' && /[,[\]{}#:&*!|>'"%@`]|^[\s-]|\s$/.test(value)) return quoted(value);
  return scalar(value);
}

/** `{ key: value, … }` on one line, skipping undefined values. */
function flow(entries: Record<string, string | number | undefined>): string {
  const parts = Object.entries(entries)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${flowScalar(v!)}`);
  return `{ ${parts.join(', ')} }`;
}

function list(items: string[], indent = ''): string[] {
  return items.map((item) => `${indent}  - ${scalar(item)}`);
}

/** A post of unit.yaml: one person on one line, or a history as a list of terms. */
function post(key: string, value: PersonOrHistory, comment: string): string[] {
  if (!Array.isArray(value)) return [`${key}: ${flow(value)}   # ${comment}`];
  const terms: PersonTerm[] = value;
  return [`${key}:   # ${comment}；任职记录，since/until 含当日`, ...terms.map((term) => `  - ${flow({ ...term })}`)];
}

export function unitYaml(doc: UnitDoc): string {
  const lines = [
    doc.kind
      ? '# 成员单位概况。kind: government-department 市人民政府组成部门 | party-department 市委部门 | institution 直属事业单位 | vertical 垂直管理部门 | other 其他'
      : '# 成员单位概况。单位类别、所属领域、分管市领导以 campaign.yaml 的成员单位名单（members）为准',
    `id: ${scalar(doc.id)}                       # 单位标识，与文件夹名相同`,
    `name: ${scalar(doc.name)}`,
  ];
  // Under a roster (campaign.yaml members) the kind and domain are the office's, written there instead.
  if (doc.kind) lines.push(`kind: ${doc.kind}`);
  if (doc.domain) lines.push(`domain: ${scalar(doc.domain)}                       # 重点领域（campaign.yaml domains 中的标识）`);
  if (doc.leader_in_charge) lines.push(...post('leader_in_charge', doc.leader_in_charge, '分管市领导，审签建标材料和工作方案'));
  lines.push(...post('principal', doc.principal, `主要负责同志${doc.kind === 'party-department' ? '，市委部门的材料由其审签' : ''}`));
  if (doc.contact) lines.push(`contact: ${flow({ name: doc.contact.name, phone: doc.contact.phone })}   # 联络人`);
  return lines.join('\n') + '\n';
}

export function benchmarkYaml(doc: BenchmarkDoc): string {
  const lines = [
    '# 建标材料（实施方案三(一)2）：择优确定一个建标学习对象，明确主要对标指标和学习内容，审签后报送。',
    `unit: ${scalar(doc.unit)}`,
    `submitted: ${doc.submitted}              # 报送日期`,
    'target:                                  # 建标学习对象（对等、对口、对应）',
    `  region: ${scalar(doc.target.region)}`,
    `  counterpart: ${scalar(doc.target.counterpart)}`,
    `  category: ${doc.target.category}        # national-model | advanced-region | resource-city | neighbor-city | in-region | ecology | culture-tourism | other`,
  ];
  if (doc.target.recognition) lines.push(`  recognition: ${scalar(doc.target.recognition)}`);
  if (doc.highlights?.length) {
    lines.push('highlights:                              # 单项亮点对标');
    for (const h of doc.highlights) lines.push(`  - ${flow(h)}`);
  }
  lines.push(
    'principles:                              # 选标三原则',
    `  advanced: ${scalar(doc.principles.advanced)}        # 先进性`,
    `  comparable: ${scalar(doc.principles.comparable)}    # 可比性`,
    `  targeted: ${scalar(doc.principles.targeted)}        # 针对性`,
    'indicators:                              # 主要对标指标。direction: higher 越高越好 | lower 越低越好；baseline 基期值，benchmark 标杆值，target 目标值',
  );
  for (const i of doc.indicators) lines.push(`  - ${flow({ id: i.id, name: i.name, unit: i.unit, direction: i.direction, baseline: i.baseline, benchmark: i.benchmark, target: i.target })}`);
  lines.push('learning:                                # 学习内容', ...list(doc.learning));
  lines.push(`approval: ${flow(doc.approval)}   # 审签`);
  return lines.join('\n') + '\n';
}

export function researchYaml(doc: ResearchDoc): string {
  const lines = [
    '# 对标调研（实施方案三(二)1）：与建标学习对象建立工作联系，至少开展一次“走出去”专题调研。',
    `unit: ${scalar(doc.unit)}`,
    `submitted: ${doc.submitted}              # 报送日期`,
    `contact: ${flow(doc.contact)}   # 建立工作联系的日期和方式`,
    'trips:                                   # 走出去专题调研',
  ];
  for (const t of doc.trips) lines.push(`  - ${flow(t)}`);
  return lines.join('\n') + '\n';
}

function measureLines(measures: Measure[], indent: string): string[] {
  const lines: string[] = [];
  for (const m of measures) {
    lines.push(`${indent}- id: ${scalar(m.id)}`);
    lines.push(`${indent}  title: ${scalar(m.title)}`);
    lines.push(`${indent}  responsible: ${flow(m.responsible)}   # 责任科室、责任人`);
    lines.push(`${indent}  deliverable: ${scalar(m.deliverable)}   # 预期成果`);
    lines.push(`${indent}  due: ${m.due}   # 完成时限`);
    if (m.indicator !== undefined) lines.push(`${indent}  indicator: ${scalar(m.indicator)}   # 推动的对标指标`);
    if (m.quantity !== undefined) lines.push(`${indent}  quantity: ${flow(m.quantity)}   # 量化成果`);
  }
  return lines;
}

export function planYaml(doc: PlanDoc): string {
  const lines = [
    '# 对标创建工作方案（实施方案三(二)2）：目标、部署、措施、责任、成果、时间明确，量化到事，审签后报送。',
    `unit: ${scalar(doc.unit)}`,
    `submitted: ${doc.submitted}              # 报送日期`,
    'gaps:                                    # 自检自查：type gap 差距 | weakness 弱项 | shortcoming 短板，写明原因',
  ];
  for (const g of doc.gaps) lines.push(`  - ${flow({ type: g.type, indicator: g.indicator, description: g.description, cause: g.cause })}`);
  lines.push('objectives:                              # 工作目标', ...list(doc.objectives));
  lines.push(`deployment: ${scalar(doc.deployment)}   # 工作部署`);
  lines.push('measures:                                # 工作措施：每项有对标指标（indicator）或量化成果（quantity）', ...measureLines(doc.measures, '  '));
  if (doc.exchanges?.length) {
    lines.push('exchanges:                               # 人员交流计划：high-level-visit | cadre-secondment | enterprise | talent | industry-cooperation');
    for (const e of doc.exchanges) lines.push(`  - ${flow(e)}`);
  }
  lines.push(`approval: ${flow(doc.approval)}   # 审签`);
  return lines.join('\n') + '\n';
}

function statusLines(entries: MeasureStatus[]): string[] {
  return entries.map((m) => `  - ${flow({ id: m.id, status: m.status, percent: m.percent, note: m.note, blocker: m.blocker })}`);
}

export function progressYaml(doc: ProgressDoc): string {
  const lines = [
    '# 月度进展（实施方案四(二)）：尚未完成的每项措施都要报告；status: not-started 未启动 | in-progress 推进中 | done 已完成 | blocked 受阻（写明 blocker）',
    `unit: ${scalar(doc.unit)}`,
    `period: ${doc.period}                    # 报告期，与文件名相同（按季报送时为季末月份）`,
    `submitted: ${doc.submitted}              # 报送日期`,
    ...(doc.measures.length ? ['measures:', ...statusLines(doc.measures)] : ['measures: []                             # 没有尚未完成的措施']),
  ];
  if (doc.indicators?.length) lines.push('indicators:                              # 对标指标最新数值', ...doc.indicators.map((i) => `  - ${flow(i)}`));
  if (doc.exchanges?.length) lines.push('exchanges:                               # 本月人员交流', ...doc.exchanges.map(exchangeLine));
  return lines.join('\n') + '\n';
}

/** An exchange on one line; its people (挂职、人才交流) as a flow list inside it. */
function exchangeLine({ people, ...exchange }: Exchange): string {
  const line = flow(exchange);
  if (!people?.length) return `  - ${line}`;
  return `  - ${line.slice(0, -2)}, people: [${people.map((p) => flow({ ...p })).join(', ')}] }`;
}

export function annualYaml(doc: AnnualDoc): string {
  const lines = [
    '# 年度总结（实施方案三(四)1–2）：已学有所成的先进经验单独整理，尚在学习的予以保留，并添加新内容。',
    `unit: ${scalar(doc.unit)}`,
    `year: ${doc.year}                        # 总结年度，与文件名相同`,
    `submitted: ${doc.submitted}              # 报送日期（次年 1 月 31 日前）`,
    ...(doc.measures.length ? ['measures:                                # 各项措施年末状态', ...statusLines(doc.measures)] : ['measures: []                             # 没有尚未完成的措施']),
  ];
  if (doc.indicators?.length) lines.push('indicators:                              # 对标指标年末数值', ...doc.indicators.map((i) => `  - ${flow(i)}`));
  if (doc.exchanges?.length) lines.push('exchanges:', ...doc.exchanges.map(exchangeLine));
  if (doc.learned?.length) {
    lines.push('learned:                                 # 已学有所成的先进经验');
    for (const l of doc.learned) lines.push(`  - { title: ${flowScalar(l.title)}, summary: ${flowScalar(l.summary)}, measures: [${(l.measures ?? []).map(flowScalar).join(', ')}] }`);
  }
  if (doc.ongoing?.length) lines.push(`ongoing: [${doc.ongoing.map(flowScalar).join(', ')}]   # 尚在学习过程中的措施`);
  if (doc.new_measures?.length) lines.push('new_measures:                            # 下一年度新增措施', ...measureLines(doc.new_measures, '  '));
  if (doc.achievements?.length) lines.push('achievements:                            # 创标成果：level city | region | national', ...doc.achievements.map((a) => `  - ${flow(a)}`));
  if (doc.nominations?.length) lines.push('nominations:                             # 推荐，由领导小组研究确定：kind project | team | person', ...doc.nominations.map((n) => `  - ${flow(n)}`));
  return lines.join('\n') + '\n';
}

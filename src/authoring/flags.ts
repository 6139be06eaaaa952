// `ebz new … --yes` (or off a terminal): the file from flags and what the campaign knows; gaps left to fill are marked 待补充.
import { progressPeriods } from '../calendar/schedule.js';
import { EbzError } from '../model/errors.js';
import type { UnitState } from '../model/state.js';
import type { AnnualDoc, BenchmarkDoc, Campaign, Indicator, Measure, MeasureStatus, PlanDoc, ProgressDoc, ResearchDoc, UnitDoc } from '../model/types.js';
import { choiceList, domainChoices, matchChoice, schemaChoices, type Choice } from '../model/labels.js';
import { approvalFor, measuresToReport } from './prefill.js';
import { PARTICIPANTS_MIN, PERCENT_RANGE, YEAR_RANGE } from './schema-limits.js';
import { dateCheck, idCheck, integerCheck, monthCheck, numberCheck, personNameCheck, reportMonthCheck, type Check } from './validate.js';
import type { Lang } from '../i18n/index.js';

/** Written where the flags said nothing: placeholder-text finds it, so nothing is sent half-done by mistake. */
export const TO_FILL = '待补充';

export interface NewFlags {
  id?: string;
  name?: string;
  kind?: string;
  domain?: string;
  leader?: string;
  principal?: string;
  contact?: string;
  submitted?: string;
  region?: string;
  counterpart?: string;
  category?: string;
  indicator?: string[];
  learning?: string[];
  approvalDate?: string;
  contactDate?: string;
  channel?: string;
  trip?: string[];
  measure?: string[];
  exchange?: string[];
  month?: string;
  year?: string;
  status?: string[];
}

interface Context {
  lang: Lang;
  campaign: Campaign;
  today: string;
  unitId: string;
  unit?: UnitState;
}

function checked(value: string, check: Check, option: string): string {
  const result = check(value);
  if (result !== true) throw new EbzError('badFlag', { option, value, problem: result });
  return value.trim();
}

/** The comma-separated fields of a flag: at least `count`, at most `max` (more is an error, never dropped). */
function parts(value: string, count: number, option: string, lang: Lang, max = count): string[] {
  const fields = value.split(',').map((s) => s.trim());
  if (fields.length < count || fields.length > max) {
    const expected = max === count ? String(count) : max === Infinity ? `${count}+` : `${count}–${max}`;
    throw new EbzError('badFlag', {
      option,
      value,
      problem: lang === 'zh' ? `应有 ${expected} 项，用英文逗号分隔，此处为 ${fields.length} 项。` : `expected ${expected} fields separated by commas, not ${fields.length}.`,
    });
  }
  return fields;
}

function pair(value: string | undefined, option: string, lang: Lang): { name: string; title: string } {
  if (!value) return { name: TO_FILL, title: TO_FILL };
  const [name, title] = parts(value, 2, option, lang);
  return { name: checked(name!, personNameCheck(lang), option), title: title! };
}

/** A fixed word from a flag: its id, or the Chinese label ebz shows for it (市委部门, 推进中, 人才引育). */
function choose<T extends string>(value: string | undefined, choices: readonly Choice[], option: string, lang: Lang, fallback: T): T {
  if (value === undefined) return fallback;
  const meant = matchChoice(value, choices);
  if (meant !== undefined) return meant as T;
  throw new EbzError('badFlag', { option, value, problem: (lang === 'zh' ? '可选：' : 'one of: ') + choiceList(choices) });
}

const KINDS = () => schemaChoices('unit', 'kind');
const CATEGORIES = () => schemaChoices('benchmark', 'category');
const DIRECTIONS = () => schemaChoices('benchmark', 'direction');
const EXCHANGES = () => schemaChoices('progress', 'type');
const STATUSES = () => schemaChoices('progress', 'status');

export function unitFromFlags(flags: NewFlags, ctx: Context): UnitDoc {
  const id = checked(flags.id ?? ctx.unitId, idCheck(ctx.lang), '--id');
  const kind = choose<NonNullable<UnitDoc['kind']>>(flags.kind, KINDS(), '--kind', ctx.lang, 'government-department');
  const domain = choose(flags.domain, domainChoices(ctx.campaign.domains), '--domain', ctx.lang, Object.keys(ctx.campaign.domains)[0]!);
  const doc: UnitDoc = { id, name: flags.name ?? TO_FILL, kind, domain, principal: { name: '', title: '' } };
  const leader = kind === 'party-department' ? undefined : pair(flags.leader, '--leader', ctx.lang);
  const result: UnitDoc = { ...doc, ...(leader ? { leader_in_charge: leader } : {}), principal: pair(flags.principal, '--principal', ctx.lang) };
  if (flags.contact) {
    const [name, phone] = parts(flags.contact, 1, '--contact', ctx.lang, 2);
    result.contact = phone ? { name: name!, phone } : { name: name! };
  }
  return result;
}

function submittedOf(flags: NewFlags, ctx: Context): string {
  return checked(flags.submitted ?? ctx.today, dateCheck(ctx.lang), '--submitted');
}

function approval(flags: NewFlags, ctx: Context, submitted: string): BenchmarkDoc['approval'] {
  const date = checked(flags.approvalDate ?? submitted, dateCheck(ctx.lang), '--approval-date');
  const { by, role } = approvalFor(ctx.unit, date);
  return { by: by || TO_FILL, role, date };
}

export function benchmarkFromFlags(flags: NewFlags, ctx: Context): BenchmarkDoc {
  const submitted = submittedOf(flags, ctx);
  const indicators = (flags.indicator ?? []).map((value): Indicator => {
    const [id, name, unit, direction, baseline, benchmark, target] = parts(value, 7, '--indicator', ctx.lang);
    const number = (v: string) => Number(checked(v, numberCheck(ctx.lang), '--indicator'));
    return {
      id: checked(id!, idCheck(ctx.lang), '--indicator'),
      name: name!,
      unit: unit!,
      direction: choose<Indicator['direction']>(direction, DIRECTIONS(), '--indicator', ctx.lang, 'higher'),
      baseline: number(baseline!),
      benchmark: number(benchmark!),
      target: number(target!),
    };
  });
  return {
    unit: ctx.unitId,
    submitted,
    target: { region: flags.region ?? TO_FILL, counterpart: flags.counterpart ?? TO_FILL, category: choose<BenchmarkDoc['target']['category']>(flags.category, CATEGORIES(), '--category', ctx.lang, 'other') },
    principles: { advanced: TO_FILL, comparable: TO_FILL, targeted: TO_FILL },
    indicators: (indicators.length ? indicators : [{ id: 'indicator-1', name: TO_FILL, unit: TO_FILL, direction: 'higher', baseline: 0, benchmark: 0, target: 0 }]) as BenchmarkDoc['indicators'],
    learning: (flags.learning?.length ? flags.learning : [TO_FILL]) as BenchmarkDoc['learning'],
    approval: approval(flags, ctx, submitted),
  };
}

export function researchFromFlags(flags: NewFlags, ctx: Context): ResearchDoc {
  const submitted = submittedOf(flags, ctx);
  const trips = (flags.trip ?? []).map((value) => {
    const [date, destination, participants, ...findings] = parts(value, 4, '--trip', ctx.lang, Infinity);
    return {
      date: checked(date!, dateCheck(ctx.lang), '--trip'),
      destination: destination!,
      participants: Number(checked(participants!, integerCheck(ctx.lang, PARTICIPANTS_MIN), '--trip')),
      findings: findings.join(','),
    };
  });
  return {
    unit: ctx.unitId,
    submitted,
    contact: { established: checked(flags.contactDate ?? submitted, dateCheck(ctx.lang), '--contact-date'), channel: flags.channel ?? TO_FILL },
    trips: (trips.length ? trips : [{ date: submitted, destination: TO_FILL, participants: 1, findings: TO_FILL }]) as ResearchDoc['trips'],
  };
}

export function planFromFlags(flags: NewFlags, ctx: Context): PlanDoc {
  const submitted = submittedOf(flags, ctx);
  const indicators = ctx.unit?.benchmark?.data.indicators ?? [];
  // A gap for each benchmark indicator, to be described.
  const gaps = indicators.length
    ? indicators.map((i) => ({ type: 'gap' as const, indicator: i.id, description: TO_FILL, cause: TO_FILL }))
    : [{ type: 'gap' as const, description: TO_FILL, cause: TO_FILL }];
  const measures = (flags.measure ?? []).map((value, n): Measure => {
    const [id, title, office, person, deliverable, due, indicator] = parts(value, 6, '--measure', ctx.lang, 7);
    const measure: Measure = {
      id: checked(id || `m${n + 1}`, idCheck(ctx.lang), '--measure'),
      title: title!,
      responsible: { unit: office!, person: person! },
      deliverable: deliverable!,
      due: checked(due!, dateCheck(ctx.lang), '--measure'),
    };
    if (indicator) measure.indicator = indicator;
    return measure;
  });
  const placeholderMeasures: Measure[] = (indicators.length ? indicators : [undefined]).map((indicator, n) => ({
    id: `m${n + 1}`,
    title: TO_FILL,
    responsible: { unit: TO_FILL, person: TO_FILL },
    deliverable: TO_FILL,
    due: ctx.campaign.phases.reach.end,
    ...(indicator ? { indicator: indicator.id } : { quantity: { value: 1, unit: TO_FILL } }),
  }));
  const exchanges = (flags.exchange ?? []).map((value) => {
    const [type, planned] = parts(value, 2, '--exchange', ctx.lang);
    return { type: choose<NonNullable<PlanDoc['exchanges']>[number]['type']>(type, EXCHANGES(), '--exchange', ctx.lang, 'cadre-secondment'), planned: Number(checked(planned!, integerCheck(ctx.lang, 1), '--exchange')) };
  });
  return {
    unit: ctx.unitId,
    submitted,
    gaps: gaps as PlanDoc['gaps'],
    objectives: [TO_FILL],
    deployment: TO_FILL,
    measures: (measures.length ? measures : placeholderMeasures) as PlanDoc['measures'],
    exchanges,
    approval: approval(flags, ctx, submitted),
  };
}

/** --status "m1,in-progress,60" over the last status of each measure still open. */
function statuses(flags: NewFlags, ctx: Context, open: { measure: Measure; last?: MeasureStatus }[]): MeasureStatus[] {
  const given = new Map(
    (flags.status ?? []).map((value) => {
      const [id, status, percent] = parts(value, 2, '--status', ctx.lang, 3);
      return [id!, { status: choose<MeasureStatus['status']>(status, STATUSES(), '--status', ctx.lang, 'in-progress'), percent }];
    }),
  );
  for (const id of given.keys()) {
    if (!open.some((o) => o.measure.id === id)) throw new EbzError('badFlag', { option: '--status', value: id, problem: ctx.lang === 'zh' ? '不是尚未完成的措施。' : 'not a measure still open.' });
  }
  return open.map(({ measure, last }) => {
    const flag = given.get(measure.id);
    const status = flag?.status ?? last?.status ?? 'not-started';
    const percent = status === 'done' ? 100 : status === 'not-started' ? 0 : flag?.percent !== undefined ? Number(checked(flag.percent, numberCheck(ctx.lang, PERCENT_RANGE), '--status')) : (last?.percent ?? 0);
    const entry: MeasureStatus = { id: measure.id, status, percent };
    if (status === 'blocked') entry.blocker = last?.blocker ?? TO_FILL;
    return entry;
  });
}

export function progressFromFlags(flags: NewFlags, ctx: Context): ProgressDoc {
  const period = checked(flags.month ?? latestReportMonth(ctx.campaign, ctx.today.slice(0, 7)), monthCheck(ctx.lang), '--month');
  const scheduled = reportMonthCheck(ctx.campaign, ctx.lang)(period);
  if (scheduled !== true) throw new EbzError('badFlag', { option: '--month', value: period, problem: scheduled });
  return { unit: ctx.unitId, period, submitted: submittedOf(flags, ctx), measures: statuses(flags, ctx, measuresToReport(ctx.unit, { month: period })) };
}

/** The latest month up to `month` that the progress schedule has a report for (the month itself when it has none earlier). */
function latestReportMonth(campaign: Campaign, month: string): string {
  return progressPeriods(campaign, month).at(-1)?.month ?? month;
}

/** --year of `ebz new annual`: a whole number within the annual schema's own bounds. */
export function yearFlag(value: string, lang: Lang): number {
  return Number(checked(value, integerCheck(lang, YEAR_RANGE.min, YEAR_RANGE.max), '--year'));
}

export function annualFromFlags(flags: NewFlags, ctx: Context): AnnualDoc {
  const year = yearFlag(flags.year ?? String(Number(ctx.today.slice(0, 4)) - 1), ctx.lang);
  const measures = statuses(flags, ctx, measuresToReport(ctx.unit, { year }));
  const ongoing = measures.filter((m) => m.status !== 'done').map((m) => m.id);
  return { unit: ctx.unitId, year, submitted: submittedOf(flags, ctx), measures, ...(ongoing.length ? { ongoing } : {}) };
}

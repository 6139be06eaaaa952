// research-contact-late, trip-after-submission, trip-before-campaign, trip-not-to-benchmark,
// plan-before-research: the chain of 三(二)1–2, contact and trips to the benchmark, then the plan built on them.
import { submittedDate } from '../calendar/state.js';
import { lines, type UnitRule } from './types.js';

export const researchContactLate: UnitRule = {
  id: 'research-contact-late',
  scope: 'unit',
  severity: 'warning',
  clause: '三(二)1',
  description: {
    zh: '与建标学习对象建立工作联系的日期晚于调研截止日期，或晚于调研材料的报送日期。',
    en: 'The contact with the benchmark was established after the research deadline, or after the research record was submitted.',
  },
  messages: {
    afterDeadline: {
      zh: '建立工作联系的日期 {established} 晚于调研截止日期 {due}。实施方案要求在 {due} 前与建标学习对象建立工作联系，请核对日期。',
      en: 'The contact was established on {established}, after the research deadline of {due}. The plan asks for contact with the benchmark by {due}; check the date.',
    },
    afterSubmission: {
      zh: '建立工作联系的日期 {established} 晚于调研材料的报送日期 {submitted}：报送的材料不能记载尚未发生的联系。请核对日期。',
      en: 'The contact was established on {established}, after the research record was submitted on {submitted}: a record cannot report a contact yet to come. Check the dates.',
    },
  },
  explain: {
    why: {
      zh: '实施方案要求在调研截止日期前与建标学习对象建立工作联系；报送的材料也只能记载已经建立的联系。',
      en: 'The plan asks for contact with the benchmark by the research deadline, and a record can only report a contact already made.',
    },
    fix: {
      zh: '核对 contact.established 的日期：应不晚于调研截止日期，也不晚于 submitted。',
      en: 'Check contact.established: it must be no later than the research deadline and no later than submitted.',
    },
    file: 'units/fgw/research.yaml',
    wrong: lines('submitted: 2022-02-09', 'contact: { established: 2022-02-18, channel: 建立季度视频会商机制 }   # ← 晚于截止日期和报送日期'),
    right: lines('submitted: 2022-02-09', 'contact: { established: 2022-01-14, channel: 建立季度视频会商机制 }'),
  },
  check({ state, unit, report }) {
    const research = unit.research;
    if (!research) return;
    const { established } = research.data.contact;
    const due = state.campaign.deadlines.research;
    if (established > research.data.submitted) report({ source: research.file, path: ['contact', 'established'] }, 'afterSubmission', { established, submitted: research.data.submitted });
    else if (established > due) report({ source: research.file, path: ['contact', 'established'] }, 'afterDeadline', { established, due });
  },
};

export const tripAfterSubmission: UnitRule = {
  id: 'trip-after-submission',
  scope: 'unit',
  severity: 'error',
  clause: '三(二)1',
  description: { zh: '“走出去”专题调研的日期晚于调研材料的报送日期。', en: 'A research trip is dated after the research record was submitted.' },
  messages: {
    after: {
      zh: '调研日期 {date} 晚于调研材料的报送日期 {submitted}：报送的材料不能记载尚未开展的调研。请核对日期；调研确在报送之后开展的，请在调研完成后重新报送。',
      en: 'The trip is dated {date}, after the research record was submitted on {submitted}: a record cannot report a trip yet to come. Check the date; if the trip did come later, submit the record again once it is made.',
    },
  },
  explain: {
    why: {
      zh: '报送的调研材料只能记载已经开展的调研；调研日期晚于报送日期，说明日期写错，或材料报送时调研尚未开展。',
      en: 'A research record can only report trips already made; a trip dated after submission means a wrong date, or a record sent before the trip.',
    },
    fix: {
      zh: '核对调研日期；调研确在报送之后开展的，调研完成后修改 submitted 重新报送。',
      en: 'Check the trip date; if the trip did come later, submit the record again, with a new submitted date, once it is made.',
    },
    file: 'units/fgw/research.yaml',
    wrong: lines('submitted: 2022-02-09', 'trips:', '  - { date: 2022-02-15, destination: 陕西省榆林市, participants: 5, findings: 学习重大项目全流程帮办代办做法。 }   # ← 晚于报送日期'),
    right: lines('submitted: 2022-02-09', 'trips:', '  - { date: 2022-01-25, destination: 陕西省榆林市, participants: 5, findings: 学习重大项目全流程帮办代办做法。 }'),
  },
  check({ unit, report }) {
    const research = unit.research;
    if (!research) return;
    research.data.trips.forEach((trip, i) => {
      if (trip.date > research.data.submitted) report({ source: research.file, path: ['trips', i, 'date'] }, 'after', { date: trip.date, submitted: research.data.submitted });
    });
  },
};

export const tripBeforeCampaign: UnitRule = {
  id: 'trip-before-campaign',
  scope: 'unit',
  severity: 'warning',
  clause: '三(二)1',
  description: { zh: '“走出去”专题调研的日期早于对标创建工作开始（建标阶段开始）。', en: 'A research trip is dated before the campaign began (the start of the build phase).' },
  messages: {
    before: {
      zh: '调研日期 {date} 早于对标创建工作开始日期 {start}。对标调研是围绕建标学习对象开展的，请核对日期，此前的考察不计为本次专题调研。',
      en: 'The trip is dated {date}, before the campaign began on {start}. Research trips are made to the chosen benchmark; check the date. An earlier visit does not count as this research.',
    },
  },
  explain: {
    why: {
      zh: '“走出去”专题调研是向选定的建标学习对象学习；对标创建工作开始以前的考察不是本次调研。',
      en: 'A research trip learns from the chosen benchmark; a visit made before the campaign began is not this research.',
    },
    fix: {
      zh: '核对调研日期（常见的是年份写错）；确是此前的考察，请在对标阶段另行开展专题调研。',
      en: 'Check the trip date (often the year is wrong); if it was an earlier visit, make a research trip in the compare phase.',
    },
    file: 'units/fgw/research.yaml',
    wrong: lines('trips:', '  - { date: 2021-01-25, destination: 陕西省榆林市, participants: 5, findings: 学习重大项目全流程帮办代办做法。 }   # ← 早于工作开始'),
    right: lines('trips:', '  - { date: 2022-01-25, destination: 陕西省榆林市, participants: 5, findings: 学习重大项目全流程帮办代办做法。 }'),
  },
  check({ state, unit, report }) {
    const research = unit.research;
    if (!research) return;
    const start = state.campaign.phases.build.start;
    research.data.trips.forEach((trip, i) => {
      if (trip.date < start) report({ source: research.file, path: ['trips', i, 'date'] }, 'before', { date: trip.date, start });
    });
  },
};

/**
 * What a destination must contain to name a region: the region itself, or its city or county without
 * the province before it (陕西省榆林市 → 榆林市, then 榆林).
 */
function regionNames(region: string): string[] {
  const whole = region.trim();
  const local = whole.replace(/^.*?(?:省|自治区)/u, '');
  const bare = local.replace(/(?:市|地区|盟|州|县|区|旗)$/u, '');
  return [...new Set([whole, local, bare])].filter((name) => [...name].length >= 2);
}

/** True when a trip's destination names the region (or the region names the destination). */
export function namesRegion(destination: string, region: string): boolean {
  const place = destination.trim();
  return regionNames(region).some((name) => place.includes(name)) || (place.length >= 2 && region.includes(place));
}

export const tripNotToBenchmark: UnitRule = {
  id: 'trip-not-to-benchmark',
  scope: 'unit',
  severity: 'warning',
  clause: '三(二)1',
  description: {
    zh: '没有一次“走出去”专题调研去往建标学习对象或单项亮点对标的地区。',
    en: "No research trip goes to the benchmark's region or a highlight's region.",
  },
  messages: {
    elsewhere: {
      zh: '调研地点（{destinations}）都不是建标学习对象所在的{regions}。实施方案要求“走出去”向建标学习对象学习，请至少赴建标学习对象开展一次专题调研，或核对调研地点的写法。',
      en: 'No trip goes to the benchmark ({regions}); the trips went to {destinations}. The plan asks units to visit the benchmark they learn from: make at least one trip there, or check how the destinations are written.',
    },
  },
  explain: {
    why: {
      zh: '“走出去”专题调研是为了全方位了解建标学习对象的做法；一次也没有去建标学习对象所在地，调研就没有落到对象身上。',
      en: 'The research trip is meant to learn the benchmark\'s ways first-hand; if no trip goes where the benchmark is, the research misses its object.',
    },
    fix: {
      zh: '至少赴建标学习对象（或单项亮点对标对象）所在地开展一次专题调研；调研地点写明地区，如 陕西省榆林市。',
      en: "Make at least one trip to the benchmark's (or a highlight's) region, and write the destination as the region, e.g. 陕西省榆林市.",
    },
    file: 'units/fgw/research.yaml',
    wrong: lines('# benchmark.yaml：target.region 陕西省榆林市', 'trips:', '  - { date: 2022-01-25, destination: 山西省大同市, participants: 5, findings: 学习园区建设做法。 }   # ← 不是建标学习对象'),
    right: lines('trips:', '  - { date: 2022-01-25, destination: 陕西省榆林市, participants: 5, findings: 学习重大项目全流程帮办代办做法。 }'),
  },
  check({ unit, report }) {
    const research = unit.research;
    const benchmark = unit.benchmark;
    if (!research || !benchmark) return;
    const regions = [benchmark.data.target.region, ...(benchmark.data.highlights ?? []).map((h) => h.region)];
    const trips = research.data.trips;
    if (trips.some((trip) => regions.some((region) => namesRegion(trip.destination, region)))) return;
    report({ source: research.file, path: ['trips'] }, 'elsewhere', { destinations: trips.map((t) => t.destination).join('、'), regions: regions.join('、') });
  },
};

export const planBeforeResearch: UnitRule = {
  id: 'plan-before-research',
  scope: 'unit',
  severity: 'warning',
  clause: '三(二)2',
  description: {
    zh: '对标创建工作方案先于调研材料报送：方案制定前要根据学习调研成果。',
    en: 'The plan was submitted before the research it must rest on ("方案制定前要根据学习调研成果").',
  },
  messages: {
    before: {
      zh: '方案报送日期 {plan} 早于调研材料报送日期 {research}。实施方案要求“方案制定前要根据学习调研成果”，请先完成并报送调研，再据此制定方案。',
      en: 'The plan was submitted on {plan}, before the research record on {research}. The plan must rest on what the research found: finish and submit the research first.',
    },
  },
  explain: {
    why: {
      zh: '实施方案要求“方案制定前要根据学习调研成果”查找差距：先于调研报送的方案，不可能建立在调研成果之上。',
      en: 'The plan must rest on what the research found ("方案制定前要根据学习调研成果"); a plan sent before the research cannot.',
    },
    fix: {
      zh: '核对两份材料的报送日期；调研确在方案之后完成的，根据调研成果修订方案后重新报送。',
      en: 'Check both submission dates; if the research did come after the plan, revise the plan on its findings and send it again.',
    },
    file: 'units/fgw/plan.yaml',
    wrong: lines('# research.yaml：submitted: 2022-02-09', 'submitted: 2022-02-05   # ← 早于调研材料'),
    right: lines('# research.yaml：submitted: 2022-02-09', 'submitted: 2022-02-14'),
  },
  check({ unit, report }) {
    const plan = unit.plan;
    // The research file as sent, counted as of the as-of date or not: its date is what the plan is judged by.
    const research = unit.research?.data.submitted ?? submittedDate(unit.folder.research?.data);
    if (!plan || research === null || research === undefined) return;
    if (plan.data.submitted < research) report({ source: plan.file, path: ['submitted'] }, 'before', { plan: plan.data.submitted, research });
  },
};

export const chainRules: readonly UnitRule[] = [researchContactLate, tripAfterSubmission, tripBeforeCampaign, tripNotToBenchmark, planBeforeResearch];

// How to fix what the roster rules and the research → plan chain rules find: for `ebz explain RULE`.
import type { RuleExplanation } from './explain.js';

const lines = (...rows: string[]): string => rows.join('\n');

export const ROSTER_AND_CHAIN_EXPLANATIONS: Record<string, RuleExplanation> = {
  'unit-not-member': {
    why: {
      zh: '领导小组由哪些成员单位组成是领导小组办公室掌握的事实（三(一)1），不由报送材料的文件夹决定。名单外的文件夹既不催报，也不参加评估。',
      en: 'Which units make up the leading group is the office\'s fact (三(一)1), not something a folder decides by being there. A folder off the roster is neither chased nor assessed.',
    },
    fix: {
      zh: '新增成员单位的，由领导小组办公室在 campaign.yaml 的 members 中加上一行（标识、全称、简称、类别、领域、分管市领导、排序号）；文件夹名写错的，改为名单中的标识。',
      en: 'For a new member, the office adds a line to campaign.yaml members (id, name, short name, kind, domain, leader in charge, order); a misnamed folder is renamed to the id on the roster.',
    },
    file: 'campaign.yaml',
    wrong: lines('members:', '  - { id: fgw, name: 鄂尔多斯市发展和改革委员会, short: 市发展改革委, kind: government-department, domain: project-construction }', '# ← units/xxj/ 不在名单中'),
    right: lines(
      'members:',
      '  - { id: fgw, name: 鄂尔多斯市发展和改革委员会, short: 市发展改革委, kind: government-department, domain: project-construction }',
      '  - { id: xxj, name: 鄂尔多斯市大数据中心, short: 市大数据中心, kind: institution, domain: business-environment, leader_in_charge: { name: 张三, title: 副市长 } }',
    ),
  },
  'unit-roster-mismatch': {
    why: {
      zh: '单位类别决定由谁审签：一个局自称市委部门，就能由本单位主要负责同志审签方案，绕过分管市领导。单位类别、所属领域、分管市领导以领导小组办公室的名单为准。',
      en: 'The kind decides who signs: a bureau that calls itself a party department could sign its own plan and bypass the leader in charge. Kind, domain and leader in charge are the office\'s, as the roster gives them.',
    },
    fix: {
      zh: '在 unit.yaml 中删去 kind、domain、leader_in_charge（名单已有），或改为与名单一致；名单本身有误的，请领导小组办公室改正 campaign.yaml 的 members。',
      en: 'Remove kind, domain and leader_in_charge from unit.yaml (the roster has them), or write the same; if the roster is wrong, the office corrects campaign.yaml members.',
    },
    file: 'units/fgw/unit.yaml',
    wrong: lines('id: fgw', 'name: 鄂尔多斯市发展和改革委员会', 'kind: party-department   # ← 名单为 government-department', 'principal: { name: 李四, title: 主任 }'),
    right: lines('id: fgw', 'name: 鄂尔多斯市发展和改革委员会', 'principal: { name: 李四, title: 主任 }', 'contact: { name: 王五, phone: "0477-8888888" }'),
  },
  'research-contact-late': {
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
  'trip-after-submission': {
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
  'trip-before-campaign': {
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
  'trip-not-to-benchmark': {
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
  'plan-before-research': {
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
};

// The campaign.yaml `ebz init` writes: the Ordos municipal plan (2021) by default, or the same plan for
// another city and start date. Every line fits an 80-column terminal. The embedded default is this file
// with the plan's own settings. Names and titles arrive already written as YAML scalars.

/** What differs from one city's campaign to another's: names and the dates of the schedule. */
export interface CampaignSettings {
  id: string;
  title: string;
  city: string;
  office: string;
  coIssuers: string[];
  /** The comment line naming the plan the campaign follows. */
  basis: string;
  /** A comment line under it, when the schedule was worked out rather than copied from the plan. */
  note?: string;
  phases: { build: [string, string]; compare: [string, string]; reach: [string, string]; create: string };
  deadlines: { benchmark: string; research: string; plan: string };
  /** Monthly reports from `monthly[0]` to `monthly[1]`, then quarterly from `quarterly` (a quarter's last month). */
  monthly: [string, string];
  quarterly: string;
  annualFirst: number;
}

/** The seed plan's own settings: Ordos, from 21 December 2021. */
export const ORDOS_SETTINGS: CampaignSettings = {
  id: 'ordos-2022',
  title: '鄂尔多斯市对标先进提升创建工作',
  city: '鄂尔多斯市',
  office: '鄂尔多斯市对标先进提升创建工作领导小组办公室',
  coIssuers: ['中共鄂尔多斯市委督查室', '鄂尔多斯市人民政府督查室'],
  basis: '《鄂尔多斯市对标先进提升创建工作实施方案》（2021年12月30日）',
  phases: { build: ['2021-12-21', '2022-01-10'], compare: ['2022-01-11', '2022-02-20'], reach: ['2022-02-21', '2022-12-31'], create: '2023-01-01' },
  deadlines: { benchmark: '2022-01-04', research: '2022-02-10', plan: '2022-02-15' },
  monthly: ['2022-03', '2022-12'],
  quarterly: '2023-03',
  annualFirst: 2022,
};

function head(s: CampaignSettings): string {
  return `# 对标创建工作设置（ebz）。
# 依据：${s.basis}。${s.note ? `\n# ${s.note}` : ''}
# 日期一律写作 YYYY-MM-DD，月份写作 YYYY-MM。
# 工作标识（小写字母、数字和连字符）、工作名称，本市不得作为建标学习对象
id: ${s.id}
title: ${s.title}
city: ${s.city}
timezone: Asia/Shanghai   # 判断“今天”所用的时区

# 四个阶段（实施方案三）：建标、对标、达标，创标阶段持续推进
phases:
  build:   { start: ${s.phases.build[0]}, end: ${s.phases.build[1]} }
  compare: { start: ${s.phases.compare[0]}, end: ${s.phases.compare[1]} }
  reach:   { start: ${s.phases.reach[0]}, end: ${s.phases.reach[1]} }
  create:  { start: ${s.phases.create} }

# 报送截止日期，当日报送为按时
deadlines:
  benchmark: ${s.deadlines.benchmark}   # 建标材料（三(一)2）
  research: ${s.deadlines.research}    # 建立联系、走出去专题调研（三(二)1）
  plan: ${s.deadlines.plan}        # 对标创建工作方案（三(二)2）

# 进展报送（四(二)）：可分段，如先按月、后按季。
# 达标阶段按月，次月 5 日前报送；
# 创标阶段按季，文件以季末月命名，次月 10 日前报送
progress:
  - { first: ${s.monthly[0]}, last: ${s.monthly[1]}, every: month, due_day: 5 }
  - { first: ${s.quarterly}, every: quarter, due_day: 10 }
# 年度总结：某年度总结于次年 1 月 31 日前报送
annual: { first: ${s.annualFirst}, due: "01-31" }
`;
}

const CALENDAR_AND_DOMAINS = `
# 工作日安排：已内置国务院办公厅 2021 年起各年的节假日安排
calendar:
  # 月度进展、年度总结的截止日遇休息日顺延至下一个工作日；none 为不顺延。
  # deadlines 的固定日期不顺延
  rollover: next-workday
  holidays: []   # 补充休息日（内置安排未包括的年度或本地安排），如 [2027-10-01]
  workdays: []   # 补充调休上班日，如 [2027-09-26]

# 重点领域（实施方案二(二)）：标识: 名称，成员单位选其一
domains:
  project-construction: 项目建设
  industrial-transformation: 产业转型
  industrial-parks: 园区发展
  reform-innovation: 改革创新
  yellow-river-ecology: 黄河流域生态保护和高质量发展
  rural-revitalization: 乡村振兴
  business-environment: 营商环境
  urban-public-services: 城市建设与公共服务
  social-governance: 社会治理
  talent: 人才引育
  investment-consumption: 招商引资与促进消费
  culture-tourism: 文旅融合
  general: 综合
# 经济发展领域：宜选资源型城市为建标对象
economic_domains:
  - project-construction
  - industrial-transformation
  - industrial-parks
  - investment-consumption

# 评分规则（三(三)3、三(四)3：差异化设置赋分权重）
scoring:
  # 按时报送、规范完整、措施落实、指标达标、交流合作，合计 100
  weights:
    timeliness: 15
    compliance: 15
    execution: 30
    indicators: 30
    exchange: 10
  # 分领域权重：只写需调整的项，调整后合计 100
  domain_weights:
    yellow-river-ecology: { indicators: 40, execution: 20 }
    reform-innovation: { execution: 40, indicators: 20 }
  late_credit: 0.5          # 迟报文件按 0.5 计入按时报送得分
  exchange_min: 1           # 未计划人员交流时按 1 次计算
  bonus_cap: 5              # 加分上限
  penalty_cap: 10           # 减分上限
  abreast_tolerance: 0.05   # 与标杆值相差 5% 以内为并跑
  behind_points: 20         # 实际进度落后应达进度超过 20 个百分点亮黄灯
  # 可评价内容的权重合计低于 50 时，只显示得分，不评等次、不排名
  min_assessable: 50
  grades:
    - { min: 90, label: 优秀 }
    - { min: 80, label: 良好 }
    - { min: 60, label: 合格 }
    - { min: 0, label: 不合格 }
`;

function tail(s: CampaignSettings): string {
  return `
# 发文机关：通报的版头和落款
office: ${s.office}
# 联合发文机关（四(二) 联合督查），可不填
co_issuers:
${s.coIssuers.map((name) => `  - ${name}`).join('\n')}
# 通报共用的文字
bulletin:
  recipients: 各成员单位   # 主送机关
  # 下步工作的段落；可按 monthly、quarterly、annual 分别写；
  # 不填时通报留出一段待填写的文字
  # next_steps: [ … ]
  # 抄送机关（版记）
  # copy_to: [市委办公室, 市政府办公室]

# 成员单位名单（三(一)1），由领导小组办公室填写；不填时不核对名单。
# 填写后以名单为准：名单上的单位未报材料照样催报，名单外的文件夹不予受理，
# 单位类别、领域、分管市领导以名单为准。每个成员单位一行，去掉行首的“# ”即可。
#   id：与 units/ 下的文件夹名相同；short：表格中用的简称；
#   kind：government-department | party-department | institution | vertical
#         | other；
#   domain：上面 domains 中的标识；order：报告中的排序号；
#   市委部门（组织部、宣传部、统战部、政法委）不写 leader_in_charge。例如：
members:
  # - id: fgw
  #   name: ${s.city}发展和改革委员会
  #   short: 市发展改革委
  #   kind: government-department
  #   domain: project-construction
  #   leader_in_charge: { name: 张三, title: 副市长 }
  #   order: 1
  # - id: swzzb
  #   name: 中共${s.city}委组织部
  #   short: 市委组织部
  #   kind: party-department
  #   domain: talent
  #   order: 2

# 规则级别调整：规则标识: error | warning | info | off，
# 如 { indicator-uncovered: off }
rules: {}
`;
}

/** campaign.yaml for the settings, every line within 80 columns. */
export function campaignYaml(settings: CampaignSettings): string {
  return head(settings) + CALENDAR_AND_DOMAINS + tail(settings);
}

export const DEFAULT_CAMPAIGN_YAML = campaignYaml(ORDOS_SETTINGS);

// How to fix what each rule finds, with a small wrong/right example: for `ebz explain RULE`.
import type { Localized } from '../i18n/index.js';
import { ROSTER_AND_CHAIN_EXPLANATIONS } from './explain-roster.js';
import { NAMED_FILE_EXPLANATIONS } from './named-file.js';
import { unitHistoryOrderExplanation } from './history.js';
import { revisionExplanations } from './revisions.js';
import { yearlyExplanations } from './yearly.js';
import { numberNoiseExplanation } from './numbers.js';

export interface RuleExplanation {
  /** Why the rule exists, in a sentence or two, beyond the clause: the reason a clerk should care. */
  why: Localized;
  /** How to fix it: concrete steps, in the register of an office notice. */
  fix: Localized;
  /** The file the example is from, e.g. 'units/fgw/plan.yaml'. */
  file: string;
  /** A few YAML lines that trigger the rule (with a `# ←` comment on the offending line), and the same lines put right. */
  wrong: string;
  right: string;
}

/** The lines of an example, one string. */
const lines = (...rows: string[]): string => rows.join('\n');

export const EXPLANATIONS: Record<string, RuleExplanation> = {
  ...NAMED_FILE_EXPLANATIONS,
  'yaml-syntax': {
    why: {
      zh: '文件无法读取时，其中的全部内容都无法核对，相当于未报送。',
      en: 'A file that cannot be read cannot be checked at all; it counts for nothing, as if it had not been submitted.',
    },
    fix: {
      zh: '按提示的行号检查：冒号用英文“:”且后跟一个空格；缩进只用空格，不用 Tab 和全角空格；同一层级的键左对齐；以特殊字符开头的值加引号。改正后重新运行 ebz check。',
      en: 'Go to the line given: use the ASCII colon ":" followed by a space; indent with spaces only, never tabs or full-width spaces; line up keys of one level; quote a value that starts with a special character. Then run ebz check again.',
    },
    file: 'units/fgw/plan.yaml',
    wrong: lines('unit: fgw', 'submitted：2022-02-14   # ← 中文冒号“：”'),
    right: lines('unit: fgw', 'submitted: 2022-02-14'),
  },
  'yaml-duplicate-key': {
    why: {
      zh: '同一个键写了两次，只有后一个生效，前一个内容会悄悄丢失，报送的与实际读取的不一致。',
      en: 'When a key is written twice only the second counts; the first is silently lost, so what was sent is not what is read.',
    },
    fix: {
      zh: '删去重复的键，或将两处内容合并为一处。多次修改同一项时，请在原处改写，不要另起一行。',
      en: 'Delete the repeated key, or merge the two into one. When revising an entry, change it in place rather than adding another line.',
    },
    file: 'units/fgw/benchmark.yaml',
    wrong: lines('unit: fgw', 'submitted: 2022-01-03', 'submitted: 2022-01-04   # ← 键重复'),
    right: lines('unit: fgw', 'submitted: 2022-01-03'),
  },
  'file-encoding': {
    why: {
      zh: '非 UTF-8 编码的文件在不同电脑上可能显示为乱码，单位名称、措施内容会读错。',
      en: 'A file not in UTF-8 may turn to mojibake on another computer, and unit names or measures may be misread.',
    },
    fix: {
      zh: '用编辑器将文件“另存为”UTF-8 编码（记事本选择“UTF-8”，WPS 选择“Unicode (UTF-8)”）后重新报送。如提示无法识别编码，请确认文件确为 YAML 文本，而非改了扩展名的 Word 或 Excel 文件。',
      en: 'Use "Save as" in the editor and choose UTF-8 (Notepad: "UTF-8"; WPS: "Unicode (UTF-8)"), then submit again. If the encoding cannot be recognised, make sure the file really is YAML text and not a Word or Excel file renamed.',
    },
    file: 'units/fgw/plan.yaml',
    wrong: lines('# ← 本文件以 GBK（ANSI）编码保存', 'unit: fgw', 'submitted: 2022-02-14'),
    right: lines('# 本文件以 UTF-8 编码保存', 'unit: fgw', 'submitted: 2022-02-14'),
  },
  'file-unknown': {
    why: {
      zh: 'ebz 只读取约定名称的文件，名称不对的文件不会被核对，其中内容等于未报送。',
      en: 'ebz reads only files with the agreed names; a file named otherwise is not checked, and what it holds counts as not submitted.',
    },
    fix: {
      zh: '按约定命名：unit.yaml、benchmark.yaml、research.yaml、plan.yaml，月度进展放在 progress/YYYY-MM.yaml，年度总结放在 annual/YYYY.yaml。删除重复的副本；Word、PDF 等原件另行存放，不放在成员单位文件夹中。',
      en: 'Use the agreed names: unit.yaml, benchmark.yaml, research.yaml, plan.yaml, progress reports as progress/YYYY-MM.yaml and annual reviews as annual/YYYY.yaml. Delete duplicate copies; keep Word or PDF originals elsewhere, not in the unit folder.',
    },
    file: 'units/fgw/',
    wrong: lines('# units/fgw/ 中的文件', '- unit.yaml', '- plan.yaml', '- plan (1).yaml   # ← 重复的副本', '- 方案.docx   # ← Word 原件'),
    right: lines('# units/fgw/ 中的文件', '- unit.yaml', '- plan.yaml', '# 方案.docx 等原件另行存放'),
  },
  schema: {
    why: {
      zh: '格式不对的内容（缺项、键名写错、日期写法不统一）无法汇总统计，督查报告和评估会漏算或算错。',
      en: 'Content in the wrong form (a missing field, a misspelt key, a date written another way) cannot be tallied; supervision reports and scores would miss it or get it wrong.',
    },
    fix: {
      zh: '按提示补齐必填项、改正键名和取值。日期一律写作 YYYY-MM-DD（如 2022-06-30），月份写作 YYYY-MM。可运行 ebz schema 查看该类文件的完整格式，或用 ebz new 生成模板填写。',
      en: 'Add the missing field, or correct the key or value, as the message says. Write dates as YYYY-MM-DD (e.g. 2022-06-30) and months as YYYY-MM. Run ebz schema to see the full format of the file, or ebz new to start from a template.',
    },
    file: 'units/fgw/plan.yaml',
    wrong: lines('measures:', '  - id: m1', '    title: 建立重大项目储备库', '    due: 2022/6/30   # ← 应写作 2022-06-30'),
    right: lines('measures:', '  - id: m1', '    title: 建立重大项目储备库', '    due: 2022-06-30'),
  },
  'id-mismatch': {
    why: {
      zh: '文件内容写的单位、月份或年度与所在位置不一致，材料会被算到错误的单位或期次，另一处则显示未报。',
      en: 'When a file names a unit, month or year other than where it sits, it is counted for the wrong unit or period, and the right one shows as missing.',
    },
    fix: {
      zh: '核对文件内的 unit、period、year 与文件夹名、文件名是否一致：内容写错的改内容，放错位置的移动文件。复制上月文件改写时，请同时改 period。',
      en: 'Check that unit, period and year match the folder and file names: correct the content if it is wrong, move the file if it is misplaced. When copying last month\'s file, change period too.',
    },
    file: 'units/fgw/progress/2022-04.yaml',
    wrong: lines('unit: fgw', 'period: 2022-03   # ← 文件名为 2022-04.yaml', 'submitted: 2022-05-05'),
    right: lines('unit: fgw', 'period: 2022-04', 'submitted: 2022-05-05'),
  },
  'unit-domain-unknown': {
    why: {
      zh: '各领域的赋分权重不同（差异化设置赋分权重）。所属领域写错或写了 campaign.yaml 中没有的领域，本单位就按默认权重评分，得分和名次都会改变，而且没有任何提示。',
      en: 'Domains are weighted differently. A misspelt domain, or one that campaign.yaml does not list, silently scores the unit with the default weights, changing its score and rank.',
    },
    fix: {
      zh: '把 unit.yaml 的 domain 改为 campaign.yaml 中 domains 的某一项（英文标识，不是中文名称）。',
      en: 'Set domain in unit.yaml to one of the keys of campaign.yaml domains (the English id, not the Chinese name).',
    },
    file: 'units/hbj/unit.yaml',
    wrong: lines('id: hbj', 'name: 鄂尔多斯市生态环境局', 'kind: government-department', 'domain: yellow-river-ecolgy   # ← 拼写错误'),
    right: lines('id: hbj', 'name: 鄂尔多斯市生态环境局', 'kind: government-department', 'domain: yellow-river-ecology'),
  },
  'unit-profile-missing': {
    why: {
      zh: '没有单位基本信息，就无法确定分管市领导和主要负责同志，审签人无从核对，也无法按领域评估。',
      en: 'Without the unit profile the leader in charge and the principal are unknown, so approvers cannot be checked and the unit cannot be scored by domain.',
    },
    fix: {
      zh: '在成员单位文件夹中建立 unit.yaml，填写单位名称、类别、所属领域、分管市领导和主要负责同志（可运行 ebz new unit 生成）。市委部门可不填分管市领导。',
      en: 'Create unit.yaml in the unit folder with the name, kind, domain, leader in charge and principal (ebz new unit writes one). Party departments may leave out the leader in charge.',
    },
    file: 'units/fgw/unit.yaml',
    wrong: lines('# ← units/fgw/unit.yaml 不存在'),
    right: lines(
      'id: fgw',
      'name: 鄂尔多斯市发展和改革委员会',
      'kind: government-department',
      'domain: project-construction',
      'leader_in_charge: { name: 张三, title: 副市长 }',
      'principal: { name: 李四, title: 主任 }',
    ),
  },
  'placeholder-text': {
    why: {
      zh: '“待定”“XX科”“某某”等占位内容说明事项尚未落实，责任无人承担、成果无法检验，不符合“六个明确”的要求。',
      en: 'Placeholders such as 待定, XX科 or 某某 show that nothing has been settled: no one is responsible and nothing can be checked, which the "six clears" rule out.',
    },
    fix: {
      zh: '将占位内容改为实际内容：责任科室、责任人写具体名称和姓名，预期成果写具体文件或数量。确实尚未确定的，应确定后再报送。',
      en: 'Replace the placeholder with the real thing: name the responsible office and person, and state the deliverable as a document or a number. If something is not yet decided, decide it before submitting.',
    },
    file: 'units/fgw/plan.yaml',
    wrong: lines('measures:', '  - id: m1', '    title: 建立重大项目储备库', '    responsible: { unit: 待定, person: 某某 }   # ← 占位内容'),
    right: lines('measures:', '  - id: m1', '    title: 建立重大项目储备库', '    responsible: { unit: 项目科, person: 赵六 }'),
  },
  'future-date': {
    why: {
      zh: '已发生事项的日期晚于今天，多为笔误（如 2022 写成 2032），会使报送状态和逾期天数计算错误。',
      en: 'A date after today for something that has already happened is almost always a typo (2032 for 2022), and it throws off submission states and days late.',
    },
    fix: {
      zh: '核对报送、审签、调研、交流、加减分的日期，按实际发生日期改正。',
      en: 'Check the submission, approval, trip, exchange or adjustment date and write the date it actually happened.',
    },
    file: 'units/fgw/progress/2022-06.yaml',
    wrong: lines('unit: fgw', 'period: 2022-06', 'submitted: 2032-07-04   # ← 晚于今天'),
    right: lines('unit: fgw', 'period: 2022-06', 'submitted: 2022-07-04'),
  },
  'benchmark-missing': {
    why: {
      zh: '建标材料是后续对标、达标的依据，未报送则学习对象和对标指标都无从确定，后续各阶段无法开展。',
      en: 'The benchmark is what every later phase builds on; without it there is no benchmark object and no indicators, and the later phases cannot start.',
    },
    fix: {
      zh: '尽快确定建标学习对象、主要对标指标和学习内容，经分管市领导（市委部门为主要负责同志）审签后，报送 benchmark.yaml（可运行 ebz new benchmark 生成）。',
      en: 'Settle the benchmark object, main indicators and learning content now, have them signed by the leader in charge (the principal, for a party department), and submit benchmark.yaml (ebz new benchmark writes one).',
    },
    file: 'units/fgw/benchmark.yaml',
    wrong: lines('# ← units/fgw/benchmark.yaml 不存在，截止日期 2022-01-04 已过'),
    right: lines('unit: fgw', 'submitted: 2022-01-03', 'approval: { by: 张三, role: leader-in-charge, date: 2022-01-02 }'),
  },
  'benchmark-late': {
    why: {
      zh: '迟报影响按时报送得分，也会压缩后续对标调研和制定方案的时间。',
      en: 'A late benchmark costs timeliness points and leaves less time for the research and the plan that follow.',
    },
    fix: {
      zh: '报送日期应按实际填写，不得为避免提示而改早。已迟报的如实保留，后续材料按时报送；如系笔误，按实际报送日期改正。',
      en: 'Write the date it was actually submitted; never back-date it to silence this warning. If it was late, leave it and send the next documents on time; if the date is a typo, correct it.',
    },
    file: 'units/fgw/benchmark.yaml',
    wrong: lines('unit: fgw', 'submitted: 2022-01-06   # ← 截止日期为 2022-01-04'),
    right: lines('unit: fgw', 'submitted: 2022-01-03'),
  },
  'research-missing': {
    why: {
      zh: '未与学习对象建立联系、未开展“走出去”调研，制定方案就缺少第一手依据，差距查找流于形式。',
      en: 'Without contact with the benchmark object and a research trip, the plan has no first-hand basis and its gap analysis is a formality.',
    },
    fix: {
      zh: '尽快与学习对象建立工作联系，至少开展一次“走出去”专题调研，将联系方式和调研情况填入 research.yaml 报送（可运行 ebz new research 生成）。',
      en: 'Establish contact with the benchmark object, make at least one research trip, and submit research.yaml with the contact and trips (ebz new research writes one).',
    },
    file: 'units/fgw/research.yaml',
    wrong: lines('# ← units/fgw/research.yaml 不存在，截止日期 2022-02-10 已过'),
    right: lines(
      'unit: fgw',
      'submitted: 2022-02-09',
      'contact: { established: 2022-01-14, channel: 建立季度视频会商机制 }',
      'trips:',
      '  - { date: 2022-01-25, destination: 陕西省榆林市, participants: 5, findings: 学习重大项目帮办代办做法。 }',
    ),
  },
  'research-late': {
    why: {
      zh: '调研晚于 2022 年 2 月 10 日，制定方案时就来不及吸收调研成果，方案容易脱离实际。',
      en: 'Research finished after the deadline comes too late to shape the plan, which then tends to lose touch with the facts.',
    },
    fix: {
      zh: '报送日期和调研日期均按实际填写，不得改早。已迟报的如实保留，并在方案中补充吸收调研成果；如系笔误，按实际日期改正。',
      en: 'Write the real submission and trip dates; never back-date them. If they were late, leave them and make sure the plan takes up the findings; if a date is a typo, correct it.',
    },
    file: 'units/fgw/research.yaml',
    wrong: lines(
      'unit: fgw',
      'submitted: 2022-02-12   # ← 截止日期为 2022-02-10',
      'trips:',
      '  - { date: 2022-02-11, destination: 陕西省榆林市, participants: 5, findings: 学习重大项目帮办代办做法。 }   # ← 调研晚于截止日期',
    ),
    right: lines(
      'unit: fgw',
      'submitted: 2022-02-09',
      'trips:',
      '  - { date: 2022-01-25, destination: 陕西省榆林市, participants: 5, findings: 学习重大项目帮办代办做法。 }',
    ),
  },
  'plan-missing': {
    why: {
      zh: '对标创建工作方案是达标阶段督查的依据，没有方案就没有工作措施可以调度、考核。',
      en: 'The plan is what the reach phase is supervised against; without it there are no measures to follow up or assess.',
    },
    fix: {
      zh: '根据调研成果开展自检自查，制定对标创建工作方案，做到“六个明确”、量化到事，经审签后报送 plan.yaml（可运行 ebz new plan 生成）。',
      en: 'Run the self-check against the research findings, draw up the plan with the "six clears" and quantified measures, have it signed, and submit plan.yaml (ebz new plan writes one).',
    },
    file: 'units/fgw/plan.yaml',
    wrong: lines('# ← units/fgw/plan.yaml 不存在，截止日期 2022-02-15 已过'),
    right: lines('unit: fgw', 'submitted: 2022-02-14', 'approval: { by: 张三, role: leader-in-charge, date: 2022-02-13 }'),
  },
  'plan-late': {
    why: {
      zh: '方案迟报影响按时报送得分，并推迟各项工作措施的启动。',
      en: 'A late plan costs timeliness points and delays the start of every measure.',
    },
    fix: {
      zh: '报送日期按实际填写，不得改早。已迟报的如实保留，抓紧启动各项工作措施；如系笔误，按实际报送日期改正。',
      en: 'Write the real submission date; never back-date it. If it was late, leave it and get the measures started; if the date is a typo, correct it.',
    },
    file: 'units/fgw/plan.yaml',
    wrong: lines('unit: fgw', 'submitted: 2022-02-18   # ← 截止日期为 2022-02-15'),
    right: lines('unit: fgw', 'submitted: 2022-02-14'),
  },
  'progress-missing': {
    why: {
      zh: '月度进展是“月督查”的依据，未报送的单位在月度督查报告中列入催报名单，亮红灯。',
      en: 'Monthly progress is what the monthly supervision runs on; a unit that has not reported goes on the missing list and shows a red light.',
    },
    fix: {
      zh: '尽快报送当月月度进展 progress/YYYY-MM.yaml，逐项填写尚未完成措施的状态和完成百分比（可运行 ebz new progress 生成）。',
      en: 'Submit the month\'s progress/YYYY-MM.yaml now, giving the status and percent of every measure not yet done (ebz new progress writes one).',
    },
    file: 'units/fgw/progress/2022-07.yaml',
    wrong: lines('# ← units/fgw/progress/2022-07.yaml 不存在，应于 2022-08-05 前报送'),
    right: lines('unit: fgw', 'period: 2022-07', 'submitted: 2022-08-04', 'measures:', '  - { id: m2, status: in-progress, percent: 70 }'),
  },
  'progress-late': {
    why: {
      zh: '月度进展迟报，当月督查无法及时掌握情况，并影响按时报送得分。',
      en: 'A late progress report leaves the month\'s supervision without the facts in time, and costs timeliness points.',
    },
    fix: {
      zh: '每月 5 日前报送上月进展。报送日期按实际填写，不得改早；如系笔误，按实际报送日期改正。',
      en: 'Send each month\'s progress by the 5th of the following month. Write the real submission date; never back-date it. If the date is a typo, correct it.',
    },
    file: 'units/fgw/progress/2022-07.yaml',
    wrong: lines('unit: fgw', 'period: 2022-07', 'submitted: 2022-08-09   # ← 应于 2022-08-05 前报送'),
    right: lines('unit: fgw', 'period: 2022-07', 'submitted: 2022-08-04'),
  },
  'annual-missing': {
    why: {
      zh: '年度总结是每年初动态更新对标创建工作、整理已学有所成经验的依据，也是年度评估的材料。',
      en: 'The annual review is how the work is updated each year and learned experience archived; it also feeds the annual assessment.',
    },
    fix: {
      zh: '尽快报送 annual/YYYY.yaml：填写各项措施年末状态、指标年末值，列出已学有所成的先进经验和尚在学习的措施，以及新一年的新增措施（可运行 ebz new annual 生成）。',
      en: 'Submit annual/YYYY.yaml now: year-end status of each measure, year-end indicator values, the experience learned and the measures still ongoing, and new measures for the coming year (ebz new annual writes one).',
    },
    file: 'units/fgw/annual/2022.yaml',
    wrong: lines('# ← units/fgw/annual/2022.yaml 不存在，应于 2023-01-31 前报送'),
    right: lines('unit: fgw', 'year: 2022', 'submitted: 2023-01-20'),
  },
  'annual-late': {
    why: {
      zh: '年度总结迟报，会推迟新一年工作的更新和年度评估，并影响按时报送得分。',
      en: 'A late annual review holds up the new year\'s update and the annual assessment, and costs timeliness points.',
    },
    fix: {
      zh: '年度总结应于次年 1 月 31 日前报送。报送日期按实际填写，不得改早；如系笔误，按实际报送日期改正。',
      en: 'The annual review is due by 31 January of the following year. Write the real submission date; never back-date it. If the date is a typo, correct it.',
    },
    file: 'units/fgw/annual/2022.yaml',
    wrong: lines('unit: fgw', 'year: 2022', 'submitted: 2023-02-08   # ← 应于 2023-01-31 前报送'),
    right: lines('unit: fgw', 'year: 2022', 'submitted: 2023-01-20'),
  },
  'approval-signer': {
    why: {
      zh: '审签人不对，材料就没有经过规定的领导把关，报送无效。审签人按 unit.yaml 中登记的分管市领导或主要负责同志核对。',
      en: 'Signed by the wrong person, a document has not passed the required leader and does not count. The approver is checked against the leader in charge or principal recorded in unit.yaml.',
    },
    fix: {
      zh: '由分管市领导审签（role: leader-in-charge），市委组织部、宣传部、统战部、政法委由本单位主要负责同志审签（role: principal）；by 填写审签人姓名，与 unit.yaml 一致。分管市领导调整的，在 unit.yaml 中写明前后两任的任职记录（since/until）：已报送的材料按审签当日在任者核对，仍然有效。',
      en: 'Have the leader in charge sign (role: leader-in-charge); the four party departments sign by their own principal (role: principal). Write the signer\'s name in by, exactly as in unit.yaml. If the leader in charge has changed, record both terms in unit.yaml (since/until): documents already sent are judged against whoever held the post on their approval date, and stay valid.',
    },
    file: 'units/fgw/plan.yaml',
    wrong: lines(
      '# unit.yaml：分管市领导张三，主要负责同志李四',
      'approval: { by: 李四, role: principal, date: 2022-02-13 }   # ← 应由分管市领导审签',
    ),
    right: lines('# unit.yaml：分管市领导张三，主要负责同志李四', 'approval: { by: 张三, role: leader-in-charge, date: 2022-02-13 }'),
  },
  'approval-date': {
    why: {
      zh: '材料应先审签、后报送。审签日期晚于报送日期，说明报送时尚未审签，或日期填写有误。',
      en: 'A document is signed before it is sent. An approval dated after submission means it was sent unsigned, or a date is wrong.',
    },
    fix: {
      zh: '核对审签日期和报送日期，按实际填写。确系未经审签即报送的，应补办审签后重新报送，并以重新报送日期为报送日期。',
      en: 'Check both dates and write the real ones. If it really was sent unsigned, have it signed and send it again, with the new submission date.',
    },
    file: 'units/fgw/benchmark.yaml',
    wrong: lines('submitted: 2022-01-03', 'approval: { by: 张三, role: leader-in-charge, date: 2022-01-05 }   # ← 晚于报送日期'),
    right: lines('submitted: 2022-01-03', 'approval: { by: 张三, role: leader-in-charge, date: 2022-01-02 }'),
  },
  'benchmark-self': {
    why: {
      zh: '对标先进是向外地先进地区学习，以本市（含本市所辖旗区）为学习对象，起不到找差距、学经验的作用。',
      en: 'The campaign is about learning from advanced regions elsewhere; benchmarking against the city itself (or its own districts) finds no gap and teaches nothing new.',
    },
    fix: {
      zh: '按“对等、对口、对应”要求，另选外地先进地区的对应单位作为学习对象（整体对标或单项亮点对标），同时更新对口单位和三个原则的说明。',
      en: 'Choose a matching unit in an advanced region elsewhere, as equal, counterpart and corresponding, for the target or the highlight, and update the counterpart and the three principles to match.',
    },
    file: 'units/fgw/benchmark.yaml',
    wrong: lines('highlights:', '  - { region: 鄂尔多斯市康巴什区, counterpart: 康巴什区发展和改革委员会, topic: 项目审批提速 }   # ← 本市'),
    right: lines('highlights:', '  - { region: 江苏省徐州市, counterpart: 徐州市发展和改革委员会, topic: 产业延链建群 }'),
  },
  'resource-city-preferred': {
    why: {
      zh: '我市是资源型城市，经济发展领域选取资源型地区转型发展的先进案例，经济体量和立地条件相近，更可比、能学。此项为提示，不计为错误。',
      en: 'Ordos is a resource-based city; for economic work, a resource-based city that transformed successfully is closer in size and conditions, so more comparable and easier to learn from. This is advice, not an error.',
    },
    fix: {
      zh: '优先考虑陕西省榆林市、江苏省徐州市、山东省济宁市等资源型城市（category: resource-city）。确需选取其他地区的，在 principles.comparable（可比性）中写明理由即可。',
      en: 'Consider a resource-based city first, such as Yulin, Xuzhou or Jining (category: resource-city). If another region is the better choice, say why under principles.comparable.',
    },
    file: 'units/fgw/benchmark.yaml',
    wrong: lines('target:', '  region: 江苏省苏州市', '  counterpart: 苏州市发展和改革委员会', '  category: advanced-region   # ← 经济发展领域宜选资源型城市'),
    right: lines('target:', '  region: 陕西省榆林市', '  counterpart: 榆林市发展和改革委员会', '  category: resource-city'),
  },
  'indicator-target-direction': {
    why: {
      zh: '目标值不优于基期值，说明指标方向或数值填反了，据此无法衡量提升，达标评估也会算错。',
      en: 'A target no better than the baseline means the direction or a value is the wrong way round; no improvement can be measured and the score comes out wrong.',
    },
    fix: {
      zh: '先核对指标方向：越高越好填 higher，越低越好（如用时、能耗）填 lower；再核对基期值和目标值，目标值应按方向优于基期值。',
      en: 'Check the direction first: higher if more is better, lower if less is better (time taken, energy use); then check the baseline and target. The target must be better than the baseline in that direction.',
    },
    file: 'units/fgw/benchmark.yaml',
    wrong: lines(
      'indicators:',
      '  - { id: approval-days, name: 项目审批平均用时, unit: 天, direction: higher, baseline: 60, benchmark: 40, target: 38 }   # ← 用时越低越好',
    ),
    right: lines(
      'indicators:',
      '  - { id: approval-days, name: 项目审批平均用时, unit: 天, direction: lower, baseline: 60, benchmark: 40, target: 38 }',
    ),
  },
  'indicator-target-below-benchmark': {
    why: {
      zh: '达标即达到标杆水平。目标值低于标杆值，到达标阶段结束时仍处于“跟跑”。',
      en: 'Reaching the standard means reaching the benchmark\'s level; a target short of it leaves the unit still following when the reach phase ends.',
    },
    fix: {
      zh: '将目标值调整到不低于标杆值。确因客观条件难以达到的，应在 principles.comparable（可比性）中说明，或另选更可比的对标指标。',
      en: 'Raise the target to at least the benchmark value. If conditions really rule that out, explain it under principles.comparable, or choose a more comparable indicator.',
    },
    file: 'units/fgw/benchmark.yaml',
    wrong: lines(
      'indicators:',
      '  - { id: invest-growth, name: 固定资产投资增速, unit: "%", direction: higher, baseline: 8.0, benchmark: 12.0, target: 10.0 }   # ← 未达到标杆值',
    ),
    right: lines(
      'indicators:',
      '  - { id: invest-growth, name: 固定资产投资增速, unit: "%", direction: higher, baseline: 8.0, benchmark: 12.0, target: 12.5 }',
    ),
  },
  'duplicate-id': {
    why: {
      zh: '标识重复时，月度进展报告的是哪一项无法分辨，进度和考核都会记错。',
      en: 'With a repeated id, a progress report cannot tell which item it is about, and progress and scores are recorded against the wrong one.',
    },
    fix: {
      zh: '为每项对标指标、每项工作措施使用唯一标识（如 m1、m2、m3），年度总结新增措施也不能与方案中已有的重复；改动后同步修改月度进展中的引用。',
      en: 'Give every indicator and every measure its own id (m1, m2, m3 …), including new measures in annual reviews; then update the references in the progress reports.',
    },
    file: 'units/fgw/plan.yaml',
    wrong: lines('measures:', '  - id: m1', '    title: 建立重大项目储备库', '  - id: m1   # ← 与上一项重复', '    title: 推行并联审批'),
    right: lines('measures:', '  - id: m1', '    title: 建立重大项目储备库', '  - id: m2', '    title: 推行并联审批'),
  },
  'unknown-indicator': {
    why: {
      zh: '引用了建标材料中没有的指标，差距、措施或指标值就对不上任何对标指标，达标情况无法计算。',
      en: 'A reference to an indicator not in the benchmark ties the gap, measure or value to nothing, so progress toward the benchmark cannot be computed.',
    },
    fix: {
      zh: '按 benchmark.yaml 中的指标标识填写（注意拼写）。确需新增对标指标的，先在建标材料中补充该指标。',
      en: 'Use the indicator ids exactly as in benchmark.yaml (check the spelling). If a new indicator is really needed, add it to the benchmark first.',
    },
    file: 'units/fgw/plan.yaml',
    wrong: lines(
      '# benchmark.yaml 的对标指标：invest-growth、approval-days',
      'gaps:',
      '  - { type: gap, indicator: invest-rate, description: 投资增速低于榆林市 4 个百分点。, cause: 重大项目储备不足。 }   # ← 无此指标',
    ),
    right: lines(
      '# benchmark.yaml 的对标指标：invest-growth、approval-days',
      'gaps:',
      '  - { type: gap, indicator: invest-growth, description: 投资增速低于榆林市 4 个百分点。, cause: 重大项目储备不足。 }',
    ),
  },
  'unknown-measure': {
    why: {
      zh: '报告了方案中没有的措施，这项进展无法对应到任何工作措施，督查和考核都不计入。',
      en: 'Progress on a measure the plan does not have belongs to nothing; supervision and scoring cannot count it.',
    },
    fix: {
      zh: '按 plan.yaml 中的措施标识填写（注意拼写）。新一年的新增措施应先列入年度总结的 new_measures，再在月度进展中报告。',
      en: 'Use the measure ids exactly as in plan.yaml (check the spelling). A new measure for the coming year goes first under new_measures in the annual review, then into progress reports.',
    },
    file: 'units/fgw/progress/2022-04.yaml',
    wrong: lines(
      '# plan.yaml 的工作措施：m1、m2',
      'measures:',
      '  - { id: m1, status: done, percent: 100 }',
      '  - { id: m3, status: in-progress, percent: 20 }   # ← 方案中无此措施',
    ),
    right: lines('# plan.yaml 的工作措施：m1、m2', 'measures:', '  - { id: m1, status: done, percent: 100 }', '  - { id: m2, status: in-progress, percent: 20 }'),
  },
  'measure-unquantified': {
    why: {
      zh: '措施不量化，就无法判断是否完成、完成得如何，督查和考核没有依据。',
      en: 'A measure that is not quantified cannot be judged done or not, or how well; supervision and assessment have nothing to go on.',
    },
    fix: {
      zh: '为措施填写其推动的对标指标（indicator），或可计数的成果（quantity，如 { value: 50, unit: 个 }），两者可同时填写。',
      en: 'Give the indicator the measure moves (indicator), or a counted output (quantity, e.g. { value: 50, unit: 个 }), or both.',
    },
    file: 'units/fgw/plan.yaml',
    wrong: lines('measures:', '  - id: m2   # ← 未量化', '    title: 推行并联审批', '    due: 2022-10-31'),
    right: lines('measures:', '  - id: m2', '    title: 推行并联审批', '    due: 2022-10-31', '    indicator: approval-days'),
  },
  'measure-due-range': {
    why: {
      zh: '完成时限早于方案报送日期，说明日期填错；晚于达标阶段结束，则该措施不能在达标阶段见效。',
      en: 'A due date before the plan was sent is a mistake; one after the reach phase means the measure cannot take effect within it.',
    },
    fix: {
      zh: '核对完成时限，达标阶段的措施应在 2022-12-31 前完成。确需跨年推进的，在方案中分解出年内可完成的阶段成果，后续部分列入年度总结的新增措施。',
      en: 'Check the due date; measures of the reach phase are due by 2022-12-31. Work that must run longer is split into a stage finished within the year, with the rest added as a new measure in the annual review.',
    },
    file: 'units/fgw/plan.yaml',
    wrong: lines('submitted: 2022-02-14', 'measures:', '  - id: m2', '    title: 推行并联审批', '    due: 2023-03-31   # ← 晚于达标阶段结束日期'),
    right: lines('submitted: 2022-02-14', 'measures:', '  - id: m2', '    title: 推行并联审批', '    due: 2022-10-31'),
  },
  'indicator-uncovered': {
    why: {
      zh: '对标指标没有任何措施推动，就只是写在纸上的目标，达标缺乏抓手。',
      en: 'An indicator no measure works on is a target on paper only, with nothing in the plan to reach it.',
    },
    fix: {
      zh: '在 plan.yaml 中补充针对该指标的差距分析（gaps）或工作措施（measures，填写 indicator）。指标确已不再适用的，从建标材料中删去并说明理由。',
      en: 'Add a gap (gaps) or a measure (measures, with indicator) for it in plan.yaml. If the indicator no longer applies, remove it from the benchmark and say why.',
    },
    file: 'units/fgw/plan.yaml',
    wrong: lines(
      '# benchmark.yaml 的对标指标：invest-growth、approval-days',
      'gaps:   # ← 没有涉及 approval-days 的差距或措施',
      '  - { type: gap, indicator: invest-growth, description: 投资增速低于榆林市 4 个百分点。, cause: 重大项目储备不足。 }',
    ),
    right: lines(
      '# benchmark.yaml 的对标指标：invest-growth、approval-days',
      'gaps:',
      '  - { type: gap, indicator: invest-growth, description: 投资增速低于榆林市 4 个百分点。, cause: 重大项目储备不足。 }',
      '  - { type: weakness, indicator: approval-days, description: 项目审批用时偏长。, cause: 并联审批机制不健全。 }',
    ),
  },
  'exchange-unplanned': {
    why: {
      zh: '人员交流是对标学习的重要方式，方案中不作计划，交流合作就难以落实，交流合作得分也无从取得。',
      en: 'Exchanges are a main way of learning from the benchmark; unplanned, they rarely happen, and the exchange part of the score is lost.',
    },
    fix: {
      zh: '在 plan.yaml 的 exchanges 中列出计划开展的高层互访、干部互派、企业往来、人才交流、产业合作及次数。',
      en: 'List under exchanges in plan.yaml the high-level visits, cadre secondments, enterprise, talent and industry exchanges planned, with how many of each.',
    },
    file: 'units/fgw/plan.yaml',
    wrong: lines('exchanges: []   # ← 未计划人员交流'),
    right: lines('exchanges:', '  - { type: cadre-secondment, planned: 2 }', '  - { type: high-level-visit, planned: 1 }'),
  },
  'status-percent-mismatch': {
    why: {
      zh: '状态与完成百分比矛盾，督查报告无法判断措施的实际进度。',
      en: 'When status and percent disagree, the supervision report cannot tell how far the measure really is.',
    },
    fix: {
      zh: '按实际情况统一：已完成（done）填 100；尚未全部完成的标为推进中（in-progress）；未启动（not-started）的百分比填 0。',
      en: 'Make them agree with the facts: done is 100; anything not finished is in-progress; not-started is 0.',
    },
    file: 'units/fgw/progress/2022-04.yaml',
    wrong: lines('measures:', '  - { id: m1, status: done, percent: 80 }   # ← 已完成应为 100%'),
    right: lines('measures:', '  - { id: m1, status: in-progress, percent: 80 }'),
  },
  'blocked-without-reason': {
    why: {
      zh: '不写明受阻原因，领导小组办公室无法协调解决，督办清单上也无从说明。',
      en: 'Without the reason a measure is blocked, the office cannot help resolve it, and the chase list cannot say what is wrong.',
    },
    fix: {
      zh: '在 blocker 中写明受阻的具体原因和需要协调的事项，如“用地指标未落实，需自然资源局协调”。',
      en: 'Say in blocker what is blocking the measure and what help is needed, e.g. "land quota not granted; needs the natural resources bureau".',
    },
    file: 'units/fgw/progress/2022-06.yaml',
    wrong: lines('measures:', '  - { id: m2, status: blocked, percent: 10 }   # ← 未写受阻原因'),
    right: lines('measures:', '  - { id: m2, status: blocked, percent: 10, blocker: 用地指标未落实 }'),
  },
  'percent-regressed': {
    why: {
      zh: '完成百分比低于上月，多为填报错误；确有倒退的，应说明原因，否则督查无法掌握真实进度。',
      en: 'A percent below last month is usually a slip; if work really went backwards it needs explaining, or supervision loses track of real progress.',
    },
    fix: {
      zh: '核对本月和上月的完成百分比，按实际改正。确因情况变化进度倒退的，在 note 中说明原因。',
      en: 'Check this month\'s and last month\'s percent and correct whichever is wrong. If progress really fell back, explain why in note.',
    },
    file: 'units/fgw/progress/2022-05.yaml',
    wrong: lines('# progress/2022-04.yaml 中 m2 为 50%', 'measures:', '  - { id: m2, status: in-progress, percent: 20 }   # ← 低于上月'),
    right: lines('# progress/2022-04.yaml 中 m2 为 50%', 'measures:', '  - { id: m2, status: in-progress, percent: 60 }'),
  },
  'measure-unreported': {
    why: {
      zh: '“月督查”要求逐项掌握进度。尚未完成的措施漏报，当月就无法判断其是否推进。',
      en: 'Monthly supervision follows every measure; one left out of the month\'s report cannot be judged that month.',
    },
    fix: {
      zh: '在当月月度进展的 measures 中补报所有尚未完成的措施；没有进展的也应报告，如 { id: m2, status: not-started, percent: 0 }。',
      en: 'Add every measure not yet done to the month\'s measures; report those with no progress too, e.g. { id: m2, status: not-started, percent: 0 }.',
    },
    file: 'units/fgw/progress/2022-05.yaml',
    wrong: lines('# plan.yaml 的工作措施：m1、m2，均未完成', 'measures:   # ← 缺少 m2', '  - { id: m1, status: in-progress, percent: 60 }'),
    right: lines(
      '# plan.yaml 的工作措施：m1、m2，均未完成',
      'measures:',
      '  - { id: m1, status: in-progress, percent: 60 }',
      '  - { id: m2, status: in-progress, percent: 30 }',
    ),
  },
  'measure-overdue': {
    why: {
      zh: '措施逾期未完成，列入月度督查报告的督办清单，单位亮红灯。',
      en: 'A measure past its due date and not done goes on the chase list of the monthly supervision report, and the unit shows a red light.',
    },
    fix: {
      zh: '加快落实，完成后在月度进展中标为已完成（done，100%）；未完成的在 note 中说明原因和预计完成时间。完成时限以审签的方案为准，不得自行改动。',
      en: 'Speed the measure up and mark it done (100%) in the progress report once finished; until then explain the delay and the expected date in note. The due date is the one in the signed plan; do not change it on your own.',
    },
    file: 'units/fgw/progress/2022-05.yaml',
    wrong: lines('# plan.yaml：m1 完成时限 2022-04-30', 'period: 2022-05', 'measures:', '  - { id: m1, status: in-progress, percent: 80 }   # ← 逾期未完成'),
    right: lines('# plan.yaml：m1 完成时限 2022-04-30', 'period: 2022-05', 'measures:', '  - { id: m1, status: done, percent: 100, note: 储备库已建成。 }'),
  },
  'learned-not-done': {
    why: {
      zh: '“已学有所成的先进经验”要单独整理、作为优秀成果评选依据，尚未完成的措施不能计入。',
      en: 'Experience "learned successfully" is archived separately and put forward for commendation; a measure that is not done does not qualify.',
    },
    fix: {
      zh: '尚未完成的措施从 learned 中移到 ongoing（尚在学习过程中的予以保留）；确已完成的，在 measures 中将其年末状态标为已完成（done，100%）。',
      en: 'Move a measure not yet done from learned to ongoing (what is still being learned is retained); if it is in fact done, mark its year-end status done (100%) under measures.',
    },
    file: 'units/fgw/annual/2022.yaml',
    wrong: lines(
      'measures:',
      '  - { id: m2, status: in-progress, percent: 80 }',
      'learned:',
      '  - { title: 并联审批, summary: 推行项目并联审批。, measures: [m2] }   # ← m2 尚未完成',
    ),
    right: lines('measures:', '  - { id: m2, status: in-progress, percent: 80 }', 'ongoing: [m2]'),
  },
  'milestone-order': {
    why: {
      zh: '时间节点是单位自己承诺的进度，评估按节点连成的计划线判断进度是否到位；节点顺序错乱或超出起止日期，计划线就无从确定。',
      en: 'Milestones are the progress a unit promises itself; the evaluation reads expected progress off the line through them. Out of order or outside the start and due date, there is no line to read.',
    },
    fix: {
      zh: '按日期先后排列节点，每个节点的进度（或阶段目标值）都比上一个更接近目标；节点日期在起始日期之后、完成时限之前；措施节点的进度小于 100%。',
      en: 'List milestones by date, each further toward the goal than the one before; dates after the start and before the due date; a measure milestone below 100%.',
    },
    file: 'units/fgw/plan.yaml',
    wrong: lines('    due: 2022-12-31', '    milestones:', '      - { by: 2022-06-30, percent: 50 }', '      - { by: 2022-04-30, percent: 30 }   # ← 日期早于上一个节点'),
    right: lines('    due: 2022-12-31', '    milestones:', '      - { by: 2022-04-30, percent: 30 }', '      - { by: 2022-06-30, percent: 50 }'),
  },
  'indicator-value-missing': {
    why: {
      zh: '指标数值按报送频次（frequency）填报，评估在应填报的报告中读取数值；应填未填的，该指标按 0 计分，不会沿用以前的数值。',
      en: "Indicator values are read from the reports that must carry them by the indicator's frequency; a value due and missing scores 0, and no older value is carried over.",
    },
    fix: {
      zh: '在该期报告的 indicators 中补充该指标的数值。数值确实按年统计的，在建标材料中把该指标的 frequency 写为 year，只在年度总结中填报。',
      en: "Add the indicator's value under indicators in that report. A value only counted yearly gets frequency: year in benchmark.yaml and is reported in the annual review.",
    },
    file: 'units/fgw/progress/2022-06.yaml',
    wrong: lines('indicators:', '  - { id: fixed-asset-growth, value: 11.2 }', '# ← 缺少 project-start-rate'),
    right: lines('indicators:', '  - { id: fixed-asset-growth, value: 11.2 }', '  - { id: project-start-rate, value: 92.5 }'),
  },
  'adjustment-unknown-unit': {
    why: {
      zh: '加减分记录的单位不存在，分数加不到任何单位上，该项加减分实际未生效。',
      en: 'An adjustment for a unit that does not exist applies to no one; the points are simply lost.',
    },
    fix: {
      zh: '按 units/ 下的文件夹名填写单位标识（注意拼写）；该单位尚未建立文件夹的，先建立其文件夹和 unit.yaml。',
      en: 'Use the unit id exactly as its folder under units/ is named (check the spelling); if the unit has no folder yet, create it with its unit.yaml.',
    },
    file: 'adjustments.yaml',
    wrong: lines('- { unit: fzw, points: 2, date: 2022-09-01, reason: 经验做法获国家发展改革委推广 }   # ← 应为 fgw'),
    right: lines('- { unit: fgw, points: 2, date: 2022-09-01, reason: 经验做法获国家发展改革委推广 }'),
  },
  // Kept with their rules.
  'unit-history-order': unitHistoryOrderExplanation,
  'number-noise': numberNoiseExplanation,
  ...revisionExplanations,
  ...yearlyExplanations,
  ...ROSTER_AND_CHAIN_EXPLANATIONS,
};

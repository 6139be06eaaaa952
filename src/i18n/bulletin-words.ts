// The words of the bulletins (通报) the office issues: the opening, the reasons, 附件, 下步工作, 要求, 版记.

export const bulletinWords = {
  docOpening: {
    zh: '根据《{plan}》要求，{organs}对{units}个成员单位{period}对标创建工作{action}，现将有关情况通报如下：',
    en: 'As the {plan} requires, {organs} {action} the work of the {units} member units for {period}. The findings are as follows:',
  },
  docPlan: { zh: '{title}实施方案', en: 'implementation plan of the {title}' },
  docOrgansJoint: { zh: '{office}会同{others}', en: '{office} together with {others}' },
  docActionMonthly: { zh: '推进情况进行了督查', en: 'inspected' },
  docActionQuarterly: { zh: '进行了评估', en: 'assessed' },
  docActionAnnual: { zh: '进行了年度评估', en: 'assessed for the year' },
  docListSeparator: { zh: '、', en: ', ' },
  docReasonSeparator: { zh: '；', en: '; ' },
  // 表扬和通报批评: each name with its reason
  docNamedWithReason: { zh: '{name}（{reason}）', en: '{name} ({reason})' },
  docScorePoints: { zh: '{score}分', en: '{score} points' },
  docReasonAllOnTime: { zh: '材料均按时报送', en: 'every document on time' },
  docReasonNoOverdue: { zh: '工作措施无逾期', en: 'no measure overdue' },
  docReasonMissing: { zh: '{document}未报送', en: '{document} missing' },
  docReasonLate: { zh: '{document}迟报{days}天', en: '{document} {days} days late' },
  docReasonLateUndated: { zh: '{document}迟报', en: '{document} late' },
  docReasonErrors: { zh: '{document}有{errors}处错误', en: '{document} with {errors} errors' },
  docReasonOverdue: { zh: '{count}项工作措施逾期未完成', en: '{count} measures overdue' },
  docReasonBonus: { zh: '加{points}分（{reason}）', en: 'bonus {points} ({reason})' },
  docReasonPenalty: { zh: '减{points}分（{reason}）', en: 'penalty {points} ({reason})' },
  docCountAndAnnex: { zh: '共{count}个，名单及理由见附件{annex}。', en: '{count} units; the list with the reasons is in annex {annex}.' },
  docAdjustLine: { zh: '（三）加减分。{items}', en: '(3) Bonus and penalty points. {items}' },
  docAdjustBonus: { zh: '{name}加{points}分（{reason}）', en: '{name} +{points} ({reason})' },
  docAdjustPenalty: { zh: '{name}减{points}分（{reason}）', en: '{name} −{points} ({reason})' },
  docAchievementsLine: {
    zh: '（{index}）创标成果。{count}项创标成果列为表扬推荐，由领导小组研究确定，详见表{table}。',
    en: '({index}) Achievements. {count} achievements are put forward for commendation, for the leading group to decide (table {table}).',
  },
  // tables and 附件
  docSeeTable: { zh: '具体情况见表{table}。', en: 'See table {table}.' },
  docTableCaption: { zh: '表{index}　{title}', en: 'Table {index}. {title}' },
  docRankingTable: { zh: '{period}各成员单位得分排名', en: 'Scores and ranks of the units, {period}' },
  docUnitsTable: { zh: '{period}各成员单位亮灯情况', en: 'Lights of the units, {period}' },
  docAchievementsTable: { zh: '{period}创标成果', en: 'Achievements, {period}' },
  docRankingSummary: {
    zh: '得分前{top}名：{first}；得分后{bottom}名：{last}。全部{count}个成员单位的得分和排名见附件{annex}。',
    en: 'The top {top}: {first}; the bottom {bottom}: {last}. The scores and ranks of all {count} units are in annex {annex}.',
  },
  docUnitsSummary: {
    zh: '亮红灯的成员单位{red}个、黄灯{yellow}个、绿灯{green}个，各成员单位亮灯情况及原因见附件{annex}。',
    en: '{red} units have a red light, {yellow} yellow, {green} green; every unit\'s light and its reasons are in annex {annex}.',
  },
  docAnnexNote: { zh: '附件：', en: 'Annexes:' },
  docAnnexNoteItem: { zh: '{index}. {title}', en: '{index}. {title}' },
  docAnnexLabel: { zh: '附件{index}', en: 'Annex {index}' },
  docAnnexCommend: { zh: '{period}受表扬的成员单位名单', en: 'Units commended, {period}' },
  docAnnexCallOut: { zh: '{period}被通报批评的成员单位名单', en: 'Units called out, {period}' },
  docAnnexChase: { zh: '逾期或受阻的工作措施清单', en: 'Measures overdue or blocked' },
  docAnnexMissing: { zh: '逾期未报材料清单', en: 'Documents overdue' },
  docAnnexErrors: { zh: '存在错误的已报送材料清单', en: 'Submitted documents with errors' },
  docDocumentCol: { zh: '材料', en: 'Document' },
  errorsListCol: { zh: '错误', en: 'Errors' },
  // 存在问题 in long lists
  docChaseSummary: {
    zh: '（一）工作措施逾期或受阻。{count}项工作措施逾期未完成或受阻，涉及{units}个成员单位，清单见附件{annex}。',
    en: '(1) Measures overdue or blocked: {count}, in {units} units; the list is in annex {annex}.',
  },
  docMissingSummary: {
    zh: '（二）材料未按时报送。{count}份材料逾期未报，涉及{units}个成员单位，清单见附件{annex}。',
    en: '(2) Documents not submitted: {count}, from {units} units; the list is in annex {annex}.',
  },
  docErrorsSummary: {
    zh: '（三）材料不规范。{count}份已报送材料存在错误，涉及{units}个成员单位，需修改后重新报送，清单见附件{annex}。',
    en: '(3) Documents with errors: {count}, from {units} units; correct and resubmit. The list is in annex {annex}.',
  },
  docErrorsWords: { zh: '{document}{errors}处错误：{messages}', en: '{document}, {errors} errors: {messages}' },
  docMoreErrors: { zh: '等', en: ' and more' },
  // 下步工作 and 要求
  docNextMonthly: {
    zh: '次月，各成员单位要对照本通报指出的问题逐项整改，按期推进工作措施，按时报送{month}月度进展。',
    en: 'Next month, every unit corrects the problems this bulletin names, keeps its measures on schedule and submits the progress report for {month} on time.',
  },
  docNextQuarterly: {
    zh: '下季度，各成员单位要对照本期评估发现的问题和指标差距，加快推进工作措施，确保{quarter}各项任务按期完成。',
    en: 'Next quarter, every unit works on the problems and indicator gaps this assessment found, so that the tasks of {quarter} are done on time.',
  },
  docNextAnnual: {
    zh: '下年度，各成员单位要总结{year}对标创建工作经验，对照评估结果动态更新对标创建工作方案，持续推进{next}对标创建工作。',
    en: 'Next year, every unit draws the lessons of {year}, updates its plan against this assessment and carries the work on into {next}.',
  },
  docRequirement: {
    zh: '被通报批评的成员单位要认真分析原因，制定整改措施，于{date}前将整改情况书面报送{office}。',
    en: 'Every unit called out analyses the causes, sets corrective measures and reports in writing to the {office} by {date}.',
  },
  // 版记
  docCopyTo: { zh: '抄送：{organs}。', en: 'Copy to: {organs}.' },
  docPrinted: { zh: '{date}印发', en: 'Issued {date}' },
} as const;

// The words of the year-end duties: 年终主要目标双重考核, the 五位一体 sheet, 表扬和推荐, the 经验做法汇编.
import type { Localized } from './index.js';

/** An indicator's direction (benchmark.yaml `direction`), as the rules, the wizard and the reports say it. */
export const directionWords = {
  higher: { zh: '越高越好', en: 'higher is better' },
  lower: { zh: '越低越好', en: 'lower is better' },
} as const satisfies Record<'higher' | 'lower', Localized>;

export const yearendWords = {
  // 双重考核 (四(二))
  targetsSection: { zh: '年终主要目标双重考核', en: 'Main targets of the year' },
  targetsNote: {
    zh: '年末数值按指标方向达到本年度目标值的为达标；没有年末数值的按未达标计。',
    en: 'A target is met when the year-end value reaches the year\'s target in the indicator\'s direction; a missing year-end value counts as not met.',
  },
  targetsCounts: { zh: '各成员单位主要目标达标情况（达标数/目标数）：{list}。', en: 'Targets met of total, by unit: {list}.' },
  targetsCount: { zh: '{name} {met}/{total}', en: '{name} {met}/{total}' },
  targetsEmpty: { zh: '本年度没有主要目标。', en: 'No main target for this year.' },
  targetsSheet: { zh: '主要目标', en: 'Targets' },
  directionCol: { zh: '指标方向', en: 'Direction' },
  yearEndCol: { zh: '年末数值', en: 'Year-end value' },
  metCol: { zh: '是否达标', en: 'Met' },
  met: { zh: '达标', en: 'met' },
  notMet: { zh: '未达标', en: 'not met' },
  noYearEnd: { zh: '未达标（无年末数值）', en: 'not met (no year-end value)' },
  'direction-higher': directionWords.higher,
  'direction-lower': directionWords.lower,
  // 五位一体
  fiveSection: { zh: '“五位一体”考核', en: 'For the "five-in-one" evaluation' },
  fiveNote: {
    zh: '各成员单位的得分、等次、排名和主要目标达标情况，列入年底“五位一体”考核内容。',
    en: 'Each unit\'s score, grade, rank and targets met go into the year-end "five-in-one" evaluation.',
  },
  fiveSheet: { zh: '五位一体', en: 'Five-in-one' },
  metCountCol: { zh: '达标数', en: 'Targets met' },
  targetCountCol: { zh: '目标数', en: 'Targets' },
  // 表扬和推荐 (四(三))
  commendSheet: { zh: '表扬名单', en: 'Commended' },
  nominationsSection: { zh: '推荐先进项目、先进团队、先进个人', en: 'Nominated projects, teams and people' },
  nominationsNote: {
    zh: '以下为各成员单位在年度总结中推荐的先进项目、先进团队、先进个人，由领导小组研究确定。',
    en: 'As the units nominate them in their annual reviews, for the leading group to decide.',
  },
  nominationsEmpty: { zh: '本年度没有报送推荐。', en: 'No nomination was made for this year.' },
  nominationsSheet: { zh: '推荐名单', en: 'Nominations' },
  nominationKindCol: { zh: '推荐类别', en: 'Kind' },
  nomineeCol: { zh: '名称', en: 'Name' },
  nominationReasonCol: { zh: '推荐理由', en: 'Reason' },
  'nomination-project': { zh: '先进项目', en: 'project' },
  'nomination-team': { zh: '先进团队', en: 'team' },
  'nomination-person': { zh: '先进个人', en: 'person' },
  // the bulletin
  docTargetsLine: {
    zh: '年终主要目标双重考核：{units}个成员单位共有主要目标{total}项，年末达标{met}项，详见表{table}。',
    en: 'Main targets of the year: the {units} units have {total} targets, {met} met at the year\'s end (table {table}).',
  },
  docTargetsAnnex: {
    zh: '年终主要目标双重考核：{units}个成员单位共有主要目标{total}项，年末达标{met}项，各单位情况见附件{annex}。',
    en: 'Main targets of the year: the {units} units have {total} targets, {met} met at the year\'s end (annex {annex}).',
  },
  docFiveTable: { zh: '{period}“五位一体”考核情况', en: 'For the "five-in-one" evaluation, {period}' },
  docNominationsLine: {
    zh: '（{index}）推荐。各成员单位共推荐先进项目、先进团队、先进个人{count}个，由领导小组研究确定：{items}。',
    en: '({index}) Nominations. The units nominate {count}, for the leading group to decide: {items}.',
  },
  docNomination: { zh: '{unit}推荐{kind}“{name}”（{reason}）', en: '{unit}: {kind} "{name}" ({reason})' },
  // 经验做法汇编 (三(四)2)
  experienceTitle: { zh: '{city}对标先进经验做法汇编', en: 'Compilation of experience learned from the benchmarks, {city}' },
  experienceIntro: {
    zh: '截至{asOf}，{units}个成员单位报送已学有所成的先进经验{learned}项、创标成果{achievements}项，按重点领域和建标学习对象所在地区汇编如下。',
    en: 'As of {asOf}, {units} units have reported {learned} learned experiences and {achievements} achievements, compiled below by domain and by the region of the benchmark.',
  },
  experienceEmpty: { zh: '尚无已学有所成的先进经验和创标成果。', en: 'No learned experience or achievement has been reported yet.' },
  experienceRegion: { zh: '（{index}）学习{region}', en: '({index}) Learned from {region}' },
  experienceNoDomain: { zh: '未定重点领域', en: 'No domain given' },
  experienceNoRegion: { zh: '未确定建标学习对象', en: 'no benchmark named' },
  experienceLearned: { zh: '{index}. {title}（{unit}，{year}）。{summary}', en: '{index}. {title} ({unit}, {year}). {summary}' },
  experienceAchievement: { zh: '{index}. {title}（{unit}，{year}，{level}{kind}）。{description}', en: '{index}. {title} ({unit}, {year}, {level} {kind}). {description}' },
  experienceMeasures: { zh: '来自工作措施：{titles}。', en: 'From the measures: {titles}.' },
  experienceNoMeasures: { zh: '未列出相关工作措施。', en: 'No measure is listed.' },
  experienceAchievementKind: { zh: '创标成果', en: 'achievement' },
} as const;

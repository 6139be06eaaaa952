// What a report says about the period and date it took when none was given (DESIGN §4).

export const periodWords = {
  periodDefaultMonth: {
    zh: '未指定月份（--month），取截至 {asOf} 最近已结束的月份：{period}。',
    en: 'No --month given: the latest month closed by {asOf}, {period}.',
  },
  periodDefaultQuarter: {
    zh: '未指定季度（--quarter），取截至 {asOf} 最近已结束的季度：{period}。',
    en: 'No --quarter given: the latest quarter closed by {asOf}, {period}.',
  },
  periodDefaultYear: {
    zh: '未指定年度（--year），取截至 {asOf} 最近已结束的年度：{period}。',
    en: 'No --year given: the latest year closed by {asOf}, {period}.',
  },
  periodDefaultScore: {
    zh: '未指定年度或季度（--year、--quarter），计算创建以来的累计得分（{start} 至 {asOf}）；最近已结束季度的得分用 --quarter {quarter}。',
    en: 'No --year or --quarter given: the score of the whole campaign so far ({start} to {asOf}); for the latest closed quarter use --quarter {quarter}.',
  },
} as const;

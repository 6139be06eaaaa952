import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findings, fixture, located, ROOT, SOUND, tempDir } from '../helpers.js';

describe('benchmark-late', () => {
  it('fires at submitted when the benchmark came after the deadline', () => {
    const list = findings(fixture('benchmark-submitted-late'));
    expect(located(list, 'benchmark-late')).toEqual(['units/fgw/benchmark.yaml:2']);
    expect(list.find((f) => f.rule === 'benchmark-late')?.message).toBe('建标材料报送日期 2022-01-06 晚于截止日期 2022-01-04，迟报 2 天。');
  });
  it('stays silent for a benchmark submitted on the deadline itself', () => {
    // zzb submitted on 2022-01-04, the deadline day: on or before counts as on time.
    expect(located(findings(SOUND), 'benchmark-late')).toEqual([]);
  });
});

describe('benchmark-missing', () => {
  it('fires with no line once the deadline has passed', () => {
    const list = findings(fixture('benchmark-missing'));
    expect(located(list, 'benchmark-missing')).toEqual(['units/fgw/benchmark.yaml:-']);
    expect(list.find((f) => f.rule === 'benchmark-missing')?.unit).toBe('fgw');
  });
  it('stays silent on the deadline day itself (pending)', () => {
    expect(located(findings(fixture('benchmark-missing'), { asOf: '2022-01-04' }), 'benchmark-missing')).toEqual([]);
  });
  it('counts a benchmark submitted after the as-of date as not there yet', () => {
    // fgw submitted 2022-01-03; as of 2022-01-02 it does not exist yet but is not due either.
    expect(located(findings(SOUND, { asOf: '2022-01-02' }), 'benchmark-missing')).toEqual([]);
    // zzb submitted 2022-01-04: as of 2022-01-05 it counts, so nothing is missing.
    expect(located(findings(SOUND, { asOf: '2022-01-05' }), 'benchmark-missing')).toEqual([]);
  });
});

describe('plan-missing', () => {
  it('fires at the path the plan should have, with no line', () => {
    const list = findings(fixture('plan-missing'));
    expect(located(list, 'plan-missing')).toEqual(['units/zzb/plan.yaml:-']);
    const finding = list.find((f) => f.rule === 'plan-missing')!;
    expect(finding).toMatchObject({ unit: 'zzb', line: null, column: null, severity: 'error', clause: '三(二)2' });
    expect(finding.message).toBe('对标创建工作方案应于 2022-02-15 前报送，截至 2023-03-01 未报送（已逾期 379 天）。请尽快报送。');
  });
  it('stays silent while the deadline has not passed (pending)', () => {
    expect(located(findings(fixture('plan-missing'), { asOf: '2022-02-15' }), 'plan-missing')).toEqual([]);
  });
  it('fires as of a date before a plan was submitted, when the deadline had passed by then', () => {
    // zzb's plan was submitted 2022-02-15; as of 2022-02-14 the deadline has not passed: pending, silent.
    expect(located(findings(SOUND, { asOf: '2022-02-14' }), 'plan-missing')).toEqual([]);
  });
});

describe('plan-late', () => {
  it('fires at submitted when the plan came after the deadline', () => {
    expect(located(findings(fixture('plan-submitted-late')), 'plan-late')).toEqual(['units/fgw/plan.yaml:2']);
  });
  it('stays silent for a plan submitted on the deadline day', () => {
    expect(located(findings(SOUND), 'plan-late')).toEqual([]);
  });
  it('a late plan is neither late nor missing as of a date before it was submitted', () => {
    const list = findings(fixture('plan-submitted-late'), { asOf: '2022-02-16' });
    expect(located(list, 'plan-late')).toEqual([]);
    expect(located(list, 'plan-missing')).toEqual(['units/fgw/plan.yaml:-']);
  });
});

describe('research-late', () => {
  it('research-late fires at the first trip when the trip came after the deadline', () => {
    const list = findings(fixture('research-trip-after-deadline'));
    expect(located(list, 'research-late')).toEqual(['units/zzb/research.yaml:5']);
    expect(list.find((f) => f.rule === 'research-late')?.message).toContain('2022-02-12');
  });
  it('research-late stays silent when trips and submission are on time', () => {
    expect(located(findings(SOUND), 'research-late')).toEqual([]);
  });
});

describe('research-missing', () => {
  it('fires for a unit without research.yaml once 2022-02-10 has passed', () => {
    expect(located(findings(fixture('research-missing')), 'research-missing')).toEqual(['units/zzb/research.yaml:-']);
    expect(located(findings(fixture('research-missing'), { asOf: '2022-02-10' }), 'research-missing')).toEqual([]);
  });
});

describe('progress-missing', () => {
  it('fires for the one month not submitted', () => {
    expect(located(findings(fixture('progress-month-missing')), 'progress-missing')).toEqual(['units/fgw/progress/2022-04.yaml:-']);
  });
  it('stays silent for a month whose due date (5th of next month) has not passed', () => {
    expect(located(findings(fixture('progress-month-missing'), { asOf: '2022-05-05' }), 'progress-missing')).toEqual([]);
    expect(located(findings(fixture('progress-month-missing'), { asOf: '2022-05-06' }), 'progress-missing')).toEqual([
      'units/fgw/progress/2022-04.yaml:-',
    ]);
  });
});

describe('progress-missing, in a quarterly stretch', () => {
  // The example reports by quarter from 2025 (campaign.yaml progress, every: quarter, due the 10th):
  // 2026-06.yaml is the second quarter's report, so its message names a quarter's report, not a month's.
  it('names the quarter\'s report as such, in both languages', () => {
    const dir = tempDir();
    cpSync(join(ROOT, 'examples', 'ordos'), dir, { recursive: true });
    rmSync(join(dir, 'units', 'fgw', 'progress', '2026-06.yaml'));
    const missing = (lang: 'zh' | 'en') => findings(dir, { asOf: '2026-12-04', lang }).filter((f) => f.rule === 'progress-missing' && f.file === 'units/fgw/progress/2026-06.yaml');
    expect(missing('zh').map((f) => f.message)).toEqual(['2026-06 季度进展应于 2026-07-10 前报送，截至 2026-12-04 未报送（已逾期 147 天）。请尽快报送。']);
    expect(missing('en').map((f) => f.message)).toEqual(['The quarterly progress report for 2026-06 was due by 2026-07-10 and had not been submitted by 2026-12-04 (147 days overdue). Submit it now.']);
  });
});

describe('progress-late', () => {
  it('fires at submitted of a month sent after the 5th', () => {
    expect(located(findings(fixture('progress-submitted-late')), 'progress-late')).toEqual(['units/zzb/progress/2022-05.yaml:3']);
  });
  it('stays silent for a month sent on the 5th', () => {
    // fgw's April report came on 2022-05-05, the due day.
    expect(located(findings(SOUND), 'progress-late')).toEqual([]);
  });
});

describe('annual-missing', () => {
  it('fires once 01-31 of the next year has passed', () => {
    expect(located(findings(fixture('annual-missing')), 'annual-missing')).toEqual(['units/fgw/annual/2022.yaml:-']);
    expect(located(findings(fixture('annual-missing'), { asOf: '2023-01-31' }), 'annual-missing')).toEqual([]);
  });
});

describe('annual-late', () => {
  it('fires at submitted of a review sent after 01-31', () => {
    expect(located(findings(fixture('annual-submitted-late')), 'annual-late')).toEqual(['units/zzb/annual/2022.yaml:3']);
  });
  it('stays silent for a review sent in January', () => {
    expect(located(findings(SOUND), 'annual-late')).toEqual([]);
  });
});

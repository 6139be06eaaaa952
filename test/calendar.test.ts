// Working days: the embedded holiday table against an independent dataset, rollover of recurring due dates.
import chineseDays from 'chinese-days';
import { describe, expect, it } from 'vitest';
import { addDays, isIsoDate, isValidTimeZone, lastDayOfMonth } from '../src/calendar/dates.js';
import { HOLIDAY_NOTICES } from '../src/calendar/holidays.js';
import { annualDueDate, progressDueDate, yearsLackingHolidayData } from '../src/calendar/schedule.js';
import { hasHolidayData, isRestDay, rollOver, workdayOnOrAfter } from '../src/calendar/workdays.js';
import { defaultCampaignDoc, resolveCampaign } from '../src/load/campaign.js';
import type { Campaign, CalendarSettings } from '../src/model/types.js';
import { campaignWith, cli, SOUND } from './helpers.js';
import { runCheck, yearRanges } from '../src/rules/check.js';

const ordos = (calendar?: Partial<CalendarSettings>, overrides: Partial<Campaign> = {}): Campaign => {
  const campaign = resolveCampaign(defaultCampaignDoc());
  return { ...campaign, ...overrides, calendar: { ...campaign.calendar, ...calendar } };
};

describe('time zones', () => {
  it('accepts what Intl accepts: canonical names from its list, aliases and other cases through a formatter', () => {
    for (const zone of ['Asia/Shanghai', 'UTC', 'Asia/Chongqing', 'asia/shanghai', 'Etc/UTC']) expect(isValidTimeZone(zone), zone).toBe(true);
    for (const zone of ['Mars/Olympus', '', 'Asia/Shang hai', 'GMT+8:00:00']) expect(isValidTimeZone(zone), zone).toBe(false);
  });
});

describe('the holiday table', () => {
  it('names each year\'s State Council notice, from 2021 on, one year after another', () => {
    const years = HOLIDAY_NOTICES.map((n) => n.year);
    expect(years[0]).toBe(2021);
    expect(years).toEqual(years.map((_, i) => 2021 + i));
    for (const notice of HOLIDAY_NOTICES) expect(notice.notice).toBe(`国务院办公厅关于${notice.year}年部分节假日安排的通知`);
  });
  it('agrees with the chinese-days dataset on every day of every year it covers (rest or working)', () => {
    const disagreements: string[] = [];
    for (const { year } of HOLIDAY_NOTICES) {
      for (let day = `${year}-01-01`; day <= `${year}-12-31`; day = addDays(day, 1)) {
        const theirs = !chineseDays.isWorkday(day);
        if (isRestDay(day) !== theirs) disagreements.push(`${day}: ours ${isRestDay(day) ? 'rest' : 'work'}`);
      }
    }
    expect(disagreements).toEqual([]);
  });
  it('lists as 调休 working days only weekend days', () => {
    for (const notice of HOLIDAY_NOTICES) {
      for (const day of notice.work) expect([0, 6], day).toContain(new Date(`${day}T00:00:00Z`).getUTCDay());
    }
  });
});

describe('working days', () => {
  it('weekends rest unless a 调休 working day; holidays rest', () => {
    expect(isRestDay('2022-04-05')).toBe(true); // 清明
    expect(isRestDay('2022-10-08')).toBe(false); // 调休 Saturday
    expect(isRestDay('2022-10-15')).toBe(true); // an ordinary Saturday
    expect(isRestDay('2022-10-10')).toBe(false); // an ordinary Monday
  });
  it('campaign.yaml calendar adds rest days and working days, and covers the year it names', () => {
    const settings: CalendarSettings = { rollover: 'next-workday', holidays: ['2027-10-01'], workdays: ['2027-10-09'] };
    expect(isRestDay('2027-10-01', settings)).toBe(true); // a Friday made a rest day
    expect(isRestDay('2027-10-09', settings)).toBe(false); // a Saturday made a working day
    expect(hasHolidayData(2027, settings)).toBe(true);
    expect(hasHolidayData(2027)).toBe(false);
    expect(workdayOnOrAfter('2027-10-01', settings)).toBe('2027-10-04');
  });
  it('a year the table does not cover moves past weekends only', () => {
    // 2027-10-02 is a Saturday: Monday 2027-10-04, whatever the holiday that year.
    expect(rollOver('2027-10-02', { rollover: 'next-workday', holidays: [], workdays: [] })).toBe('2027-10-04');
    expect(rollOver('2027-10-02', { rollover: 'none', holidays: [], workdays: [] })).toBe('2027-10-02');
  });
});

describe('recurring due dates roll over to the next working day', () => {
  it('2022-03 progress, due 2022-04-05 (清明), is due 2022-04-06', () => {
    expect(progressDueDate(ordos(), '2022-03')).toBe('2022-04-06');
  });
  it('2022-09 progress, due 2022-10-05 (国庆), is due 2022-10-08, a 调休 Saturday', () => {
    expect(progressDueDate(ordos(), '2022-09')).toBe('2022-10-08');
  });
  it('the 2024 annual review, due 2025-01-31 (春节 1-28…2-04), is due 2025-02-05', () => {
    expect(annualDueDate(ordos(), 2024)).toBe('2025-02-05');
  });
  it('a due date on a working day stays', () => {
    expect(progressDueDate(ordos(), '2022-04')).toBe('2022-05-05'); // Thursday
  });
  it('rollover: none keeps the written date', () => {
    expect(progressDueDate(ordos({ rollover: 'none' }), '2022-03')).toBe('2022-04-05');
    expect(annualDueDate(ordos({ rollover: 'none' }), 2024)).toBe('2025-01-31');
  });
  it('names the years whose due dates, up to the as-of date, lack holiday data', () => {
    const forever = ordos({}, { progress: [{ first: '2022-03', last: null, every: 'month', due_day: 5 }] });
    expect(yearsLackingHolidayData(forever, '2026-12-31')).toEqual([]);
    expect(yearsLackingHolidayData(forever, '2027-02-10')).toEqual([2027]);
    expect(yearsLackingHolidayData(ordos({ rollover: 'none' }, { progress: forever.progress }), '2027-02-10')).toEqual([]);
    expect(yearsLackingHolidayData(ordos({ holidays: ['2027-02-06'] }, { progress: forever.progress }), '2027-02-10')).toEqual([]);
  });
});

describe('lateness follows the rolled-over date', () => {
  it('a progress report filed on the next working day after a holiday due date is not late', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const file = join(SOUND, 'units', 'fgw', 'progress', '2022-03.yaml');
    const text = readFileSync(file, 'utf8').replace(/^submitted: .*$/m, 'submitted: 2022-04-06');
    const late = (path: string) => runCheck(path, { lang: 'zh', asOf: '2023-03-01' }).result.findings.filter((f) => f.rule === 'progress-late');
    const onNextWorkday = campaignWith({ 'units/fgw/progress/2022-03.yaml': text });
    expect(late(onNextWorkday)).toEqual([]);
    const dayAfter = campaignWith({ 'units/fgw/progress/2022-03.yaml': text.replace('2022-04-06', '2022-04-07') });
    expect(late(dayAfter).map((f) => [f.rule, f.file, f.line])).toEqual([['progress-late', 'units/fgw/progress/2022-03.yaml', 3]]);
  });
  it('the command says once on stderr which year lacks holiday data (2027 here), and only then', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const campaign = readFileSync(join(SOUND, 'campaign.yaml'), 'utf8').replace('last: 2022-05', 'last: null');
    const dir = campaignWith({ 'campaign.yaml': campaign });
    const in2027 = cli(['check', dir, '--as-of', '2027-02-10', '--format', 'json']);
    const notes = in2027.stderr.split('\n').filter((line) => line.includes('2027'));
    expect(notes).toEqual(['提示：未内置 2027 年的节假日安排（内置至 2026 年），这些年份的报送截止日遇休息日只按周末顺延。可在 campaign.yaml 的 calendar.holidays 和 calendar.workdays 中补充。']);
    expect(runCheck(dir, { lang: 'en', asOf: '2027-02-10' }).notes).toEqual([{ id: 'holidayDataMissing', data: { years: '2027', last: 2026 } }]);
    expect(cli(['check', dir, '--as-of', '2026-12-31', '--format', 'json']).stderr).toBe('');
  });
  // Issue 25, item 9: `check --as-of 2100-12-31` printed 74 notes, one a year.
  it('says it once, naming the years, however many lack holiday data', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const campaign = readFileSync(join(SOUND, 'campaign.yaml'), 'utf8').replace('last: 2022-05', 'last: null');
    const dir = campaignWith({ 'campaign.yaml': campaign });
    const result = cli(['check', dir, '--as-of', '2100-12-31', '--format', 'json']);
    expect(result.stderr.split('\n').filter(Boolean)).toEqual([
      '提示：未内置 2027–2100 年的节假日安排（内置至 2026 年），这些年份的报送截止日遇休息日只按周末顺延。可在 campaign.yaml 的 calendar.holidays 和 calendar.workdays 中补充。',
    ]);
    expect(yearRanges([2031, 2027, 2028, 2029, 2027])).toBe('2027–2029, 2031');
  });
});

describe('dates written YYYY-MM-DD', () => {
  it('are real calendar dates in ASCII digits, nothing else', () => {
    const real = ['2022-02-28', '2024-02-29', '2000-02-29', '2022-12-31', '2022-01-01'];
    // Not a real day (2023 and 1900 are no leap years), another form, full-width digits, spaces.
    const not = ['2023-02-29', '1900-02-29', '2022-02-30', '2022-04-31', '2022-13-01', '2022-00-10', '2022-01-00', '2022-2-14', '2022/02/14', '２０２２-01-01', ' 2022-01-01', '2022-01-01 ', '2022-01-1a', '20220101', '', 20220101, null];
    expect(real.filter((date) => !isIsoDate(date))).toEqual([]);
    expect(not.filter((date) => isIsoDate(date))).toEqual([]);
  });
  it('end each month on its last day, leap years included', () => {
    expect(['2022-02', '2024-02', '2100-02', '2000-02', '2022-04', '2022-12'].map(lastDayOfMonth)).toEqual([
      '2022-02-28',
      '2024-02-29',
      '2100-02-28',
      '2000-02-29',
      '2022-04-30',
      '2022-12-31',
    ]);
  });
});

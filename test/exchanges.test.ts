// 人员交流 (三(三)2) as the seed names it: 走出去/请进来 counted by direction (and those not stated), the
// people seconded listed in the annual report; 创标成果 told apart as 经验/模式/标杆 (三(四)1).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, findings, fixture, SOUND_AS_OF } from './helpers.js';

// exchanges-with-direction-and-people, over the sound campaign:
//   fgw progress/2022-03: cadre-secondment 2022-03-15, count 1, out, people 王强 2022-03-15…2022-09-14
//   zzb progress/2022-04: talent 2022-04-20, count 3, in
//   fgw annual/2022:      cadre-secondment 2022-09-10, count 1, direction not stated, people 李敏 from 2022-09-10
const FIXTURE = 'exchanges-with-direction-and-people';

const json = (args: string[]) => JSON.parse(cli([...args, '--as-of', SOUND_AS_OF, '--format', 'json']).stdout);

describe('exchanges by direction', () => {
  it('the files with direction, people and an achievement kind are valid', () => {
    expect(findings(fixture(FIXTURE))).toEqual([]);
  });
  it('the annual report counts 2022 by direction: out 1, in 3, not stated 1, per unit and in all', () => {
    const annual = json(['report', 'annual', fixture(FIXTURE), '--year', '2022']);
    expect(annual.exchanges).toEqual({
      out: 1,
      in: 3,
      unstated: 1,
      units: [
        { unit: 'zzb', name: '中共测试市委组织部', short: '中共测试市委组织部', out: 0, in: 3, unstated: 0 },
        { unit: 'fgw', name: '测试市发展和改革委员会', short: '测试市发展和改革委员会', out: 1, in: 0, unstated: 1 },
      ],
    });
  });
  it('the quarterly bulletin counts only the quarter: 2022-Q1 has fgw\'s one going out', () => {
    const quarterly = json(['report', 'quarterly', fixture(FIXTURE), '--quarter', '2022-Q1']);
    expect([quarterly.exchanges.out, quarterly.exchanges.in, quarterly.exchanges.unstated]).toEqual([1, 0, 0]);
  });
  it('says the counts in words, in both languages', () => {
    const zh = cli(['report', 'annual', fixture(FIXTURE), '--year', '2022', '--as-of', SOUND_AS_OF]).stdout;
    expect(zh).toContain('本期人员交流共5次（人次）：走出去1，请进来3，未注明方向1。');
    const en = cli(['report', 'annual', fixture(FIXTURE), '--year', '2022', '--as-of', SOUND_AS_OF, '--lang', 'en']).stdout;
    expect(en).toContain('Exchanges this period: 5 (times or people): 1 going out, 3 invited in, 1 with no direction stated.');
  });
  it('a direction written in Chinese is a located schema error naming the value to write', () => {
    const dir = fixture(FIXTURE);
    const file = join(dir, 'units', 'fgw', 'progress', '2022-03.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('direction: out', 'direction: 走出去'));
    const list = findings(dir).filter((f) => f.rule === 'schema');
    expect(list.map((f) => `${f.file}:${f.line}`)).toEqual(['units/fgw/progress/2022-03.yaml:14']);
    expect(list[0]!.message).toContain('out');
  });
});

describe('people seconded', () => {
  it('the annual report lists the people whose term falls in the year, with post and dates', () => {
    const annual = json(['report', 'annual', fixture(FIXTURE), '--year', '2022']);
    expect(annual.seconded.map((p: { unit: string; person: string; post: string; from: string; until: string | null }) => [p.unit, p.person, p.post, p.from, p.until])).toEqual([
      ['fgw', '王强', '榆林市发展和改革委员会项目科副科长', '2022-03-15', '2022-09-14'],
      ['fgw', '李敏', '榆林市行政审批服务局审批科科长', '2022-09-10', null],
    ]);
    const md = cli(['report', 'annual', fixture(FIXTURE), '--year', '2022', '--as-of', SOUND_AS_OF, '--format', 'md']).stdout;
    expect(md).toContain('| 测试市发展和改革委员会 | 王强 | 榆林市发展和改革委员会项目科副科长 | 干部互派 | 2022年3月15日 | 2022年9月14日 |');
  });
});

describe('achievement kinds', () => {
  it('are carried into the annual report and named 经验/模式/标杆', () => {
    const annual = json(['report', 'annual', fixture(FIXTURE), '--year', '2022']);
    expect(annual.achievements).toEqual([{ unit: 'fgw', title: '项目储备“三个一批”机制', level: 'city', kind: 'model', description: '在全市推广。' }]);
    const md = cli(['report', 'annual', fixture(FIXTURE), '--year', '2022', '--as-of', SOUND_AS_OF, '--format', 'md']).stdout;
    expect(md).toContain('| 测试市发展和改革委员会 | 项目储备“三个一批”机制 | 模式 | 市级 | 在全市推广。 |');
  });
});

// The research → plan chain (三(二)1–2): contact and trips before the research is sent, trips to the
// benchmark, and the plan after the research it rests on. Lines are those of the fixture files.
import { describe, expect, it } from 'vitest';
import { namesRegion } from '../../src/rules/chain.js';
import { runCheck } from '../../src/rules/check.js';
import { findings, fixture, located, ROOT, SOUND } from '../helpers.js';
import { join } from 'node:path';

const CHAIN = ['research-contact-late', 'trip-after-submission', 'trip-before-campaign', 'trip-not-to-benchmark', 'plan-before-research'];

describe('the chain rules on the sound campaign and the example', () => {
  it('stay silent on both', () => {
    const sound = findings(SOUND);
    const ordos = runCheck(join(ROOT, 'examples', 'ordos'), { lang: 'zh', asOf: '2024-03-01' }).result.findings;
    for (const rule of CHAIN) {
      expect(located(sound, rule), rule).toEqual([]);
      expect(located(ordos, rule), rule).toEqual([]);
    }
  });
});

describe('research-contact-late', () => {
  it('fires when the contact is dated after the research was submitted (2022-02-10 > 2022-02-09)', () => {
    const list = findings(fixture('research-contact-after-submission'));
    expect(located(list, 'research-contact-late')).toEqual(['units/fgw/research.yaml:3']);
    expect(list.find((f) => f.rule === 'research-contact-late')!.message).toBe(
      '建立工作联系的日期 2022-02-10 晚于调研材料的报送日期 2022-02-09：报送的材料不能记载尚未发生的联系。请核对日期。',
    );
  });
  it('fires when the contact is dated after the research deadline (2022-02-11 > 2022-02-10)', () => {
    const list = runCheck(fixture('research-contact-after-deadline'), { lang: 'en', asOf: '2023-03-01' }).result.findings;
    expect(located(list, 'research-contact-late')).toEqual(['units/fgw/research.yaml:3']);
    expect(list.find((f) => f.rule === 'research-contact-late')!.message).toBe(
      'The contact was established on 2022-02-11, after the research deadline of 2022-02-10. The plan asks for contact with the benchmark by 2022-02-10; check the date.',
    );
  });
});

describe('trip-after-submission', () => {
  it('fires at a trip dated after research.yaml was submitted (2022-02-10 > 2022-02-09)', () => {
    const list = findings(fixture('research-trip-after-submission'));
    expect(located(list, 'trip-after-submission')).toEqual(['units/fgw/research.yaml:5']);
    expect(list.find((f) => f.rule === 'trip-after-submission')!.severity).toBe('error');
  });
});

describe('trip-before-campaign', () => {
  it('fires at a trip dated before the build phase began (2021-11-20 < 2021-12-21)', () => {
    const list = findings(fixture('research-trip-before-campaign'));
    expect(located(list, 'trip-before-campaign')).toEqual(['units/fgw/research.yaml:5']);
    expect(list.find((f) => f.rule === 'trip-before-campaign')!.message).toContain('2021-12-21');
  });
});

describe('trip-not-to-benchmark', () => {
  it('fires when no trip goes to the benchmark (陕西省榆林市) or a highlight (江苏省徐州市)', () => {
    const list = findings(fixture('research-trip-elsewhere'));
    expect(located(list, 'trip-not-to-benchmark')).toEqual(['units/fgw/research.yaml:5']);
    expect(list.find((f) => f.rule === 'trip-not-to-benchmark')!.message).toBe(
      '调研地点（山西省大同市）都不是建标学习对象所在的陕西省榆林市、江苏省徐州市。实施方案要求“走出去”向建标学习对象学习，请至少赴建标学习对象开展一次专题调研，或核对调研地点的写法。',
    );
  });
  it('accepts a trip to a highlight, named by its city without the province', () => {
    expect(located(findings(fixture('research-trip-to-highlight')), 'trip-not-to-benchmark')).toEqual([]);
  });
  it('reads a destination as naming a region with or without its province', () => {
    expect(namesRegion('榆林市', '陕西省榆林市')).toBe(true);
    expect(namesRegion('陕西省榆林市发展和改革委员会', '陕西省榆林市')).toBe(true);
    expect(namesRegion('榆林', '陕西省榆林市')).toBe(true);
    expect(namesRegion('浙江省宁波市', '内蒙古自治区包头市')).toBe(false);
    expect(namesRegion('包头市', '内蒙古自治区包头市')).toBe(true);
  });
});

describe('plan-before-research', () => {
  it('fires at the plan submitted before the research (2022-02-08 < 2022-02-09)', () => {
    const list = findings(fixture('plan-submitted-before-research'));
    expect(located(list, 'plan-before-research')).toEqual(['units/fgw/plan.yaml:2']);
    expect(list.find((f) => f.rule === 'plan-before-research')!.message).toBe(
      '方案报送日期 2022-02-08 早于调研材料报送日期 2022-02-09。实施方案要求“方案制定前要根据学习调研成果”，请先完成并报送调研，再据此制定方案。',
    );
  });
  it('judges by the research as sent even when it is not yet counted as of the as-of date', () => {
    expect(located(findings(fixture('plan-submitted-before-research'), { asOf: '2022-02-08' }), 'plan-before-research')).toEqual(['units/fgw/plan.yaml:2']);
  });
});

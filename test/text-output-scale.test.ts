// Issue 25, item 10: text output was quadratic, and listed 20,003 warnings one by one for 20,000 stray
// files (47 s); a plan of 8,000 measures did not finish a text check in 30 s (JSON did). Findings of
// one rule in one unit are now counted past a threshold in text and Markdown (JSON keeps every one), and
// wrapping measures each token once: string-width is counted here, so the work is shown, not timed.
import { describe, expect, it, vi } from 'vitest';
import type { Finding } from '../src/model/finding.js';
import type { CheckResult } from '../src/rules/check.js';
import { renderCheckJson, renderCheckMd, renderCheckText } from '../src/render/findings.js';
import { painter } from '../src/render/color.js';
import { wrapText } from '../src/render/wrap.js';

const measured = { characters: 0, calls: 0 };
vi.mock('string-width', async (importOriginal) => {
  const real = (await importOriginal<typeof import('string-width')>()).default;
  return {
    default: (text: string) => {
      measured.calls++;
      measured.characters += text.length;
      return real(text);
    },
  };
});

function resultOf(findings: Finding[]): CheckResult {
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  return { campaign: 'c', asOf: '2023-03-01', findings, summary: { units: 1, files: 1, errors: findings.length - warnings, warnings, infos: 0 } };
}

const stray = (i: number): Finding => ({
  rule: 'file-unknown', severity: 'warning', unit: 'fgw', file: `units/fgw/x${i}.txt`, line: null, column: null, clause: null,
  message: `不认识的文件“units/fgw/x${i}.txt”，未读取。成员单位文件夹只应有 unit.yaml、benchmark.yaml、research.yaml、plan.yaml 和 progress/、annual/ 文件夹。`,
});
const unquantified = (i: number): Finding => ({
  rule: 'measure-unquantified', severity: 'error', unit: 'fgw', file: 'units/fgw/plan.yaml', line: 10 + 5 * i, column: 5, clause: '三(二)2',
  message: `工作措施“x${i}”既没有关联对标指标（indicator），也没有量化产出（quantity），不符合“量化到事”的要求。`,
});

describe('many findings of one kind', () => {
  it('are counted in one line past a threshold in text and Markdown, and all kept in JSON', () => {
    const result = resultOf(Array.from({ length: 20_000 }, (_, i) => stray(i)));
    const options = { lang: 'zh' as const, paint: painter(0), width: 200 };
    const text = renderCheckText(result, options);
    expect(text).toContain('units/fgw 下有 20000 个无关文件或文件夹，以上只列出前 20 个；--format json 列出全部。');
    expect(text.match(/^units\/fgw\/x\d+\.txt$/gm)).toHaveLength(20);
    const md = renderCheckMd(result, options);
    expect(md.match(/^\| units\/fgw\/x/gm)).toHaveLength(20);
    expect(md).toContain('- units/fgw 下有 20000 个无关文件或文件夹');
    expect(JSON.parse(renderCheckJson(result)).findings).toHaveLength(20_000);
    const en = renderCheckText(result, { ...options, lang: 'en' });
    expect(en).toContain('units/fgw holds 20000 files or folders ebz does not know; only the first 20 are listed above. --format json lists them all.');
  });

  it('in one file name the file, and a few are all listed', () => {
    const options = { lang: 'zh' as const, paint: painter(0), width: 200 };
    const many = renderCheckText(resultOf(Array.from({ length: 8000 }, (_, i) => unquantified(i))), options);
    expect(many).toContain('units/fgw/plan.yaml：“measure-unquantified”类问题共 8000 条，以上只列出前 20 条；--format json 列出全部。');
    const few = renderCheckText(resultOf(Array.from({ length: 50 }, (_, i) => unquantified(i))), options);
    expect(few.match(/measure-unquantified/g)).toHaveLength(50);
    expect(few).not.toContain('以上只列出');
  });
});

describe('wrapping', () => {
  it('measures each character a bounded number of times, however long the text', () => {
    for (const text of ['调研'.repeat(20_000), 'word '.repeat(20_000), `${'a'.repeat(50_000)} 中文，标点（括号）`.repeat(2)]) {
      measured.characters = 0;
      const lines = wrapText(text, 80);
      expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
      // The old wrapping measured the whole line again for every token: about 40 times each character here.
      expect(measured.characters).toBeLessThan(4 * text.length);
    }
  });
});

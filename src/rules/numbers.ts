// number-noise: a value pasted from a spreadsheet with its binary noise (10.500000001), named as meant.
import type { SourceFile } from '../load/source.js';
import type { DataPath } from '../load/yaml.js';
import { meantNumber } from '../model/precision.js';
import type { UnitRule } from './types.js';

/** Every number in `data` that carries noise, with its path and the value meant. */
function* noisyNumbers(data: unknown, path: DataPath = []): Generator<{ path: DataPath; value: number; meant: number }> {
  if (typeof data === 'number') {
    const meant = meantNumber(data);
    if (meant !== undefined) yield { path, value: data, meant };
  } else if (Array.isArray(data)) {
    for (let i = 0; i < data.length; i++) yield* noisyNumbers(data[i], [...path, i]);
  } else if (data !== null && typeof data === 'object') {
    for (const [key, value] of Object.entries(data)) yield* noisyNumbers(value, [...path, key]);
  }
}

export const numberNoise: UnitRule = {
  id: 'number-noise',
  scope: 'unit',
  severity: 'warning',
  clause: '三(一)2',
  description: {
    zh: '数值带有电子表格复制带来的尾数（如 10.500000001），应写作本来的数（10.5）。',
    en: 'A number carries the trailing digits a spreadsheet copy leaves (10.500000001); write the number meant (10.5).',
  },
  messages: {
    noise: {
      zh: '数值 {value} 带有电子表格复制带来的尾数，应写作 {meant}。',
      en: 'The number {value} carries the trailing digits of a spreadsheet copy; write {meant}.',
    },
  },
  explain: {
    why: {
      zh: '从电子表格复制的数值常带有 10.500000001 这样的尾数。报告按原数印出，评估也按原数计算，通报中出现这样的数字不够严肃。',
      en: 'Numbers copied from a spreadsheet often carry tails like 10.500000001. Reports would print them as they stand, which does not belong in an official bulletin.',
    },
    fix: {
      zh: '把数值改为本来的数，按指标的精度填写，如 10.5。从电子表格复制时，先把单元格设为所需的小数位数，或直接输入数值。',
      en: 'Write the number meant, at the precision of its indicator: 10.5. When copying from a spreadsheet, set the cells to the decimals needed first, or type the value.',
    },
    file: 'units/fgw/progress/2022-06.yaml',
    wrong: ['indicators:', '  - { id: fixed-asset-growth, value: 10.500000001 }   # ← 电子表格尾数'].join('\n'),
    right: ['indicators:', '  - { id: fixed-asset-growth, value: 10.5 }'].join('\n'),
  },
  check({ unit, report }) {
    const { profile, benchmark, research, plan, progress, annual } = unit.folder;
    const files = [profile, benchmark, research, plan, ...progress.values(), ...annual.values()].filter((f): f is SourceFile => f !== undefined);
    for (const source of files) {
      for (const { path, value, meant } of noisyNumbers(source.data)) report({ source, path }, 'noise', { value: String(value), meant: String(meant) });
    }
  },
};


// adjustment-unknown-unit: every bonus or penalty is for a unit that exists.
import { nearest } from '../load/validate.js';
import type { Adjustment } from '../model/types.js';
import { lines, type CampaignRule } from './types.js';

export const adjustmentUnknownUnit: CampaignRule = {
  id: 'adjustment-unknown-unit',
  scope: 'campaign',
  severity: 'error',
  clause: null,
  description: { zh: '加减分记录中的成员单位在 units/ 下没有文件夹。', en: 'adjustments.yaml names a unit that has no folder.' },
  messages: {
    unknown: { zh: '加减分记录中的成员单位“{unit}”在 units/ 下没有文件夹。{hint}', en: 'adjustments.yaml names the unit "{unit}", which has no folder in units/. {hint}' },
  },
  explain: {
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
  localize(data, lang) {
    if (!data.suggestion) return { ...data, hint: '' };
    return { ...data, hint: lang === 'zh' ? `是否应为“${data.suggestion}”？` : `Did you mean "${data.suggestion}"?` };
  },
  check({ state, report }) {
    const file = state.loaded.adjustments;
    if (!file?.valid || state.loaded.layout !== 'campaign') return;
    // Every unit folder's name, also those a scoped check did not read (Workspace.unitIds).
    const ids = state.loaded.unitIds;
    (file.data as Adjustment[]).forEach((adjustment, i) => {
      if (!ids.includes(adjustment.unit)) {
        report({ source: file, path: [i, 'unit'] }, 'unknown', { unit: adjustment.unit, suggestion: nearest(adjustment.unit, ids) ?? '' });
      }
    });
  },
};

// adjustment-unknown-unit: every bonus or penalty is for a unit that exists.
import { nearest } from '../load/validate.js';
import type { Adjustment } from '../model/types.js';
import type { CampaignRule } from './types.js';

export const adjustmentUnknownUnit: CampaignRule = {
  id: 'adjustment-unknown-unit',
  scope: 'campaign',
  severity: 'error',
  clause: null,
  description: { zh: '加减分记录中的成员单位在 units/ 下没有文件夹。', en: 'adjustments.yaml names a unit that has no folder.' },
  messages: {
    unknown: { zh: '加减分记录中的成员单位“{unit}”在 units/ 下没有文件夹。{hint}', en: 'adjustments.yaml names the unit "{unit}", which has no folder in units/. {hint}' },
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

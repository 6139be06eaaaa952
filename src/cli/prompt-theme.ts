// The wizard's prompts in the user's language: inquirer's key hints (↑↓ navigate • ⏎ select) are words too.
import type { Lang } from '../i18n/index.js';

const KEY_WORDS: Record<string, Record<Lang, string>> = {
  navigate: { zh: '移动', en: 'navigate' },
  select: { zh: '选择', en: 'select' },
  move: { zh: '移动', en: 'move' },
  toggle: { zh: '勾选', en: 'toggle' },
  submit: { zh: '确认', en: 'submit' },
  'all': { zh: '全选', en: 'all' },
  invert: { zh: '反选', en: 'invert' },
};

/** The hint line under a list: each key with its action, in the language, as inquirer lays it out. */
export function keysHelpTip(lang: Lang): (keys: [key: string, action: string][]) => string {
  return (keys) => keys.map(([key, action]) => `${key} ${KEY_WORDS[action]?.[lang] ?? action}`).join(' • ');
}

/** The theme of a select prompt for `lang`. */
export function selectTheme(lang: Lang) {
  return { style: { keysHelpTip: keysHelpTip(lang) } };
}

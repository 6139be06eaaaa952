// The wizard's prompts in the user's language: inquirer's key hints (↑↓ navigate • ⏎ select) are words too.
import type { Prompter } from '../authoring/wizard.js';
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

const YES = /^(是|是的|对|好|y|yes)$/i;
const NO = /^(否|不|不是|不用|n|no)$/i;

/** A yes-or-no question in Chinese: typed 是 or 否, as a clerk answers, with the default shown. */
function yesNoZh(input: (q: { message: string; default?: string; validate?: (v: string) => true | string }) => Promise<string>) {
  return async (q: { message: string; default?: boolean }): Promise<boolean> => {
    const answer = await input({
      message: `${q.message}（是/否）`,
      default: q.default === undefined ? undefined : q.default ? '是' : '否',
      validate: (value) => (YES.test(value.trim()) || NO.test(value.trim()) ? true : '请回答“是”或“否”。'),
    });
    return YES.test(answer.trim());
  };
}

/** inquirer's prompts in the user's language: key hints translated, yes or no read 是/否 in Chinese. */
export async function inquirerPrompter(lang: Lang): Promise<Prompter> {
  const { input, select, confirm } = await import('@inquirer/prompts');
  const ask = (q: { message: string; default?: string; validate?: (v: string) => true | string }) => input({ message: q.message, default: q.default, validate: q.validate });
  return {
    input: ask,
    select: (q) => select({ message: q.message, choices: q.choices.map((c) => ({ value: c.value, name: c.name })), default: q.default, theme: selectTheme(lang) }),
    confirm: lang === 'zh' ? yesNoZh(ask) : (q) => confirm({ message: q.message, default: q.default }),
  };
}

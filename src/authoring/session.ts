// A wizard run that can go back and be resumed: every answer is kept in order (and in a draft file in
// the campaign's .ebz/drafts/), so going back to a question replays the answers before it, asks it again
// with the old answer as default, and offers the later old answers as defaults too.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Lang } from '../i18n/index.js';
import { EbzError } from '../model/errors.js';
import type { Check } from './validate.js';
import type { Prompter } from './wizard.js';
import { SESSION_WORDS } from './words.js';

export interface Answer {
  message: string;
  value: string | boolean;
}

export interface Draft {
  kind: string;
  unit: string;
  saved: string;
  answers: Answer[];
}

/** Thrown from inside a wizard to ask question `index` (0-based, in the order asked) again. */
export class GoBack extends Error {
  constructor(readonly index: number) {
    super(`back to question ${index + 1}`);
    this.name = 'GoBack';
  }
}

/** Thrown when the user chooses to stop and keep the answers for later. */
export class StopHere extends Error {
  constructor() {
    super('stopped; draft kept');
    this.name = 'StopHere';
  }
}

/** Typed at a refused answer, this goes back one question. */
export const BACK = '<';

/** The draft at `file`, or undefined when there is none or it cannot be read as one. */
export function readDraft(file: string): Draft | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const draft = JSON.parse(readFileSync(file, 'utf8')) as Draft;
    return Array.isArray(draft.answers) ? draft : undefined;
  } catch {
    return undefined;
  }
}

export function removeDraft(file: string): void {
  rmSync(file, { force: true });
}

export interface SessionOptions {
  lang: Lang;
  /** Where the answers are kept after each one (none for a unit folder checked alone). */
  draftFile?: string;
  kind: string;
  unit: string;
  now?: Date;
}

/**
 * Runs `ask` with a prompter that records each answer. `previous` answers are replayed first (each
 * checked again; the first that no longer passes is asked). A GoBack restarts `ask` replaying the
 * answers before the question it names.
 */
export async function runSession<T>(base: Prompter, ask: (p: Prompter) => Promise<T>, options: SessionOptions, previous: Answer[] = []): Promise<T> {
  let old = previous;
  let replay = previous.length;
  for (;;) {
    const answers: Answer[] = [];
    const prompter = recorder(base, answers, old, replay, options);
    try {
      return await ask(prompter);
    } catch (error) {
      if (!(error instanceof GoBack)) throw error;
      old = [...answers, ...old.slice(answers.length)];
      replay = Math.max(0, Math.min(error.index, answers.length));
    }
  }
}

function saveDraft(answers: Answer[], options: SessionOptions): void {
  if (!options.draftFile) return;
  const draft: Draft = { kind: options.kind, unit: options.unit, saved: (options.now ?? new Date()).toISOString(), answers };
  mkdirSync(dirname(options.draftFile), { recursive: true });
  const temp = `${options.draftFile}.tmp`;
  writeFileSync(temp, JSON.stringify(draft, null, 2) + '\n');
  renameSync(temp, options.draftFile);
}

/** A check that also lets BACK through, and says so when it refuses an answer. */
function withBack(check: Check | undefined, lang: Lang, canGoBack: boolean): Check | undefined {
  if (!canGoBack) return check;
  return (value) => {
    if (value.trim() === BACK) return true;
    const verdict = check ? check(value) : true;
    return verdict === true ? true : `${verdict}${SESSION_WORDS.backHint[lang]}`;
  };
}

function recorder(base: Prompter, answers: Answer[], old: Answer[], replay: number, options: SessionOptions): Prompter {
  /** The old answer to this question when it is asked at the same place, for a default or a replay. */
  const oldAt = (message: string) => {
    const answer = old[answers.length];
    return answer && answer.message === message ? answer.value : undefined;
  };
  const record = <V extends string | boolean>(message: string, value: V): V => {
    answers.push({ message, value });
    saveDraft(answers, options);
    return value;
  };
  return {
    position: () => answers.length,
    async input(q) {
      const before = oldAt(q.message);
      const replayed = typeof before === 'string' && answers.length < replay && (!q.validate || q.validate(before) === true);
      if (replayed) return record(q.message, before);
      const index = answers.length;
      const value = await base.input({ ...q, default: typeof before === 'string' && before !== '' ? before : q.default, validate: withBack(q.validate, options.lang, index > 0) });
      if (value.trim() === BACK && index > 0) throw new GoBack(index - 1);
      return record(q.message, value);
    },
    async select(q) {
      const before = oldAt(q.message);
      const known = q.choices.find((c) => c.value === before);
      if (known && answers.length < replay) return record(q.message, known.value);
      return record(q.message, await base.select({ ...q, default: known?.value ?? q.default }));
    },
    async confirm(q) {
      const before = oldAt(q.message);
      if (typeof before === 'boolean' && answers.length < replay) return record(q.message, before);
      return record(q.message, await base.confirm({ ...q, default: typeof before === 'boolean' ? before : q.default }));
    },
  };
}

/**
 * A wizard run with its draft: offers to resume a draft left by an earlier run, removes it once the
 * answers are complete, and keeps it when the user stops (Ctrl-C, or "stop here"), saying where it is.
 */
export async function withDraft<T>(base: Prompter, ask: (p: Prompter) => Promise<T>, options: SessionOptions & { shownDraft: string }): Promise<T> {
  const draft = options.draftFile ? readDraft(options.draftFile) : undefined;
  let previous: Answer[] = [];
  if (draft && draft.answers.length > 0 && draft.kind === options.kind) {
    const words = SESSION_WORDS.resume[options.lang];
    const unit = draft.unit ? `（${draft.unit}）` : '';
    const message = words.replace('{kind}', draft.kind).replace('{unit}', options.lang === 'zh' ? unit : draft.unit ? ` (${draft.unit})` : '').replace('{count}', String(draft.answers.length)).replace('{saved}', draft.saved.slice(0, 16).replace('T', ' '));
    if (await base.confirm({ message, default: true })) previous = draft.answers;
  }
  try {
    const result = await runSession(base, ask, options, previous);
    if (options.draftFile) removeDraft(options.draftFile);
    return result;
  } catch (error) {
    const stopped = error instanceof StopHere || (error instanceof Error && error.name === 'ExitPromptError');
    if (stopped && options.draftFile && existsSync(options.draftFile)) throw new EbzError('newDraftKept', { draft: options.shownDraft, kind: options.kind });
    throw error instanceof StopHere ? new EbzError('cancelled') : error;
  }
}

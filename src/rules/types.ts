// What a rule is: data (id, severity, clause, messages) and a check that reports paths, never lines.
import type { Lang, Localized, MessageData } from '../i18n/index.js';
import type { DataPath, SourceFile } from '../model/files.js';
import type { CampaignState, UnitState } from '../model/state.js';
import type { Severity } from '../model/types.js';

export interface RuleMeta {
  id: string;
  severity: Severity;
  /** The clause of the plan it enforces, as `三(二)2`; null when it guards the data format only. */
  clause: string | null;
  /** What it checks, one sentence. */
  description: Localized;
  /** Messages by id, with `{placeholders}`. */
  messages: Record<string, Localized>;
  /** Messages that carry a severity other than the rule's default (an undecodable file is an error). */
  messageSeverity?: Record<string, Severity>;
  /** How to put right what it finds: for `ebz explain`. */
  explain: RuleExplanation;
  /** Turns data values into words of a language (type names, for example) before the message is filled. */
  localize?: (data: MessageData, lang: Lang) => MessageData;
}

/** Why a rule exists, how to fix what it finds, and a small example: what `ebz explain RULE` prints beside the description and clause. */
export interface RuleExplanation {
  /** Why the rule exists, in a sentence or two, beyond the clause: the reason a clerk should care. */
  why: Localized;
  /** How to fix it: concrete steps, in the register of an office notice. */
  fix: Localized;
  /** The file the example is from, e.g. 'units/fgw/plan.yaml'. */
  file: string;
  /** A few YAML lines that trigger the rule (with a `# ←` comment on the offending line), and the same lines put right. */
  wrong: string;
  right: string;
}

/** The lines of an example, one string. */
export const lines = (...rows: string[]): string => rows.join('\n');

/** Where a finding is: a node of a file, or a file that should exist (located nowhere). */
export type Target = { source: SourceFile; path: DataPath; at?: 'value' | 'key' } | { file: string; unit?: string };

export interface RuleContext {
  state: CampaignState;
  report(target: Target, messageId: string, data?: MessageData): void;
}

export interface UnitRuleContext extends RuleContext {
  unit: UnitState;
}

/** Reported by the loader as it reads (syntax, encoding, schema, unknown files). */
export interface LoaderRule extends RuleMeta {
  scope: 'load';
}

export interface UnitRule extends RuleMeta {
  scope: 'unit';
  check(context: UnitRuleContext): void;
}

export interface CampaignRule extends RuleMeta {
  scope: 'campaign';
  check(context: RuleContext): void;
}

export type Rule = LoaderRule | UnitRule | CampaignRule;

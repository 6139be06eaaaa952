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
  /** Turns data values into words of a language (type names, for example) before the message is filled. */
  localize?: (data: MessageData, lang: Lang) => MessageData;
}

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

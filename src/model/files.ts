// The campaign as the loader hands it on (DESIGN §7): its files as plain data, with positions found
// on demand; what the path covers; and what reading found. The rules and scores read these, never the
// loader's own workings (its root folder, its cache, its notes).
import type { Report } from './finding.js';
import type { Campaign, FileKind } from './types.js';

import type { DataPath } from './types.js';
export type { DataPath };

export interface Position {
  line: number;
  column: number;
}

export type Layout = 'campaign' | 'lone-unit';

/** What the path given covers: the whole campaign, one unit folder, or one file (of a unit, or not). */
/** A lone file under a name ebz does not know, taken for the kind its content shows. */
export interface Recognised {
  kind: 'unit' | 'benchmark' | 'research' | 'plan' | 'progress' | 'annual';
  /** The kind's title as its schema gives it, without the file name: 对标创建工作方案. */
  title: string;
  /** The name the file should have in a unit folder: plan.yaml, progress/2022-03.yaml. */
  name: string;
}

export type Scope = { kind: 'campaign' } | { kind: 'unit'; unit: string } | { kind: 'file'; unit: string | null; file: string; as?: Recognised };

/** A file as the rules see it: its data, and where a path into it stands in the text. */
export interface SourceFile {
  /** Path from the campaign root, `/` separators. */
  rel: string;
  unit: string | null;
  kind: FileKind;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | null;
  /** The plain data, when the text parsed. */
  data: unknown;
  /**
   * Parsed without a syntax problem and valid against its schema — as written, or once what was
   * clearly meant (a date in another form, a misspelt key) is put right: safe for the rules to read.
   */
  valid: boolean;
  locate(path: DataPath, target?: 'value' | 'key'): Position;
  /** Lets go of what locating kept (the parsed text), once the file's findings are made. */
  forget(): void;
}

export interface UnitFolder {
  id: string;
  /** Path of the folder from the campaign root ('' for a lone unit folder). */
  rel: string;
  profile?: SourceFile;
  benchmark?: SourceFile;
  research?: SourceFile;
  plan?: SourceFile;
  progress: Map<string, SourceFile>;
  annual: Map<number, SourceFile>;
  /** A member on the roster that has no folder at all: every document it owes is missing. */
  absent?: boolean;
}

/** The files of a unit folder that were read. */
export function filesOf(unit: UnitFolder): SourceFile[] {
  const files = [unit.profile, unit.benchmark, unit.research, unit.plan, ...unit.progress.values(), ...unit.annual.values()];
  return files.filter((file): file is SourceFile => file !== undefined);
}

export interface LoadedCampaign {
  layout: Layout;
  scope: Scope;
  campaign: Campaign;
  /** campaign.yaml as read, or null when the embedded default applies. */
  campaignFile: SourceFile | null;
  adjustments: SourceFile | null;
  /** The unit folders read: every one, or only those the path (and --unit) cover when loaded scoped. */
  units: UnitFolder[];
  /**
   * The id of every unit folder of the campaign, read or not (a listing of units/, no file read). The
   * one rule that needs units beyond those checked, adjustment-unknown-unit, reads these names.
   */
  unitIds: string[];
  /** What the loader found: syntax, encoding, unknown files, schema violations. */
  reports: Report[];
}

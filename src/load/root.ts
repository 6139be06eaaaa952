// Finds the campaign root for a path (DESIGN §2) and what part of the campaign the path covers.
import { existsSync, lstatSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { EbzError } from '../model/errors.js';
import type { Layout, Scope } from '../model/files.js';
import { KNOWN_FILE_NAMES, looksKnown, recogniseFile } from './recognise.js';

export type { Layout, Scope };

export interface CampaignRoot {
  /** Absolute path of the root folder. */
  dir: string;
  layout: Layout;
  /** Absolute path of campaign.yaml, or null when the embedded default applies. */
  campaignFile: string | null;
  scope: Scope;
}

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Something is at `path`, links not followed (a dangling link counts). */
function present(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

function* ancestors(dir: string): Generator<string> {
  for (let current = dir; ; current = dirname(current)) {
    yield current;
    if (dirname(current) === current) return;
  }
}

/** `a/b` from root to path, with `/` separators; '' for the root itself. */
export function relativePosix(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}

/** Exit 2 for a path that is not there: inside a campaign's units/, with the unit folders it has. */
function notFound(input: string, path: string): EbzError {
  const existing = [...ancestors(path)].find((dir) => existsSync(dir)) ?? path;
  const root = [...ancestors(existing)].find((dir) => present(join(dir, 'campaign.yaml')) || isDir(join(dir, 'units')));
  if (root === undefined || !isDir(join(root, 'units')) || !relativePosix(root, path).startsWith('units/')) return new EbzError('pathNotFound', { path: input });
  return new EbzError('unitFolderNotFound', { path: input, units: unitFolders(root) });
}

/** The unit folders under the root's units/, as a list to show. */
function unitFolders(root: string): string {
  try {
    const units = readdirSync(join(root, 'units'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    return units.sort().join('、') || '—';
  } catch {
    return '—';
  }
}

/** A file whose name ebz does not know is read as the kind its content shows; one that shows none is exit 2. */
function recognised(input: string, path: string, scope: Scope): Scope {
  if (scope.kind !== 'file' || isDir(path) || looksKnown(basename(path))) return scope;
  const as = recogniseFile(path);
  if (!as) throw new EbzError('unknownFileKind', { path: input, known: KNOWN_FILE_NAMES });
  return { ...scope, as };
}

/** Exit 2, with what is there instead, when `target` (as typed, from `cwd`) does not exist. */
export function assertPathExists(target: string, cwd: string): void {
  const path = resolve(cwd, target);
  if (!existsSync(path)) throw notFound(target, path);
}

export function findCampaignRoot(input: string): CampaignRoot {
  const path = resolve(input);
  if (!existsSync(path)) throw notFound(input, path);
  const start = isDir(path) ? path : dirname(path);

  let dir: string | undefined;
  let campaignFile: string | null = null;
  for (const candidate of ancestors(start)) {
    const file = join(candidate, 'campaign.yaml');
    // Whatever stands under the name, even a dangling link or a folder, marks the root (and is refused there).
    if (present(file)) {
      dir = candidate;
      campaignFile = file;
      break;
    }
  }
  dir ??= [...ancestors(start)].find((candidate) => isDir(join(candidate, 'units')));
  if (dir !== undefined) return { dir, layout: 'campaign', campaignFile, scope: recognised(input, path, scopeIn(dir, path)) };

  // A lone unit folder or file sent by mail: the unit folder is the root.
  const parentName = basename(start);
  const unitDir = parentName === 'progress' || parentName === 'annual' ? dirname(start) : start;
  const rel = relativePosix(unitDir, path);
  const unit = basename(unitDir);
  const scope: Scope = rel === '' ? { kind: 'unit', unit } : { kind: 'file', unit, file: rel };
  // A folder with nothing of a campaign in it (a desktop, a download folder) is not checked file by file.
  if (scope.kind === 'unit' && !holdsUnitFiles(unitDir)) throw new EbzError('notACampaign', { path: input });
  return { dir: unitDir, layout: 'lone-unit', campaignFile: null, scope: recognised(input, path, scope) };
}

/** What a unit folder holds: its files (also misnamed, `plan.yml`), or its progress and annual folders. */
const UNIT_ENTRY = /^(?:(?:unit|benchmark|research|plan)\b.*\.ya?ml|progress|annual)$/i;

function holdsUnitFiles(dir: string): boolean {
  try {
    return readdirSync(dir).some((name) => UNIT_ENTRY.test(name));
  } catch {
    return false;
  }
}

function scopeIn(root: string, path: string): Scope {
  const rel = relativePosix(root, path);
  if (rel === '') return { kind: 'campaign' };
  const parts = rel.split('/');
  const unit = parts[0] === 'units' && parts[1] ? parts[1] : null;
  if (isDir(path)) {
    // A folder of the campaign's that is no unit's (a docs/ beside units/): nothing in it is checked.
    if (!unit && parts[0] !== 'units') throw new EbzError('notAUnitFolder', { path: rel, units: unitFolders(root) });
    if (unit && parts.length === 2) return { kind: 'unit', unit };
    if (parts[0] === 'units' && parts.length === 1) return { kind: 'campaign' };
    if (unit) return { kind: 'file', unit, file: rel };
  }
  return { kind: 'file', unit, file: rel };
}

// Loads a campaign folder: campaign.yaml (or the embedded default), adjustments.yaml and every unit folder.
import { lstatSync, readdirSync, realpathSync, type Dirent, type Stats } from 'node:fs';
import { join, sep } from 'node:path';
import type { MessageData, MessageId } from '../i18n/index.js';
import type { LoadedCampaign, UnitFolder } from '../model/files.js';
import type { Report } from '../model/finding.js';
import type { CampaignDoc, FileKind } from '../model/types.js';
import { unitIdsFor } from '../model/roster.js';
import type { Recognised } from './recognise.js';
import { campaignProblems, defaultCampaignDoc, resolveCampaign, DEFAULT_MAX_FILE_BYTES } from './campaign.js';
import { decodeText } from './decode.js';
import { ReadCache } from './cache.js';
import { readFiles, readRegularFile, resultOfRead, type ReadJob } from './read-file.js';
import { findCampaignRoot, relativePosix, type CampaignRoot, type Scope } from './root.js';
import { sourceFile, type SourceFile, type SourceResult } from './source.js';

export type { UnitFolder };

/** The campaign as loaded (what the rules read, model/files.ts), with the loader's own findings about campaign.yaml and its notes. */
export interface Workspace extends LoadedCampaign {
  root: CampaignRoot;
  /** Problems that make campaign.yaml unusable: any one of them stops every command. */
  campaignProblems: Report[];
  /** What the loader says once on stderr, not a finding: a cache folder refused because it lies in the campaign. */
  notes: { id: MessageId; data?: MessageData }[];
}

export const UNIT_ID = /^[a-z0-9][a-z0-9-]*$/;
const SINGLE_FILES = { 'unit.yaml': 'profile', 'benchmark.yaml': 'benchmark', 'research.yaml': 'research', 'plan.yaml': 'plan' } as const;
const KIND_OF = { profile: 'unit', benchmark: 'benchmark', research: 'research', plan: 'plan' } as const;
/**
 * Files every operating system leaves behind, never a clerk's; and ebz's own .ebz/ (schemas, backups),
 * which sits in the root: for a unit sent alone, the unit folder.
 */
const SYSTEM_FILES = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini', '.ebz']);

export interface LoadOptions {
  /**
   * Read only the unit folders the path covers (a unit folder, or the unit of one file; none for
   * campaign.yaml or adjustments.yaml), narrowed further by `units`. campaign.yaml and adjustments.yaml
   * are always read, units/ is always listed. For `ebz check`, whose findings are per unit; not for
   * scores and reports, which rank every unit.
   */
  scoped?: boolean;
  /** With `scoped`: only these units (--unit); empty for all. */
  units?: readonly string[];
  /** The environment: EBZ_CACHE, EBZ_CACHE_DIR and the cache folder's defaults. */
  env?: NodeJS.ProcessEnv;
}

/** The unit folders to read, or null for all of them. */
export function unitsToRead(scope: Scope, units: readonly string[] = []): Set<string> | null {
  let wanted: string[] | null = null;
  if (scope.kind === 'unit') wanted = [scope.unit];
  else if (scope.kind === 'file') wanted = scope.unit === null ? [] : [scope.unit];
  if (units.length > 0) wanted = (wanted ?? [...units]).filter((unit) => units.includes(unit));
  return wanted === null ? null : new Set(wanted);
}

export function loadWorkspace(path: string, options: LoadOptions = {}): Workspace {
  const root = findCampaignRoot(path);
  const reports: Report[] = [];
  const reader = new FileReader(root.dir, reports);
  // A file named as PATH is read even when misnamed (`plan.yml`): the clerk asked for it.
  reader.named = root.scope.kind === 'file' ? root.scope.file : null;
  reader.recognised = root.scope.kind === 'file' ? (root.scope.as ?? null) : null;

  let campaignFile: SourceFile | null = null;
  let campaignDoc: CampaignDoc = defaultCampaignDoc();
  const problems: Report[] = [];
  if (root.campaignFile) {
    // campaign.yaml is the yardstick: never read through a link, whatever it points to.
    const read = readRegularFile(join(root.dir, 'campaign.yaml'), DEFAULT_MAX_FILE_BYTES, true);
    const result = resultOfRead({ rel: 'campaign.yaml', unit: null, kind: 'campaign', maxBytes: DEFAULT_MAX_FILE_BYTES }, read);
    campaignFile = reader.sourceOf(result);
    for (const r of result.reports) problems.push(r);
    if (campaignFile.valid) campaignDoc = campaignFile.data as CampaignDoc;
  }
  const campaign = resolveCampaign(campaignDoc);
  // --unit may name a member by its name or short name: the roster says which folder that is.
  const wanted = options.scoped ? unitsToRead(root.scope, unitIdsFor(campaign, options.units ?? [])) : null;
  if (problems.length === 0) problems.push(...campaignProblems(campaign, campaignFile));
  reader.maxBytes = campaign.limits.max_file_bytes;

  const workspace: Workspace = { root, layout: root.layout, campaign, campaignFile, campaignProblems: problems, adjustments: null, units: [], unitIds: [], reports, scope: root.scope, notes: [] };
  if (root.layout === 'lone-unit') {
    const id = root.dir.split(sep).pop() ?? '';
    workspace.units.push(reader.unitFolder(id, ''));
    workspace.unitIds.push(id);
  } else {
    if (reader.exists('adjustments.yaml')) reader.enqueue('adjustments.yaml', null, 'adjustments', (file) => (workspace.adjustments = file));
    // `units` itself may be a link: followed only when it stays inside the root.
    for (const entry of reader.exists('units') ? reader.list('units') : []) {
      const rel = `units/${entry.name}`;
      if (!entry.isDir) {
        if (!SYSTEM_FILES.has(entry.name)) reader.report('file-unknown', 'notAFolder', { file: rel }, null, rel);
      } else if (!UNIT_ID.test(entry.name)) {
        reader.report('file-unknown', 'badUnitId', { folder: entry.name }, null, rel);
      } else {
        workspace.unitIds.push(entry.name);
        if (wanted === null || wanted.has(entry.name)) workspace.units.push(reader.unitFolder(entry.name, rel));
      }
    }
    // A member on the roster that never sent anything has no folder: it is chased all the same.
    const listed = new Set(workspace.unitIds);
    for (const member of campaign.members ?? []) {
      if (listed.has(member.id)) continue;
      listed.add(member.id);
      workspace.unitIds.push(member.id);
      if (wanted === null || wanted.has(member.id)) workspace.units.push({ id: member.id, rel: `units/${member.id}`, progress: new Map(), annual: new Map(), absent: true });
    }
  }
  const opened = ReadCache.open(root.dir, options.env ?? process.env);
  if (opened.cache === null && opened.refused !== null) workspace.notes.push({ id: 'cacheInCampaign', data: { dir: opened.refused } });
  reader.readQueued(opened.cache, wanted === null);
  return workspace;
}

interface Entry {
  name: string;
  isDir: boolean;
}

/** Walks one root, refusing links that lead out of it, and queues the files it knows; then reads them one by one. */
class FileReader {
  maxBytes = DEFAULT_MAX_FILE_BYTES;
  /** The file named as PATH, from the root. */
  named: string | null = null;
  /** What the named file's content shows it is, when its name is none ebz knows. */
  recognised: Recognised | null = null;
  private readonly realRoot: string;
  private readonly queue: { job: ReadJob; place: (file: SourceFile) => void }[] = [];

  constructor(
    private readonly dir: string,
    private readonly reports: Report[],
  ) {
    this.realRoot = realpathSync(dir);
  }

  report(rule: string, messageId: string, data: Report['data'], unit: string | null, file: string) {
    this.reports.push({ rule, messageId, data, unit, file, line: null, column: null });
  }

  exists(rel: string): boolean {
    return this.stat(rel, null) !== null;
  }

  /** The entries of a folder, sorted, links that leave the root left out (with a finding). */
  list(rel: string, unit: string | null = null): Entry[] {
    let dirents: Dirent[];
    try {
      dirents = readdirSync(join(this.dir, rel), { withFileTypes: true });
    } catch (error) {
      // One error for the folder; the documents it should hold are not called missing (rules/run.ts).
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') this.report('yaml-syntax', 'folderUnreadable', { file: rel }, unit, rel);
      return [];
    }
    const entries: Entry[] = [];
    for (const dirent of dirents.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const name = dirent.name;
      // The folder's listing says what each entry is (Node asks lstat itself where the file system does
      // not say); only a link needs a closer look, to see where it leads.
      if (!dirent.isSymbolicLink()) {
        entries.push({ name, isDir: dirent.isDirectory() });
        continue;
      }
      const stats = this.stat(rel ? `${rel}/${name}` : name, unit);
      if (stats) entries.push({ name, isDir: stats.isDirectory() });
    }
    return entries;
  }

  /** lstat, following a symbolic link only when it stays inside the root. */
  private stat(rel: string, unit: string | null): Stats | null {
    const full = join(this.dir, rel);
    let stats: Stats;
    try {
      stats = lstatSync(full);
    } catch {
      return null;
    }
    if (!stats.isSymbolicLink()) return stats;
    try {
      const target = realpathSync(full);
      if (target !== this.realRoot && !target.startsWith(this.realRoot + sep)) {
        this.report('file-unknown', 'linkOutside', { file: rel }, unit, rel);
        return null;
      }
      return lstatSync(target);
    } catch {
      this.report('file-unknown', 'brokenLink', { file: rel }, unit, rel);
      return null;
    }
  }

  /** A result as the rules see it: positions found again from the file's text when first needed. */
  sourceOf(result: SourceResult): SourceFile {
    const full = join(this.dir, result.rel);
    return sourceFile(result, () => {
      const read = readRegularFile(full, this.maxBytes);
      return 'bytes' in read ? (decodeText(read.bytes)?.text ?? null) : null;
    });
  }

  enqueue(rel: string, unit: string | null, kind: FileKind, place: (file: SourceFile) => void) {
    this.queue.push({ job: { rel, unit, kind, maxBytes: this.maxBytes }, place });
  }

  /** Reads the queued files. `complete`: every unit of the root is read (not one unit or one file), as the read cache needs to know. */
  readQueued(cache: ReadCache | null, complete: boolean) {
    const jobs = this.queue.map((q) => ({ ...q.job, maxBytes: this.maxBytes }));
    readFiles(this.dir, jobs, cache, complete).forEach((result, i) => {
      // One at a time: a file may bring more findings than a call can take as arguments.
      for (const r of result.reports) this.reports.push(r);
      this.queue[i]!.place(this.sourceOf(result));
    });
    this.queue.length = 0;
  }

  unitFolder(id: string, rel: string): UnitFolder {
    const folder: UnitFolder = { id, rel, progress: new Map(), annual: new Map() };
    const at = (name: string) => (rel ? `${rel}/${name}` : name);
    for (const entry of this.list(rel, id)) {
      const file = at(entry.name);
      const named = file === this.named && !entry.isDir ? canonicalName(entry.name) : null;
      const single = SINGLE_FILES[(named ?? entry.name) as keyof typeof SINGLE_FILES];
      if (named) this.report('file-unknown', 'lookalikeNamed', { file, suggestion: named }, id, file);
      if (single && !entry.isDir) {
        this.enqueue(file, id, KIND_OF[single], (source) => (folder[single] = source));
      } else if (entry.isDir && (entry.name === 'progress' || entry.name === 'annual')) {
        this.periodFolder(folder, entry.name, file);
      } else if (file === this.named && !entry.isDir && this.namedPeriodFile(folder, entry.name, file)) {
        // A month's or year's file sent alone, beside unit.yaml rather than in progress/ or annual/.
      } else if (file === this.named && this.recognised) {
        this.readRecognised(folder, file, this.recognised);
      } else if (!SYSTEM_FILES.has(entry.name)) {
        this.unknown(id, file, entry.name, entry.isDir);
      }
    }
    return folder;
  }

  /** The named file read as the kind its content shows (发改委对标方案.yaml as plan.yaml), and said so. */
  private readRecognised(folder: UnitFolder, file: string, as: Recognised) {
    this.report('file-unknown', 'recognised', { file, title: as.title, suggestion: as.name }, folder.id, file);
    const period = /^(?:progress|annual)\/(.+)\.yaml$/.exec(as.name)?.[1];
    if (as.kind === 'progress') this.enqueue(file, folder.id, 'progress', (source) => folder.progress.set(period!, source));
    else if (as.kind === 'annual') this.enqueue(file, folder.id, 'annual', (source) => folder.annual.set(Number(period), source));
    else {
      const slot = as.kind === 'unit' ? 'profile' : as.kind;
      this.enqueue(file, folder.id, as.kind, (source) => (folder[slot] = source));
    }
  }

  private namedPeriodFile(folder: UnitFolder, name: string, file: string): boolean {
    for (const kind of ['progress', 'annual'] as const) {
      const canonical = /^\d{4}(?:-\d{2})?\.yaml$/.test(name) ? name : canonicalName(name, kind);
      const period = canonical && (kind === 'progress' ? /^(\d{4}-(?:0[1-9]|1[0-2]))\.yaml$/ : /^(\d{4})\.yaml$/).exec(canonical)?.[1];
      if (!period) continue;
      this.report('file-unknown', 'lookalikeNamed', { file, suggestion: `${kind}/${canonical}` }, folder.id, file);
      this.enqueue(file, folder.id, kind, (source) => (kind === 'progress' ? folder.progress.set(period, source) : folder.annual.set(Number(period), source)));
      return true;
    }
    return false;
  }

  private periodFolder(folder: UnitFolder, kind: 'progress' | 'annual', rel: string) {
    const pattern = kind === 'progress' ? /^(\d{4}-(?:0[1-9]|1[0-2]))\.yaml$/ : /^(\d{4})\.yaml$/;
    for (const entry of this.list(rel, folder.id)) {
      const file = `${rel}/${entry.name}`;
      const named = file === this.named && !entry.isDir ? canonicalName(entry.name, kind) : null;
      if (named) this.report('file-unknown', 'lookalikeNamed', { file, suggestion: named }, folder.id, file);
      const match = entry.isDir ? null : pattern.exec(named ?? entry.name);
      if (!match) {
        if (!SYSTEM_FILES.has(entry.name)) this.unknown(folder.id, file, entry.name, entry.isDir, kind);
        continue;
      }
      const period = match[1]!;
      this.enqueue(file, folder.id, kind, (source) => (kind === 'progress' ? folder.progress.set(period, source) : folder.annual.set(Number(period), source)));
    }
  }

  private unknown(unit: string, file: string, name: string, isDir: boolean, inFolder?: 'progress' | 'annual') {
    const suggestion = isDir ? null : canonicalName(name, inFolder);
    if (suggestion) this.report('file-unknown', 'lookalike', { file, suggestion }, unit, file);
    else this.report('file-unknown', isDir ? 'unknownFolder' : inFolder ? 'unknownPeriodFile' : 'unknown', { file }, unit, file);
  }
}

/**
 * The name ebz expects for a file a clerk named another way: `Plan.YAML`, `plan.yml`,
 * `plan (1).yaml`, `plan - 副本.yaml`, `2022-3.yaml`; null when it resembles nothing ebz reads.
 */
export function canonicalName(name: string, inFolder?: 'progress' | 'annual'): string | null {
  const match = /^(.*?)\.(ya?ml)$/i.exec(name.trim());
  if (!match) return null;
  const stem = match[1]!
    .toLowerCase()
    .replace(/\s*[(（]\s*\d+\s*[)）]$/, '')
    .replace(/\s*(?:-\s*)?(?:副本|复制|copy)(?:\s*\d+)?$/i, '')
    .replace(/^(?:副本|复件)\s*(?:of\s*)?/i, '')
    .trim();
  let canonical: string | null = null;
  if (!inFolder && `${stem}.yaml` in SINGLE_FILES) canonical = `${stem}.yaml`;
  if (inFolder === 'progress') {
    const m = /^(\d{4})[-_.年/]?(\d{1,2})月?$/.exec(stem);
    if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) canonical = `${m[1]}-${m[2]!.padStart(2, '0')}.yaml`;
  }
  if (inFolder === 'annual') {
    const m = /^(\d{4})年?(?:度)?$/.exec(stem);
    if (m) canonical = `${m[1]}.yaml`;
  }
  return canonical && canonical !== name ? canonical : null;
}

export { relativePosix };

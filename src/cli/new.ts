// `ebz new unit|benchmark|research|plan|progress|annual`: write a unit's next file, then check it.
import { assertPathExists } from '../load/root.js';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import { todayIn } from '../calendar/dates.js';
import { annualFromFlags, benchmarkFromFlags, planFromFlags, progressFromFlags, researchFromFlags, unitFromFlags, yearFlag, type NewFlags } from '../authoring/flags.js';
import { withDraft } from '../authoring/session.js';
import { memberLine, underRoster, withMemberAdded } from '../authoring/roster.js';
import { annualYaml, benchmarkYaml, planYaml, progressYaml, researchYaml, unitYaml } from '../authoring/templates.js';
import { askAnnual, askBenchmark, askPlan, askProgress, askResearch, askUnit, type Prompter, type WizardContext } from '../authoring/wizard.js';
import { t, type Lang } from '../i18n/index.js';
import type { CampaignRoot } from '../load/root.js';
import { loadWorkspace, type Workspace } from '../load/workspace.js';
import { EbzError } from '../model/errors.js';
import type { Campaign } from '../model/types.js';
import { buildState } from '../calendar/state.js';
import { colorLevel, painter } from '../render/color.js';
import { renderCheckText } from '../render/findings.js';
import { terminalWidth } from '../render/layout.js';
import { runCheck, unitsNamed } from '../rules/check.js';
import { fileKindOf } from './kinds.js';
import { assertCampaignUsable } from '../rules/run.js';
import type { CommandContext } from './context.js';
import { inquirerPrompter } from './prompt-theme.js';
import { assertReplaceable, writeFileSafely } from './write.js';

export const NEW_KINDS = ['unit', 'benchmark', 'research', 'plan', 'progress', 'annual'] as const;
type NewKind = (typeof NEW_KINDS)[number];

export interface NewOptions extends NewFlags {
  unit?: string;
  yes?: boolean;
  force?: boolean;
}

/** The file a kind writes, when the options name it before any question (progress and annual need their period). */
const KNOWN_FILE: Record<NewKind, (options: NewOptions) => string | undefined> = {
  unit: () => undefined,
  benchmark: () => 'benchmark.yaml',
  research: () => 'research.yaml',
  plan: () => 'plan.yaml',
  progress: (options) => (options.month === undefined ? undefined : `progress/${options.month.trim()}.yaml`),
  annual: (options) => (options.year === undefined ? undefined : `annual/${options.year.trim()}.yaml`),
};

/** The domain sets a unit's scoring weights: never picked for the user (a roster member's is the roster's). */
function assertDomainGiven(campaign: Campaign, unitId: string, options: NewOptions, lang: Lang): void {
  if (options.domain !== undefined || campaign.members?.some((m) => m.id === unitId)) return;
  const domains = Object.entries(campaign.domains).map(([id, label]) => `${id}（${label}）`);
  throw new EbzError('newNeedDomain', { domains: domains.join(lang === 'zh' ? '、' : ', ') });
}

/** The wizard's runs, their answers kept as a draft in the campaign's .ebz/ (never in a unit folder) until the file is written. */
/** The prompts, each answer kept in a draft until the file is written (authoring/session.ts). */
interface DraftPrompter {
  ask<T>(ask: (p: Prompter) => Promise<T>): Promise<T>;
}

function withDrafts(base: Prompter, root: CampaignRoot, kind: NewKind, unitId: string, lang: Lang, now: Date | undefined): DraftPrompter {
  const draftName = `${kind}${unitId ? `-${unitId}` : ''}.json`;
  const draftFile = root.layout === 'lone-unit' ? undefined : join(root.dir, '.ebz', 'drafts', draftName);
  const session = { lang, draftFile, kind, unit: unitId, now, shownDraft: `.ebz/drafts/${draftName}` };
  return { ask: <T>(ask: (p: Prompter) => Promise<T>) => withDraft(base, ask, session) };
}

/** Under a roster, a new member's line for campaign.yaml: written once its unit.yaml is. */
type RosterLine = { text: string | null; line: string; name: string };

interface Composing {
  prompter: DraftPrompter | undefined;
  wizard: WizardContext;
  options: NewOptions;
  workspace: Workspace;
  known: string[];
}

/** The file `ebz new KIND` writes, from the answers at the prompts or from the flags. */
async function compose(kind: NewKind, { prompter, wizard, options, workspace, known }: Composing): Promise<{ text: string; file: string; unitId: string; roster?: RosterLine }> {
  const { lang } = wizard;
  const unitId = wizard.unitId;
  switch (kind) {
    case 'unit': {
      const { campaign, root } = workspace;
      let doc = prompter ? await prompter.ask((p) => askUnit(p, wizard, known)) : unitFromFlags(options, wizard);
      let roster: RosterLine | undefined;
      if (campaign.members && root.layout !== 'lone-unit' && workspace.campaignFile) {
        const member = campaign.members.find((m) => m.id === doc.id);
        if (!member) roster = { text: withMemberAdded(readFileSync(join(root.dir, 'campaign.yaml'), 'utf8'), doc), line: memberLine(doc), name: doc.name };
        doc = underRoster(doc, member);
      }
      return { text: unitYaml(doc), file: 'unit.yaml', unitId: doc.id, ...(roster ? { roster } : {}) };
    }
    case 'benchmark':
      return { text: benchmarkYaml(prompter ? await prompter.ask((p) => askBenchmark(p, wizard)) : benchmarkFromFlags(options, wizard)), file: 'benchmark.yaml', unitId };
    case 'research':
      return { text: researchYaml(prompter ? await prompter.ask((p) => askResearch(p, wizard)) : researchFromFlags(options, wizard)), file: 'research.yaml', unitId };
    case 'plan':
      return { text: planYaml(prompter ? await prompter.ask((p) => askPlan(p, wizard)) : planFromFlags(options, wizard)), file: 'plan.yaml', unitId };
    case 'progress': {
      const doc = prompter ? await prompter.ask((p) => askProgress(p, wizard, options.month)) : progressFromFlags(options, wizard);
      return { text: progressYaml(doc), file: `progress/${doc.period}.yaml`, unitId };
    }
    case 'annual': {
      const year = options.year === undefined ? undefined : yearFlag(options.year, lang);
      const doc = prompter ? await prompter.ask((p) => askAnnual(p, wizard, year)) : annualFromFlags(options, wizard);
      return { text: annualYaml(doc), file: `annual/${doc.year}.yaml`, unitId };
    }
  }
}

export async function newCommand(kindArg: string, path: string | undefined, options: NewOptions, context: CommandContext): Promise<number> {
  const { io, lang } = context;
  const kind: NewKind = fileKindOf(kindArg, NEW_KINDS);
  // A flag the schema would refuse is refused before anything is read, asked or written.
  if (kind === 'annual' && options.year !== undefined) yearFlag(options.year, lang);
  const target = path ?? '.';
  const dir = resolve(io.cwd, target);
  assertPathExists(target, io.cwd);
  const workspace = loadWorkspace(dir);
  assertCampaignUsable(workspace, lang);
  const { campaign, root } = workspace;
  const today = todayIn(campaign.timezone, io.now);
  const scopeUnit = workspace.scope.kind === 'campaign' ? undefined : (workspace.scope.unit ?? undefined);
  // --unit may name a unit by its id, its name or its short name.
  const unitArg = kind === 'unit' ? (options.id ?? options.unit ?? '') : (options.unit ?? scopeUnit ?? '');
  if (kind !== 'unit' && !unitArg) throw new EbzError('needUnit');
  let unitId = kind === 'unit' ? unitArg : unitsNamed(workspace, [unitArg])[0]!;
  const state = buildState(workspace, today, true);
  const known = state.units.map((u) => u.id);
  const interactive = !options.yes && Boolean(io.prompter ?? (io.stdin?.isTTY && io.stdout.isTTY));
  const base = interactive ? (io.prompter ?? (await inquirerPrompter(lang))) : undefined;
  const prompter = base && withDrafts(base, root, kind, unitId, lang, io.now);
  if (kind === 'unit' && !prompter) assertDomainGiven(campaign, unitId, options, lang);
  const unit = state.units.find((u) => u.id === unitId);
  const unitFolder = (id: string) => (root.layout === 'lone-unit' ? root.dir : join(root.dir, 'units', id));
  const shownOf = (id: string, file: string) => (root.layout === 'lone-unit' ? file : `units/${id}/${file}`);
  const existing = (file: string) => (!options.force && existsSync(join(unitFolder(unitId), file)) ? shownOf(unitId, file) : undefined);
  // A file that may not be replaced is refused before the first question, not after the last.
  const preset = KNOWN_FILE[kind](options);
  if (preset !== undefined) assertReplaceable(join(unitFolder(unitId), preset), shownOf(unitId, preset));
  const taken = preset === undefined ? undefined : existing(preset);
  if (taken !== undefined) throw new EbzError('newFileExists', { file: taken });
  const wizard: WizardContext = { lang, campaign, today, unitId, unit, existing };
  const composed = await compose(kind, { prompter, wizard, options, workspace, known });
  const { text, file, roster } = composed;
  unitId = composed.unitId;
  const written = join(unitFolder(unitId), file);
  const shown = shownOf(unitId, file);
  const kept = writeFileSafely(written, text, { force: options.force ?? false, makeFolder: true, shown, backupRoot: root.dir, now: io.now });
  const named = root.layout === 'lone-unit' ? `${basename(root.dir)}/${file}` : shown;
  return announce({ written, named, kept, roster, asked: Boolean(prompter), unitId, rootDir: root.dir }, options, context);
}

interface Written {
  written: string;
  named: string;
  kept: string | undefined;
  roster: { text: string | null; line: string; name: string } | undefined;
  asked: boolean;
  unitId: string;
  rootDir: string;
}

/** After the file is written: the roster line, what was written and kept, and the check of the new file. */
function announce({ written, named, kept, roster, asked, unitId, rootDir }: Written, options: NewOptions, { io, lang, noColor }: CommandContext): number {
  if (roster?.text) {
    writeFileSafely(join(rootDir, 'campaign.yaml'), roster.text, { force: true, shown: 'campaign.yaml', backupRoot: rootDir, now: io.now });
    io.stdout.write(t(lang, 'newMemberAdded', { id: unitId, name: roster.name }) + '\n');
  } else if (roster) {
    io.stderr.write(t(lang, 'newMemberByHand', { line: roster.line }) + '\n');
  }
  if (!asked && !options.yes) io.stderr.write(t(lang, 'newNoTerminal', { file: named }) + '\n');

  // Checked as soon as it is written: findings located in this file, the rest of the unit read alongside.
  const run = runCheck(written, { lang, now: io.now });
  io.stdout.write(t(lang, 'newWritten', { file: named }) + '\n');
  if (kept) io.stdout.write(t(lang, 'newBackedUp', { file: relative(rootDir, kept).split(sep).join('/') }) + '\n');
  io.stdout.write(renderCheckText(run.result, { lang, paint: painter(colorLevel(io.stdout, io.env, noColor)), width: terminalWidth(io.stdout, io.env) }));
  return run.result.summary.errors > 0 ? 1 : 0;
}

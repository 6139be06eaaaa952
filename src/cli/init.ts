// `ebz init [DIR]`: a new campaign folder for a city and start date, and editor help wired in.
import { existsSync, lstatSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { campaignSettings, defaultOffice, defaultTitle, LATEST_START, SEED_CITY, SEED_START, type CampaignAnswers } from '../authoring/campaign-start.js';
import { all, dateCheck, textCheck, type Check } from '../authoring/validate.js';
import type { Prompter } from '../authoring/wizard.js';
import { INIT_WORDS } from '../authoring/words.js';
import { todayIn } from '../calendar/dates.js';
import { t, type Lang } from '../i18n/index.js';
import { campaignYaml } from '../model/default-campaign.js';
import { EbzError } from '../model/errors.js';
import { schemas } from '../model/schemas.generated.js';
import type { CommandContext } from './context.js';
import { inquirerPrompter } from './prompt-theme.js';
import { writeFileSafely } from './write.js';

/** Which files each schema describes, as VS Code's YAML extension reads `yaml.schemas`. */
export const SCHEMA_GLOBS: Record<keyof typeof schemas, string[]> = {
  campaign: ['campaign.yaml'],
  adjustments: ['adjustments.yaml'],
  unit: ['units/*/unit.yaml'],
  benchmark: ['units/*/benchmark.yaml'],
  research: ['units/*/research.yaml'],
  plan: ['units/*/plan.yaml'],
  progress: ['units/*/progress/*.yaml'],
  annual: ['units/*/annual/*.yaml'],
};

/** What stands at a path, links not followed: nothing, a folder, a link (dangling or not), or something else. */
function kindAt(path: string): 'none' | 'folder' | 'link' | 'other' {
  try {
    const stats = lstatSync(path);
    return stats.isSymbolicLink() ? 'link' : stats.isDirectory() ? 'folder' : 'other';
  } catch {
    return 'none';
  }
}

export interface InitOptions {
  city?: string;
  title?: string;
  office?: string;
  start?: string;
}

const startCheck = (lang: Lang): Check =>
  all(dateCheck(lang), (value) => (value.trim() >= '2000-01-01' && value.trim() <= LATEST_START ? true : INIT_WORDS.startRange[lang].replace('{latest}', LATEST_START)));

/** Flags checked before anything is asked or written: one line naming the flag and what to write. */
function checkedFlags(options: InitOptions, lang: Lang): InitOptions {
  for (const option of ['city', 'title', 'office'] as const) {
    const value = options[option];
    const verdict = value === undefined ? true : all(textCheck(lang), oneLine(lang))(value);
    if (verdict !== true) throw new EbzError('badFlag', { option: `--${option}`, value: value ?? '', problem: verdict });
  }
  if (options.start !== undefined && startCheck(lang)(options.start) !== true) throw new EbzError('initBadStart', { value: options.start, latest: LATEST_START });
  const trimmed = Object.entries(options).filter(([, v]) => typeof v === 'string').map(([k, v]) => [k, (v as string).trim()]);
  return Object.fromEntries(trimmed) as InitOptions;
}

const oneLine = (lang: Lang): Check => (value) => (/[\r\n\u2028\u2029]/.test(value) ? INIT_WORDS.oneLine[lang] : true);

/** Each setting not given as a flag, asked with a default worked out from the answers before it. */
async function askSettings(p: Prompter, given: InitOptions, lang: Lang, today: string): Promise<CampaignAnswers> {
  const words = INIT_WORDS;
  const text = all(textCheck(lang), oneLine(lang));
  const city = given.city ?? (await p.input({ message: words.city[lang], default: SEED_CITY, validate: text })).trim();
  const title = given.title ?? (await p.input({ message: words.title[lang], default: defaultTitle(city), validate: text })).trim();
  const office = given.office ?? (await p.input({ message: words.office[lang], default: defaultOffice(city), validate: text })).trim();
  const start = given.start ?? (await p.input({ message: words.start[lang], default: today, validate: startCheck(lang) })).trim();
  return { city, title, office, start };
}

/** The campaign's settings: asked at a terminal, else the flags with defaults, else the seed's own (said on stderr). */
async function settingsOf(options: InitOptions, { io, lang }: CommandContext): Promise<CampaignAnswers> {
  const given = checkedFlags(options, lang);
  const today = todayIn('Asia/Shanghai', io.now);
  const interactive = Boolean(io.prompter ?? (io.stdin?.isTTY && io.stdout.isTTY));
  if (interactive) return askSettings(io.prompter ?? (await inquirerPrompter(lang)), given, lang, today);
  if (Object.keys(given).length === 0) {
    io.stderr.write(t(lang, 'initSeedDefaults', { start: SEED_START }) + '\n');
    return { city: SEED_CITY, start: SEED_START };
  }
  return { city: given.city ?? SEED_CITY, title: given.title, office: given.office, start: given.start ?? today };
}

export async function initCommand(path: string | undefined, options: InitOptions, context: CommandContext): Promise<number> {
  const { io, lang } = context;
  const shown = path ?? '.';
  const dir = resolve(io.cwd, shown);
  if (kindAt(dir) === 'other') throw new EbzError('initNotFolder', { path: shown });
  const campaignAt = kindAt(join(dir, 'campaign.yaml'));
  if (campaignAt === 'link') throw new EbzError('initCampaignLink', { dir: shown });
  if (campaignAt !== 'none') throw new EbzError('campaignExists', { dir: shown });
  if (kindAt(join(dir, 'units')) !== 'none' && kindAt(join(dir, 'units')) !== 'folder') throw new EbzError('initUnitsNotFolder', { dir: shown });
  const answers = await settingsOf(options, context);
  const settings = campaignSettings(answers);
  try {
    mkdirSync(join(dir, 'units'), { recursive: true });
  } catch (error) {
    throw new EbzError('outputFailed', { file: join(shown, 'units'), reason: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
  writeFileSafely(join(dir, 'campaign.yaml'), campaignYaml(settings), { force: false, shown: 'campaign.yaml' });
  const kinds = Object.keys(schemas) as (keyof typeof schemas)[];
  for (const kind of kinds) {
    const file = join(dir, '.ebz', 'schemas', `${kind}.schema.json`);
    if (!existsSync(file)) writeFileSafely(file, JSON.stringify(schemas[kind], null, 2) + '\n', { force: false, makeFolder: true });
  }
  const vscode = join(dir, '.vscode', 'settings.json');
  if (existsSync(vscode)) {
    io.stderr.write(t(lang, 'initSettingsKept', { file: '.vscode/settings.json' }) + '\n');
  } else {
    const mapping = Object.fromEntries(kinds.map((kind) => [`./.ebz/schemas/${kind}.schema.json`, SCHEMA_GLOBS[kind]]));
    writeFileSafely(vscode, JSON.stringify({ 'yaml.schemas': mapping, 'files.encoding': 'utf8' }, null, 2) + '\n', { force: false, makeFolder: true });
  }
  io.stdout.write(t(lang, 'initDone', { dir: shown, schemas: kinds.length }) + '\n');
  const { start, city } = answers;
  io.stdout.write(t(lang, 'initSchedule', { city, start, benchmark: settings.deadlines.benchmark, plan: settings.deadlines.plan }) + '\n');
  return 0;
}

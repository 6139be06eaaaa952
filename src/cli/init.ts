// `ebz init [DIR]`: a new campaign folder with the embedded default, and editor help wired in.
import { existsSync, lstatSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { t } from '../i18n/index.js';
import { DEFAULT_CAMPAIGN_YAML } from '../model/default-campaign.js';
import { EbzError } from '../model/errors.js';
import { schemas } from '../model/schemas.generated.js';
import type { CommandContext } from './context.js';
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

export function initCommand(path: string | undefined, { io, lang }: CommandContext): number {
  const shown = path ?? '.';
  const dir = resolve(io.cwd, shown);
  if (kindAt(dir) === 'other') throw new EbzError('initNotFolder', { path: shown });
  const campaignAt = kindAt(join(dir, 'campaign.yaml'));
  if (campaignAt === 'link') throw new EbzError('initCampaignLink', { dir: shown });
  if (campaignAt !== 'none') throw new EbzError('campaignExists', { dir: shown });
  if (kindAt(join(dir, 'units')) !== 'none' && kindAt(join(dir, 'units')) !== 'folder') throw new EbzError('initUnitsNotFolder', { dir: shown });
  try {
    mkdirSync(join(dir, 'units'), { recursive: true });
  } catch (error) {
    throw new EbzError('outputFailed', { file: join(shown, 'units'), reason: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
  writeFileSafely(join(dir, 'campaign.yaml'), DEFAULT_CAMPAIGN_YAML, { force: false, shown: 'campaign.yaml' });
  const kinds = Object.keys(schemas) as (keyof typeof schemas)[];
  for (const kind of kinds) {
    const file = join(dir, '.ebz', 'schemas', `${kind}.schema.json`);
    if (!existsSync(file)) writeFileSafely(file, JSON.stringify(schemas[kind], null, 2) + '\n', { force: false, makeFolder: true });
  }
  const settings = join(dir, '.vscode', 'settings.json');
  if (existsSync(settings)) {
    io.stderr.write(t(lang, 'initSettingsKept', { file: '.vscode/settings.json' }) + '\n');
  } else {
    const mapping = Object.fromEntries(kinds.map((kind) => [`./.ebz/schemas/${kind}.schema.json`, SCHEMA_GLOBS[kind]]));
    writeFileSafely(settings, JSON.stringify({ 'yaml.schemas': mapping, 'files.encoding': 'utf8' }, null, 2) + '\n', { force: false, makeFolder: true });
  }
  io.stdout.write(t(lang, 'initDone', { dir: shown, schemas: kinds.length }) + '\n');
  return 0;
}

// Writing what a command produced: to stdout, or atomically to --output without destroying a file.
import { realpathSync } from 'node:fs';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { EbzError } from '../model/errors.js';
import { REPORT_FORMATS, type ReportFormat } from '../render/formats.js';
import { writeFileSafely } from './write.js';

const EXTENSIONS: Record<string, ReportFormat> = { '.txt': 'text', '.md': 'md', '.csv': 'csv', '.json': 'json', '.html': 'html', '.htm': 'html', '.docx': 'docx', '.xlsx': 'xlsx' };

/** --format, else the --output file's extension, else text; `allowed` are the formats of this command. */
export function reportFormat(format: string | undefined, output: string | undefined, allowed: readonly ReportFormat[] = REPORT_FORMATS): ReportFormat {
  if (format !== undefined) {
    const named = format.trim().toLowerCase();
    if ((allowed as readonly string[]).includes(named)) return named as ReportFormat;
    throw new EbzError('badFormat', { value: format, allowed: allowed.join(', ') });
  }
  if (output !== undefined) {
    const inferred = EXTENSIONS[extname(output).toLowerCase()];
    const extensions = Object.keys(EXTENSIONS).filter((e) => allowed.includes(EXTENSIONS[e]!));
    if (!inferred || !allowed.includes(inferred)) throw new EbzError('badOutputExtension', { file: output, allowed: extensions.join(' ') });
    return inferred;
  }
  return 'text';
}

/** The real path of a folder (links resolved), or of its nearest existing ancestor joined with the rest. */
function realFolder(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(realFolder(parent), path.slice(parent.length + 1));
  }
}

/**
 * Writes a report to --output: atomically, never over a file without --force (the old one is backed
 * up beside the output, in its folder's .ebz/backups/), and never into a unit folder — followed through
 * links, and a lone unit folder (`layout: 'lone-unit'`, where the root is the unit) counting as one.
 */
export function writeOutput(
  file: string,
  content: string | Uint8Array,
  options: { cwd: string; force: boolean; campaignRoot: string; loneUnit?: boolean; now?: Date },
): { target: string; backup: string | undefined } {
  const target = resolve(options.cwd, file);
  const folder = realFolder(dirname(target));
  const guarded = realFolder(options.loneUnit ? options.campaignRoot : join(options.campaignRoot, 'units'));
  if (folder === guarded || folder.startsWith(guarded + sep)) throw new EbzError('outputInCampaign', { file });
  const backup = writeFileSafely(target, content, { force: options.force, shown: file, now: options.now });
  return { target, backup };
}

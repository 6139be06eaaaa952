// Writing what a command produced: to stdout, or atomically to --output without destroying a file.
import { realpathSync } from 'node:fs';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { EbzError } from '../model/errors.js';
import { REPORT_FORMATS, type ReportFormat } from '../render/formats.js';
import { terminalWidth } from '../render/width.js';
import { displayWidth, wrapText } from '../render/wrap.js';
import type { Io } from './context.js';
import { writeFileSafely, type Content } from './write.js';

const EXTENSIONS: Record<string, ReportFormat> = { '.txt': 'text', '.md': 'md', '.csv': 'csv', '.json': 'json', '.html': 'html', '.htm': 'html', '.docx': 'docx', '.xlsx': 'xlsx' };

/**
 * A message for stderr, wrapped to the width of a person's terminal (COLUMNS, else the terminal's, else
 * 80): `lead` (ebz: ) on the first line, the lines after it indented under the message, so that it still
 * reads as one. On a pipe or a file with no COLUMNS (a log, a script reading `ebz: …`) it stays one line.
 */
export function stderrText(io: Pick<Io, 'stderr' | 'env'>, message: string, lead = ''): string {
  const forPerson = io.stderr.isTTY === true || (io.env.COLUMNS ?? '') !== '';
  if (!forPerson) return lead + message + '\n';
  const hanging = ' '.repeat(displayWidth(lead));
  const lines = message.split('\n').flatMap((line) => wrapText(line, terminalWidth(io.stderr, io.env) - hanging.length));
  return lines.map((line, i) => (i === 0 ? lead : hanging) + line).join('\n') + '\n';
}

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

function within(path: string, folder: string): boolean {
  return path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}

/**
 * Refuses an output that would land inside the campaign: anywhere under its root, where ebz reads
 * campaign.yaml, adjustments.yaml and the units' files — followed through links and `..`, whatever the
 * format. A unit folder (or a lone unit folder, where the root is the unit) is named as such.
 */
export function assertOutsideCampaign(target: string, shown: string, campaignRoot: string, loneUnit = false): void {
  const real = realFolder(target);
  const root = realFolder(campaignRoot);
  if (loneUnit ? within(real, root) : within(real, realFolder(join(campaignRoot, 'units')))) throw new EbzError('outputInCampaign', { file: shown });
  if (within(real, root)) throw new EbzError('outputInCampaignRoot', { file: shown, root });
}

/**
 * Writes a report to --output: atomically, never over a file without --force (the old one is backed
 * up beside the output, in its folder's .ebz/backups/), and never inside the campaign it reads.
 */
export function writeOutput(
  file: string,
  content: Content,
  options: { cwd: string; force: boolean; campaignRoot: string; loneUnit?: boolean; now?: Date },
): { target: string; backup: string | undefined } {
  const target = resolve(options.cwd, file);
  assertOutsideCampaign(target, file, options.campaignRoot, options.loneUnit);
  const backup = writeFileSafely(target, content, { force: options.force, shown: file, now: options.now });
  return { target, backup };
}

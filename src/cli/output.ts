// Writing what a command produced: to stdout, or atomically to --output without destroying a file.
import { extname, join, resolve, sep } from 'node:path';
import { EbzError } from '../model/errors.js';
import { REPORT_FORMATS, type ReportFormat } from '../render/formats.js';
import { writeFileSafely } from './write.js';

const EXTENSIONS: Record<string, ReportFormat> = { '.txt': 'text', '.md': 'md', '.csv': 'csv', '.json': 'json', '.html': 'html', '.htm': 'html' };

/** --format, else the --output file's extension, else text. */
export function reportFormat(format: string | undefined, output: string | undefined): ReportFormat {
  if (format !== undefined) {
    if ((REPORT_FORMATS as readonly string[]).includes(format)) return format as ReportFormat;
    throw new EbzError('badFormat', { value: format, allowed: REPORT_FORMATS.join(', ') });
  }
  if (output !== undefined) {
    const inferred = EXTENSIONS[extname(output).toLowerCase()];
    if (!inferred) throw new EbzError('badOutputExtension', { file: output, allowed: Object.keys(EXTENSIONS).join(' ') });
    return inferred;
  }
  return 'text';
}

/** Writes a report to --output: atomically, never over a file without --force, never into a unit folder. */
export function writeOutput(file: string, content: string, options: { cwd: string; force: boolean; campaignRoot: string }): string {
  const target = resolve(options.cwd, file);
  if (target.startsWith(join(options.campaignRoot, 'units') + sep)) throw new EbzError('outputInCampaign', { file });
  writeFileSafely(target, content, { force: options.force, shown: file });
  return target;
}

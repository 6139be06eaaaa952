// Writing what a command produced: to stdout, or atomically to --output without destroying a file.
import { existsSync, renameSync, writeFileSync, copyFileSync, unlinkSync } from 'node:fs';
import { basename, dirname, extname, join, resolve, sep } from 'node:path';
import { EbzError } from '../model/errors.js';
import { REPORT_FORMATS, type ReportFormat } from '../render/formats.js';

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

/**
 * Writes `content` to `file` through a temporary file and a rename, so a reader never sees half a
 * report. An existing file is kept: refused without `force`, else moved aside to FILE.bak first.
 * Never writes inside the campaign's units/ folder.
 */
export function writeOutput(file: string, content: string, options: { cwd: string; force: boolean; campaignRoot: string }): string {
  const target = resolve(options.cwd, file);
  const units = join(options.campaignRoot, 'units') + sep;
  if (target.startsWith(units)) throw new EbzError('outputInCampaign', { file });
  if (!existsSync(dirname(target))) throw new EbzError('outputFolderMissing', { file });
  if (existsSync(target) && !options.force) throw new EbzError('outputExists', { file });
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, content);
    if (existsSync(target)) copyFileSync(target, `${target}.bak`);
    renameSync(temporary, target);
  } catch (error) {
    if (existsSync(temporary)) unlinkSync(temporary);
    throw new EbzError('outputFailed', { file, reason: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
  return target;
}

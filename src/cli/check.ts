// `ebz check [PATH]`: options in, findings out, exit 0/1 by what was found.
import { assertPathExists } from '../load/root.js';
import { resolve } from 'node:path';
import { t } from '../i18n/index.js';
import { EbzError } from '../model/errors.js';
import { unitNames } from '../model/roster.js';
import { CHECK_FORMATS, renderCheckJson, type CheckFormat } from '../render/check-json.js';
import { terminalWidth } from '../render/width.js';
import { runCheck } from '../rules/check.js';
import type { CommandContext } from './context.js';

export interface CheckCommandOptions {
  asOf?: string;
  unit?: string[];
  format?: string;
  strict?: boolean;
}

export function parseFormat<F extends string>(value: string | undefined, allowed: readonly F[], fallback: F): F {
  if (value === undefined) return fallback;
  const named = value.trim().toLowerCase();
  if ((allowed as readonly string[]).includes(named)) return named as F;
  throw new EbzError('badFormat', { value, allowed: allowed.join(', ') });
}

export async function checkCommand(path: string | undefined, options: CheckCommandOptions, { io, lang, noColor }: CommandContext): Promise<number> {
  const format = parseFormat<CheckFormat>(options.format, CHECK_FORMATS, 'text');
  const target = path ?? '.';
  assertPathExists(target, io.cwd);
  const run = runCheck(resolve(io.cwd, target), { lang, asOf: options.asOf, units: options.unit ?? [], now: io.now });
  if (run.notes.length > 0) {
    const { stderrText } = await import('./output.js');
    for (const note of run.notes) io.stderr.write(stderrText(io, t(lang, note.id, note.data)));
  }
  if (format === 'json') {
    // A machine's format: no terminal layout (string-width) or colour (chalk) is loaded.
    io.stdout.write(renderCheckJson(run.result));
  } else {
    const [{ checkRenderers }, { colorLevel, painter }] = await Promise.all([import('../render/findings.js'), import('../render/color.js')]);
    const paint = painter(format === 'text' ? colorLevel(io.stdout, io.env, noColor) : 0);
    io.stdout.write(checkRenderers[format](run.result, { lang, paint, width: terminalWidth(io.stdout, io.env), keep: unitNames(run.state.loaded) }));
  }
  const { errors, warnings } = run.result.summary;
  return errors > 0 || (options.strict && warnings > 0) ? 1 : 0;
}

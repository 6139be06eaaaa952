// A file checked alone under a name ebz does not know (发改委对标方案.yaml): which kind of file its
// content is, judged by its top-level keys against each kind's schema.
import { schemas } from '../model/schemas.generated.js';
import type { Recognised } from '../model/files.js';
import type { FileKind } from '../model/types.js';
import { decodeText } from './decode.js';
import { DEFAULT_MAX_FILE_BYTES } from './campaign.js';
import { readRegularFile } from './regular-file.js';
import { parseYaml } from './yaml.js';

/** The kinds a unit sends, with the name each is saved under. */
const UNIT_KINDS = ['unit', 'benchmark', 'research', 'plan', 'progress', 'annual'] as const;

/** The names ebz reads, as an error lists them. */
export const KNOWN_FILE_NAMES = 'campaign.yaml、adjustments.yaml、unit.yaml、benchmark.yaml、research.yaml、plan.yaml、progress/YYYY-MM.yaml、annual/YYYY.yaml';

export type { Recognised };

/** A name ebz reads, or one it takes for such a name (plan.yml, plan (1).yaml, 2022-3.yaml): not judged by content. */
export function looksKnown(name: string): boolean {
  return /^(?:副本\s*)?(?:unit|benchmark|research|plan|campaign|adjustments)\b.*\.ya?ml$/i.test(name) || /^\d{4}.*\.ya?ml$/i.test(name);
}

/** How well `keys` fit a kind: keys it knows, less keys it does not; its required keys break ties. */
function fit(kind: FileKind, keys: readonly string[]): number {
  const schema = schemas[kind] as { properties?: Record<string, unknown>; required?: string[] };
  const known = Object.keys(schema.properties ?? {});
  const inside = keys.filter((k) => known.includes(k)).length;
  const required = (schema.required ?? []).filter((k) => keys.includes(k)).length;
  return (inside - (keys.length - inside)) * 100 + required;
}

function periodName(kind: Recognised['kind'], data: Record<string, unknown>): string | null {
  if (kind === 'progress') return typeof data.period === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(data.period) ? `progress/${data.period}.yaml` : null;
  if (kind === 'annual') return typeof data.year === 'number' && Number.isInteger(data.year) ? `annual/${data.year}.yaml` : null;
  return `${kind}.yaml`;
}

/** The kind of unit file whose keys `data` has (at least two of them, and better than any other kind), or null. */
export function recogniseData(data: unknown): Recognised | null {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return null;
  const keys = Object.keys(data);
  const scored = UNIT_KINDS.map((kind) => ({ kind, score: fit(kind, keys) })).sort((a, b) => b.score - a.score);
  const [best, next] = scored;
  if (!best || best.score < 200 || (next && next.score === best.score)) return null;
  const name = periodName(best.kind, data as Record<string, unknown>);
  const title = String((schemas[best.kind] as { title?: string }).title ?? best.kind).replace(/[（(].*$/, '');
  return name ? { kind: best.kind, title, name } : null;
}

/** Reads the file at `full` and recognises its kind; null when it cannot be read or fits none. */
export function recogniseFile(full: string): Recognised | null {
  const read = readRegularFile(full, DEFAULT_MAX_FILE_BYTES);
  if (!('bytes' in read)) return null;
  const decoded = decodeText(read.bytes);
  if (!decoded) return null;
  return recogniseData(parseYaml(decoded.text).data);
}

// JSON Schema validation (ajv's functions, compiled ahead of time: validators.generated.ts) and the translation of ajv's errors into
// problems a clerk understands: one per real problem, located at the node concerned.
import type { ErrorObject } from 'ajv';
import { choiceList, choicesOfNode, domainChoices, matchChoice, type Choice } from '../model/labels.js';
import { schemas, type SchemaKind } from '../model/schemas.generated.js';
import { suggestIsoDate } from '../calendar/dates.js';
import { asciiDigits, fullWidthNumber, hasFullWidthDigits, withoutPercentSign } from './hints.js';
import * as validators from './validators.generated.js';
import type { DataPath } from './yaml.js';

export interface SchemaProblem {
  path: DataPath;
  target: 'value' | 'key';
  messageId: string;
  data: Record<string, string | number>;
}

type JsonSchema = Record<string, unknown>;

/** ajv's validating function, as compiled ahead of time by scripts/gen-validators.mjs (allErrors, verbose). */
interface ValidateFunction {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

function validatorFor(kind: SchemaKind): ValidateFunction {
  return (validators as unknown as Record<SchemaKind, ValidateFunction>)[kind];
}

export function validateData(kind: SchemaKind, data: unknown): SchemaProblem[] {
  const validate = validatorFor(kind);
  if (validate(data)) return [];
  return translateErrors(schemas[kind] as JsonSchema, data, validate.errors ?? []);
}

// ---- translation ----------------------------------------------------------------------------

function translateErrors(root: JsonSchema, data: unknown, errors: ErrorObject[]): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const seen = new Set<string>();
  for (const error of collapseAlternatives(errors)) {
    const problem = translate(root, data, error);
    if (!problem) continue;
    const key = `${problem.path.join('\u0000')}|${problem.target}|${problem.messageId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  // A misspelt key (`submited`) also leaves the right one missing: that is one problem, not two.
  const misspelt = new Set(
    problems.filter((p) => p.messageId === 'unknownKeySuggest').map((p) => `${p.path.slice(0, -1).join('\u0000')}|${p.data.suggestion}`),
  );
  return problems.filter((p) => p.messageId !== 'required' || !misspelt.has(`${p.path.join('\u0000')}|${p.data.missing}`));
}

/**
 * Replaces each failed anyOf/oneOf with the errors of the one branch that matters: the branch whose
 * type fitted the value, or else a single type error naming every type the branches accept.
 */
function collapseAlternatives(errors: ErrorObject[]): ErrorObject[] {
  const alternatives = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf');
  if (alternatives.length === 0) return errors.filter((e) => e.keyword !== 'if');
  const dropped = new Set<ErrorObject>();
  const added: ErrorObject[] = [];
  for (const alt of alternatives) {
    dropped.add(alt);
    const inside = errors.filter((e) => e !== alt && e.schemaPath.startsWith(alt.schemaPath + '/') && e.instancePath.startsWith(alt.instancePath));
    inside.forEach((e) => dropped.add(e));
    const branches = new Map<string, ErrorObject[]>();
    for (const e of inside) {
      const branch = e.schemaPath.slice(alt.schemaPath.length + 1).split('/')[0] ?? '';
      branches.set(branch, [...(branches.get(branch) ?? []), e]);
    }
    const fitting = [...branches.values()].find((list) => !list.some((e) => e.keyword === 'type' && e.instancePath === alt.instancePath));
    if (fitting) {
      for (const e of fitting) added.push(e);
    } else {
      const types = [...branches.values()].flat().filter((e) => e.keyword === 'type').flatMap((e) => [e.params.type as string | string[]].flat());
      added.push({ ...alt, keyword: 'type', params: { type: [...new Set(types)] } });
    }
  }
  const kept = errors.filter((e) => !dropped.has(e) && e.keyword !== 'if');
  return [...kept, ...added];
}

function pathOf(instancePath: string, data: unknown): (string | number)[] {
  if (instancePath === '') return [];
  const segments = instancePath.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const path: (string | number)[] = [];
  let node: unknown = data;
  for (const segment of segments) {
    const key = Array.isArray(node) ? Number(segment) : segment;
    path.push(key);
    node = node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined;
  }
  return path;
}

function resolveRef(root: JsonSchema, schema: JsonSchema): JsonSchema {
  const ref = schema.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return schema;
  const target = ref
    .slice(2)
    .split('/')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], root) as JsonSchema | undefined;
  return target ? { ...resolveRef(root, target), ...withoutRef(schema) } : schema;
}

function withoutRef(schema: JsonSchema): JsonSchema {
  const { $ref: _ref, ...rest } = schema;
  return rest;
}

/** The schema that describes the value at `path`, with its $ref resolved and its own title kept. */
export function schemaAt(root: JsonSchema, path: DataPath): JsonSchema | undefined {
  let schema: JsonSchema | undefined = resolveRef(root, root);
  for (const segment of path) {
    if (!schema) return undefined;
    let next: unknown;
    if (typeof segment === 'number') {
      next = schema.items;
    } else {
      const properties = schema.properties as Record<string, unknown> | undefined;
      next = properties?.[segment] ?? (typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined);
    }
    if (next === undefined) {
      const alternatives = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
      const branch = alternatives?.map((s) => resolveRef(root, s)).find((s) => s.type === 'object' || s.type === 'array');
      if (!branch) return undefined;
      schema = branch;
      next = typeof segment === 'number' ? schema.items : (schema.properties as Record<string, unknown> | undefined)?.[segment];
    }
    schema = next && typeof next === 'object' ? resolveRef(root, next as JsonSchema) : undefined;
  }
  return schema;
}

function titleAt(root: JsonSchema, path: DataPath): string {
  const title = schemaAt(root, path)?.title;
  if (typeof title === 'string') return title;
  const last = path[path.length - 1];
  return last === undefined ? '' : String(last);
}

/** The field name to show: its key and Chinese title; inside a list item, the key within the item and the item (措施 m4). */
function fieldData(root: JsonSchema, path: DataPath, data?: unknown): Record<string, string | number> {
  const named = [...path].reverse().find((s) => typeof s === 'string');
  const title = titleAt(root, path);
  let last = -1;
  path.forEach((s, i) => typeof s === 'number' && (last = i));
  if (data === undefined || last < 1 || typeof path[last - 1] !== 'string') {
    const key = path.map((s) => (typeof s === 'number' ? `[${s + 1}]` : s)).join('.').replace(/\.\[/g, '[');
    return { key: key || String(named ?? ''), title };
  }
  // The item is named by its id where it has one (措施 m4), else by its place (第 4 项).
  const item = path.slice(0, last + 1).reduce<unknown>((node, s) => (node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[s] : undefined), data);
  const id = item !== null && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string' ? (item as { id: string }).id : '';
  const list = path[last - 1] as string;
  return { key: path.slice(last + 1).join('.'), title, itemList: list, itemTitle: titleAt(root, path.slice(0, last)), itemId: id, itemNo: (path[last] as number) + 1 };
}

/** The key and Chinese title of the field at `path` of a file of `kind`, as schema messages show them. */
export function describeField(kind: SchemaKind, path: DataPath): Record<string, string | number> {
  if (path.length === 0) return { key: '(file)', title: '文件' };
  return fieldData(schemas[kind] as JsonSchema, path);
}

const MONTH_PATTERN = '^[0-9]{4}-(0[1-9]|1[0-2])$';

function translate(root: JsonSchema, data: unknown, error: ErrorObject): SchemaProblem | null {
  const path = pathOf(error.instancePath, data);
  const value = error.data;
  const field = fieldData(root, path, data);
  const at = (messageId: string, extra: Record<string, string | number> = {}, target: 'value' | 'key' = 'value', where: DataPath = path): SchemaProblem => ({
    path: where,
    target,
    messageId,
    data: { ...field, ...extra },
  });

  // `if: { const: 0 }, then: { errorMessage }` is how a schema forbids one value with words an editor shows.
  if (error.schemaPath.endsWith('/then/type') && (schemaAt(root, path)?.if as JsonSchema | undefined)?.const === 0) return at('notZero', { value: display(value) });
  switch (error.keyword) {
    case 'required': {
      const missing = String(error.params.missingProperty);
      const missingPath = [...path, missing];
      return { path, target: 'value', messageId: 'required', data: { ...fieldData(root, missingPath, data), missing } };
    }
    case 'additionalProperties': {
      const extraKey = String(error.params.additionalProperty);
      const known = Object.keys((schemaAt(root, path)?.properties as object | undefined) ?? {});
      const suggestion = nearest(extraKey, known);
      return {
        path: [...path, extraKey],
        target: 'key',
        messageId: suggestion ? 'unknownKeySuggest' : 'unknownKey',
        data: { key: extraKey, suggestion: suggestion ?? '', known: known.join(', ') },
      };
    }
    case 'propertyNames': {
      const name = String(error.params.propertyName);
      return { path: [...path, name], target: 'key', messageId: 'idPattern', data: { key: name, title: String(field.title), value: name } };
    }
    case 'enum':
      return enumProblem(choicesOfNode(schemaAt(root, path)), value, error.params.allowedValues as unknown[], at);
    case 'const':
      return at('enum', { value: display(value), allowed: String(error.params.allowedValue) });
    case 'type': {
      const expected = [error.params.type as string | string[]].flat();
      // What the file's root should be comes from its schema: adjustments.yaml is a list, the others mappings.
      if (path.length === 0) return at('rootType', { expected: expected.join('|'), actual: typeOf(value) });
      if (typeof value === 'string' && (expected.includes('number') || expected.includes('integer'))) {
        const number = withoutPercentSign(value);
        if (number !== undefined) return at('percentSign', { value, suggestion: number });
        const ascii = fullWidthNumber(value);
        if (ascii !== undefined) return at('fullWidthNumber', { value, suggestion: ascii });
      }
      return at('type', { expected: [error.params.type as string | string[]].flat().join('|'), actual: typeOf(value), value: display(value) });
    }
    case 'format':
      return dateProblem(value, at);
    case 'pattern':
      return patternProblem(String(error.params.pattern), path, value, data, at);
    case 'minItems':
      return Number(error.params.limit) <= 1 ? at('emptyList') : at('minItems', { limit: Number(error.params.limit) });
    case 'minProperties':
      return at('emptyList');
    case 'minLength':
      return at('emptyText');
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const bounds = schemaAt(root, path);
      if (typeof bounds?.minimum === 'number' && typeof bounds.maximum === 'number') {
        return at('rangeBetween', { value: display(value), min: bounds.minimum, max: bounds.maximum });
      }
      return at('range', { value: display(value), comparison: String(error.params.comparison), limit: Number(error.params.limit) });
    }
    case 'not':
      return at('notZero', { value: display(value) });
    default:
      return at('invalid', { value: display(value) });
  }
}

type At = (messageId: string, extra?: Record<string, string | number>) => SchemaProblem;

/** A value outside its choices: the id meant when it is a label ebz shows (推进中), else the choices as id（中文）. */
function enumProblem(choices: Choice[], value: unknown, allowedValues: unknown[], at: At): SchemaProblem {
  const meant = typeof value === 'string' ? matchChoice(value, choices) : undefined;
  if (meant !== undefined) return at('enumLabel', { value: display(value), suggestion: meant });
  return at('enum', { value: display(value), allowed: choices.length > 0 ? choiceList(choices) : allowedValues.map(String).join(' | ') });
}

/** A value that is not a YYYY-MM-DD date: the date meant where it can be told. */
function dateProblem(value: unknown, at: At): SchemaProblem {
  if (typeof value !== 'string') return at('type', { expected: 'string', actual: typeOf(value), value: display(value) });
  if (hasFullWidthDigits(value)) {
    const ascii = suggestIsoDate(asciiDigits(value));
    if (ascii) return at('fullWidthDate', { value, suggestion: ascii });
  }
  const suggestion = suggestIsoDate(value);
  if (suggestion) return at('dateForm', { value, suggestion });
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return at('dateInvalid', { value });
  return at('dateUnreadable', { value });
}

/** A value not of its pattern: a month, an id, or a domain written as its name. */
function patternProblem(pattern: string, path: DataPath, value: unknown, data: unknown, at: At): SchemaProblem | null {
  if (path[path.length - 1] === 'domain' && typeof value === 'string') {
    // A domain's label (人才引育) names its id: campaign.yaml holds both; unit.yaml's is judged by unit-domain-unknown.
    const domains = (data as { domains?: unknown }).domains;
    const meant = domains && typeof domains === 'object' ? matchChoice(value, domainChoices(domains as Record<string, string>)) : undefined;
    if (meant !== undefined) return at('enumLabel', { value, suggestion: meant });
    if (path.length === 1) return null;
  }
  if (pattern === MONTH_PATTERN) {
    if (typeof value === 'string' && hasFullWidthDigits(value)) {
      const ascii = suggestIsoDate(`${asciiDigits(value)}-01`)?.slice(0, 7);
      if (ascii) return at('fullWidthDate', { value, suggestion: ascii });
    }
    const suggestion = typeof value === 'string' ? suggestIsoDate(`${value}-01`)?.slice(0, 7) : undefined;
    return suggestion ? at('monthForm', { value: display(value), suggestion }) : at('monthUnreadable', { value: display(value) });
  }
  if (pattern.startsWith('^[a-z0-9]')) return at('idPattern', { value: display(value) });
  return at('pattern', { value: display(value) });
}

function display(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return Array.isArray(value) ? '[…]' : '{…}';
  return String(value);
}

function typeOf(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** The known key closest to `word` (edit distance at most a third of its length, at least 1), if any. */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    // The distance is at least the difference in length: most candidates need no table at all.
    if (Math.abs(candidate.length - word.length) >= bestDistance) continue;
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

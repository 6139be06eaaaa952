// The fixed words of the files (kind, category, status, role, direction…) with the Chinese labels ebz
// shows for them: read from the schemas' enum and enumDescriptions, and from campaign.yaml's domains.
import { schemas, type SchemaKind } from './schemas.generated.js';

export interface Choice {
  id: string;
  /** The Chinese label as the schema or campaign.yaml gives it, e.g. 市委部门（组织部、宣传部、统战部、政法委）. */
  label: string;
}

type Node = Record<string, unknown>;

/** The choices a schema node offers: its enum, each with its enumDescriptions label ('' when it has none). */
export function choicesOfNode(node: Node | undefined): Choice[] {
  const ids = node?.enum;
  if (!Array.isArray(ids)) return [];
  const labels = Array.isArray(node!.enumDescriptions) ? (node!.enumDescriptions as unknown[]) : [];
  return ids.map((id, i) => ({ id: String(id), label: typeof labels[i] === 'string' ? (labels[i] as string) : '' }));
}

/** The first node under `node` that a property named `key` describes with an enum. */
function findEnum(node: unknown, key: string): Node | undefined {
  if (node === null || typeof node !== 'object') return undefined;
  const record = node as Node;
  const own = (record.properties as Node | undefined)?.[key] as Node | undefined;
  if (own && Array.isArray(own.enum)) return own;
  for (const child of Object.values(record)) {
    const found = findEnum(child, key);
    if (found) return found;
  }
  return undefined;
}

/** The choices of the field `key` in files of `kind`, e.g. ('unit', 'kind') or ('progress', 'status'). */
export function schemaChoices(kind: SchemaKind, key: string): Choice[] {
  return choicesOfNode(findEnum(schemas[kind], key));
}

/** campaign.yaml's domains as choices: the id and its name (人才引育). */
export function domainChoices(domains: Readonly<Record<string, string>>): Choice[] {
  return Object.entries(domains).map(([id, label]) => ({ id, label }));
}

/** The label's core: without a leading ①, a trailing （…） or what follows "：" — 市委部门, 国家层面通报典型做法, 错误. */
export function shortLabel(label: string): string {
  return label
    .replace(/^[①-⑳]\s*/, '')
    .replace(/[（(].*$/, '')
    .replace(/[：:].*$/, '')
    .trim();
}

/**
 * The id a clerk meant: the id itself (in any case), the label ebz shows, or the label's core
 * (市委部门 for 市委部门（组织部、宣传部、统战部、政法委）). Undefined when nothing matches, or more than one.
 */
export function matchChoice(value: string, choices: readonly Choice[]): string | undefined {
  const typed = value.trim();
  const exact = choices.find((c) => c.id === typed);
  if (exact) return exact.id;
  const tries: ((c: Choice) => boolean)[] = [
    (c) => c.id.toLowerCase() === typed.toLowerCase(),
    (c) => c.label !== '' && c.label === typed,
    (c) => c.label !== '' && shortLabel(c.label) === shortLabel(typed),
  ];
  for (const fits of tries) {
    const found = choices.filter(fits);
    if (found.length === 1) return found[0]!.id;
  }
  return undefined;
}

/** The choices as every list of them is shown: "id（中文）" — in-progress（推进中） | done（已完成）. */
export function choiceList(choices: readonly Choice[]): string {
  return choices.map((c) => (c.label ? `${c.id}（${shortLabel(c.label) || c.label}）` : c.id)).join(' | ');
}

/** The kinds of file as choices: plan with its title 对标创建工作方案 (the schema's, without the file name). */
export function fileKindChoices(kinds: readonly SchemaKind[]): Choice[] {
  return kinds.map((id) => ({ id, label: String((schemas[id] as { title?: string }).title ?? '').replace(/[（(].*$/, '') }));
}


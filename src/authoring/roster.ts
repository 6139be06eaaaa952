// `ebz new unit` under a roster: the new member's line added to campaign.yaml `members`, every other
// line left as the office wrote it; and the unit.yaml that then needs only what the unit itself knows.
import { personHistory } from '../model/people.js';
import type { Member, UnitDoc } from '../model/types.js';
import { yamlLib } from '../load/yaml-lib.js';
import { flowScalar } from './templates.js';

/** The roster line of a unit written by `ebz new unit`: `{ id, name, kind, domain, leader_in_charge }`. */
export function memberLine(doc: UnitDoc): string {
  const parts = [`id: ${flowScalar(doc.id)}`, `name: ${flowScalar(doc.name)}`];
  if (doc.kind) parts.push(`kind: ${doc.kind}`);
  if (doc.domain) parts.push(`domain: ${flowScalar(doc.domain)}`);
  const leader = personHistory(doc.leader_in_charge).at(-1);
  if (leader) parts.push(`leader_in_charge: { name: ${flowScalar(leader.name)}, title: ${flowScalar(leader.title)} }`);
  return `- { ${parts.join(', ')} }`;
}

/**
 * campaign.yaml with one more member after the last one, indented like the others; null when `members`
 * is not a block list that a line can be added to (then the office adds it by hand).
 */
export function withMemberAdded(text: string, doc: UnitDoc): string | null {
  const document = yamlLib().parseDocument(text);
  const members = document.get('members', true) as { items?: { range?: [number, number, number] }[]; range?: [number, number, number]; flow?: boolean } | undefined;
  const items = members?.items;
  const last = items?.at(-1)?.range;
  if (!members || !items || !last || members.flow || !members.range) return null;
  const lineStart = text.lastIndexOf('\n', members.range[0] - 1) + 1;
  const indent = text.slice(lineStart, members.range[0]);
  if (!/^ *$/.test(indent)) return null;
  const lineEnd = text.indexOf('\n', last[1]);
  const at = lineEnd < 0 ? text.length : lineEnd + 1;
  const before = text.slice(0, at) + (lineEnd < 0 ? '\n' : '');
  return `${before}${indent}${memberLine(doc)}\n${text.slice(at)}`;
}

/** unit.yaml under a roster: the roster owns the name, kind, domain and leader, so unit.yaml leaves them to it. */
export function underRoster(doc: UnitDoc, member: Member | undefined): UnitDoc {
  const { kind: _kind, domain: _domain, leader_in_charge: _leader, order: _order, ...own } = doc;
  return { ...own, name: member?.name ?? doc.name };
}

// `ebz check`'s formats, and its JSON (exactly DESIGN §4): light, so that a check read by a machine
// loads no terminal layout or colour.
import type { CheckResult } from '../rules/check.js';

export type CheckFormat = 'text' | 'json' | 'md';
export const CHECK_FORMATS: readonly CheckFormat[] = ['text', 'json', 'md'];

export function renderCheckJson(result: CheckResult): string {
  return JSON.stringify(result, null, 2) + '\n';
}

// The kind of file a command is given (ebz new KIND, ebz schema KIND): its id or the title ebz shows for it.
import { nearest } from '../load/validate.js';
import { EbzError } from '../model/errors.js';
import { choiceList, fileKindChoices, matchChoice } from '../model/labels.js';
import type { SchemaKind } from '../model/schemas.generated.js';

/** A kind of file as typed (plan, PLAN, 对标创建工作方案); exit 2 with a suggestion or the choices as id（中文）. */
export function fileKindOf<K extends SchemaKind>(typed: string, kinds: readonly K[]): K {
  const choices = fileKindChoices(kinds);
  const meant = matchChoice(typed, choices);
  if (meant !== undefined) return meant as K;
  const value = typed.trim().toLowerCase();
  const suggestion = nearest(value, kinds);
  throw suggestion ? new EbzError('badKindSuggest', { value, suggestion }) : new EbzError('badKind', { value, allowed: choiceList(choices) });
}

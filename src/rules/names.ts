// Comparing the names people write: one person is one name however the keyboard encoded it.

/** A name as compared: Unicode NFC (a composed and a decomposed 张 or é are one), outer spaces trimmed. */
export function normalName(name: string): string {
  return name.normalize('NFC').trim();
}

export function sameName(a: string, b: string): boolean {
  return normalName(a) === normalName(b);
}

/** True when two different names would look the same on screen: full-width forms, invisible characters. */
export function looksSame(a: string, b: string): boolean {
  const shown = (s: string) => s.normalize('NFKC').replace(/[\p{Cf}\p{Zs}]/gu, '');
  return !sameName(a, b) && shown(a) === shown(b);
}

/** `张三（U+5F20 U+200B U+4E09）`: a name with its code points, when it looks like another but is not. */
export function withCodePoints(name: string): string {
  const points = Array.from(name, (c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
  return `${name}（${points.join(' ')}）`;
}

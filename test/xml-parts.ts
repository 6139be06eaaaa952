// Test helper: the XML parts of a docx or xlsx, each read by a strict XML 1.0 parser (saxes, which exceljs
// uses) after unzipping with jszip (which docx and exceljs use).
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { expect } from 'vitest';

/** Every character XML 1.0 forbids or Unicode reserves as a noncharacter. */
export const FORBIDDEN = /[^\t\n\r\u{20}-\u{D7FF}\u{E000}-\u{FFFD}\u{10000}-\u{10FFFF}]|\p{Noncharacter_Code_Point}/u;

/** The XML parts of a docx or xlsx, each checked by a strict XML 1.0 parser; returns their text. */
export async function xmlParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n))) {
    const xml = await zip.file(name)!.async('string');
    const errors: string[] = [];
    const parser = new SaxesParser();
    parser.on('error', (e) => errors.push(e.message));
    parser.write(xml).close();
    expect(errors, name).toEqual([]);
    expect(xml, name).not.toMatch(FORBIDDEN);
    parts.set(name, xml);
  }
  return parts;
}


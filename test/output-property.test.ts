// Generated hostile output: names with noncharacters and what XML forbids, output paths that lead into
// the campaign (through .., links and look-alike siblings), pipes and other non-files in the output's
// place, and names up to the file system's 255 bytes — through the sanitiser, the guard and the writer.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertOutsideCampaign } from '../src/cli/output.js';
import { NAME_MAX_BYTES, writeFileSafely } from '../src/cli/write.js';
import { EbzError } from '../src/model/errors.js';
import type { View } from '../src/render/view.js';
import { xmlText } from '../src/render/xml-text.js';
import { renderXlsx } from '../src/render/xlsx.js';
import { makeFifo, recordingOpens } from './fs-faults.js';
import { SOUND, tempDir } from './helpers.js';
import { FORBIDDEN, xmlParts } from './xml-parts.js';

/** A Unicode noncharacter: U+FDD0–U+FDEF, or the last two code points of any of the 17 planes. */
const noncharacter = fc.oneof(
  fc.integer({ min: 0xfdd0, max: 0xfdef }),
  fc.integer({ min: 0, max: 16 }).chain((plane) => fc.constantFrom(plane * 0x10000 + 0xfffe, plane * 0x10000 + 0xffff)),
).map((c) => String.fromCodePoint(c));
/** What XML 1.0 cannot carry at all: a noncharacter, a lone surrogate, a C0 control. */
const unspeakable = fc.oneof(
  noncharacter,
  fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)),
);
const hostileName = fc.array(fc.oneof(unspeakable, fc.constantFrom('局', 'a', '&', '<', '🙂', ' ')), { maxLength: 40 }).map((parts) => parts.join(''));

function thrownId(action: () => unknown): string | undefined {
  try {
    action();
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(EbzError);
    return (error as EbzError).messageId;
  }
}

describe('names with noncharacters', () => {
  it('the sanitiser leaves nothing XML forbids and keeps every other character in order', () => {
    fc.assert(
      fc.property(hostileName, (text) => {
        const clean = xmlText(text);
        expect(clean).not.toMatch(FORBIDDEN);
        // Whole characters, as two surrogates side by side make one.
        const kept = Array.from(text).filter((c) => !FORBIDDEN.test(c) && !/[\u0000-\u001f]/.test(c)).join('');
        expect(clean.replace(/ /g, '')).toBe(kept.replace(/ /g, ''));
      }),
      { numRuns: 500 },
    );
  });
  it('a workbook of such names is well-formed XML', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostileName, { minLength: 1, maxLength: 5 }), async (names) => {
        const view: View = { title: names[0]!, meta: names, sections: [{ heading: names[0]!, table: { name: names[0], columns: [{ label: names[0]! }], rows: names.map((n) => [n]) } }] };
        await xmlParts(await renderXlsx(view, 'zh'));
      }),
      { numRuns: 15 },
    );
  });
});

describe('output paths into the campaign', () => {
  const base = tempDir();
  const root = join(base, 'camp');
  cpSync(SOUND, root, { recursive: true });
  mkdirSync(join(base, 'camp-other'));
  symlinkSync(root, join(base, 'link'));
  const segment = fc.constantFrom('..', '.', 'units', 'fgw', 'progress', 'camp', 'camp-other', 'link', '报告', 'campaign.yaml');
  it('is refused exactly when the path, links and .. resolved, is inside the root', () => {
    fc.assert(
      fc.property(fc.constantFrom(root, join(base, 'link'), join(base, 'camp-other'), base), fc.array(segment, { maxLength: 5 }), (start, segments) => {
        const target = resolve(start, ...segments, 'r.json');
        // Independently: the path as written, with the one link (base/link → root) replaced by the root.
        const link = join(base, 'link');
        const real = target === link || target.startsWith(link + sep) ? root + target.slice(link.length) : target;
        const inside = real.startsWith(root + sep);
        const id = thrownId(() => assertOutsideCampaign(target, 'r.json', root));
        expect(id !== undefined).toBe(inside);
        if (inside) expect(id).toBe(real.startsWith(join(root, 'units') + sep) ? 'outputInCampaign' : 'outputInCampaignRoot');
      }),
      { numRuns: 300 },
    );
  });
});

describe('pipes and other non-files in the place of the output', () => {
  const dir = tempDir();
  makeFifo(join(dir, 'pipe'));
  mkdirSync(join(dir, 'folder'));
  writeFileSync(join(dir, 'file'), '原件');
  symlinkSync(join(dir, 'pipe'), join(dir, 'link-to-pipe'));
  symlinkSync(join(dir, 'folder'), join(dir, 'link-to-folder'));
  const listing = () => readdirSync(dir).sort();
  const before = listing();
  it('are refused without ever being opened, with or without --force, and nothing is left', () => {
    fc.assert(
      fc.property(fc.constantFrom('pipe', 'folder', 'link-to-pipe', 'link-to-folder'), fc.boolean(), fc.string({ maxLength: 50 }), (name, force, content) => {
        const opened: string[] = [];
        expect(thrownId(() => writeFileSafely(join(dir, name), content, { force, fs: recordingOpens(opened) }))).toBe('outputNotRegular');
        expect(opened).toEqual([]);
        expect(listing()).toEqual(before);
      }),
      { numRuns: 100 },
    );
  });
});

describe('long names', () => {
  const char = fc.constantFrom('报', 'a', '🙂', '-', 'é');
  /** A legal file name of at most 255 bytes of UTF-8, as long as the generated characters allow. */
  const longName = fc.array(char, { minLength: 1, maxLength: 260 }).map((chars) => {
    let name = '';
    for (const c of chars) if (Buffer.byteLength(name + c) <= NAME_MAX_BYTES) name += c;
    return name;
  });
  it('any legal name is written, and a forced rewrite leaves only the file and its backup', () => {
    const dir = tempDir();
    fc.assert(
      fc.property(longName, fc.boolean(), (name, again) => {
        for (const entry of readdirSync(dir)) rmSync(join(dir, entry), { recursive: true });
        writeFileSafely(join(dir, name), '一', { force: false });
        if (again) writeFileSafely(join(dir, name), '二', { force: true });
        expect(readdirSync(dir).sort()).toEqual(again ? ['.ebz', name].sort() : [name]);
        expect(readFileSync(join(dir, name), 'utf8')).toBe(again ? '二' : '一');
      }),
      { numRuns: 200 },
    );
  });
});

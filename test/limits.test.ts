// The house rule on size: no source file over 500 lines (generated files aside), no function over 80,
// measured on the syntax tree (the TypeScript compiler's parser), so every kind of function counts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const SRC = join(ROOT, 'src');
const MAX_FILE_LINES = 500;
const MAX_FUNCTION_LINES = 80;

const sources = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.generated.ts'))
  .map((file) => ({ file, text: readFileSync(join(SRC, file), 'utf8') }));

const lineCount = (text: string) => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);

/** Every function of a file (declarations, methods, arrows, expressions) with its name and length in lines. */
function functionLengths(file: string, text: string): { name: string; lines: number }[] {
  const tree = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: { name: string; lines: number }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const first = tree.getLineAndCharacterOfPosition(node.getStart(tree)).line;
      const last = tree.getLineAndCharacterOfPosition(node.getEnd()).line;
      const name = node.name?.getText(tree) ?? (ts.isVariableDeclaration(node.parent) ? node.parent.name.getText(tree) : `(line ${first + 1})`);
      found.push({ name, lines: last - first + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return found;
}

describe('size limits of src/', () => {
  it(`no source file is over ${MAX_FILE_LINES} lines`, () => {
    expect(sources.filter(({ text }) => lineCount(text) > MAX_FILE_LINES).map(({ file, text }) => `${file}: ${lineCount(text)}`)).toEqual([]);
  });

  it(`no function is over ${MAX_FUNCTION_LINES} lines`, () => {
    const long = sources.flatMap(({ file, text }) =>
      functionLengths(file, text)
        .filter(({ lines }) => lines > MAX_FUNCTION_LINES)
        .map(({ name }) => `${file} ${name}`),
    );
    expect(long).toEqual([]);
  });

  it('measures a function from its first line to its last (a hand-counted case)', () => {
    // Lines 1-3 are the function: `function f() {`, one statement, `}`; the arrow on line 4 is one line.
    const text = 'function f() {\n  return 1;\n}\nconst g = () => 2;\n';
    expect(functionLengths('x.ts', text)).toEqual([
      { name: 'f', lines: 3 },
      { name: 'g', lines: 1 },
    ]);
  });
});

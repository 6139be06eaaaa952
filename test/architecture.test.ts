// The shape of the code (DESIGN §7): one direction of flow between the folders of src/, read from the
// imports themselves (the TypeScript compiler's own import scanner), type imports included.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const SRC = join(ROOT, 'src');

/**
 * The steps from the bottom up: a folder may import the folders below it, never one above. i18n (words)
 * and model (the typed campaign) are leaves everyone uses; calendar does the date arithmetic on the
 * model; load reads files into the model; rules judge it, score weighs it, reports build on both, render
 * turns a report into a format; authoring writes files; cli wires the commands.
 */
const LAYERS = ['i18n', 'model', 'calendar', 'load', 'rules', 'score', 'reports', 'render', 'authoring', 'cli'];

interface Import {
  from: string;
  to: string;
}

/** Every import (static, type, re-export, dynamic) from one folder of src/ into another. */
function crossImports(): Import[] {
  const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  return files.flatMap((file) =>
    ts
      .preProcessFile(readFileSync(join(SRC, file), 'utf8'), true, true)
      .importedFiles.filter((spec) => spec.fileName.startsWith('.'))
      .map((spec) => ({ from: file, to: relative(SRC, join(SRC, dirname(file), spec.fileName)).replace(/\.js$/, '.ts') }))
      .filter(({ from, to }) => folder(from) !== folder(to)),
  );
}

const folder = (file: string) => file.split('/')[0]!;
const arrow = ({ from, to }: Import) => `${from} -> ${to}`;

/** The folder graph of the imports. */
function folderGraph(imports: Import[]): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const link of imports) {
    if (!graph.has(folder(link.from))) graph.set(folder(link.from), new Set());
    graph.get(folder(link.from))!.add(folder(link.to));
  }
  return graph;
}

/** A circle of folders, as `a -> b -> a`, or null: depth-first search for an edge back to the path. */
function findCircle(graph: Map<string, Set<string>>): string | null {
  const done = new Set<string>();
  const visit = (node: string, path: string[]): string | null => {
    if (path.includes(node)) return [...path.slice(path.indexOf(node)), node].join(' -> ');
    if (done.has(node)) return null;
    for (const next of graph.get(node) ?? []) {
      const circle = visit(next, [...path, node]);
      if (circle) return circle;
    }
    done.add(node);
    return null;
  };
  for (const node of graph.keys()) {
    const circle = visit(node, []);
    if (circle) return circle;
  }
  return null;
}

describe('the import graph of src/', () => {
  const imports = crossImports();

  it('knows every folder of src/ as a step of the flow', () => {
    const folders = readdirSync(SRC, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(folders.filter((f) => !LAYERS.includes(f))).toEqual([]);
    // The scanner sees the imports: rules read the model, every step has its words.
    expect(imports.some(({ from, to }) => folder(from) === 'rules' && folder(to) === 'model')).toBe(true);
  });

  it('has no circle between folders', () => {
    expect(findCircle(folderGraph(imports))).toBeNull();
  });

  it('has at most one folder-to-folder arrow back up the flow', () => {
    const back = imports.filter(({ from, to }) => LAYERS.indexOf(folder(to)) > LAYERS.indexOf(folder(from)));
    const arrows = new Set(back.map(({ from, to }) => `${folder(from)} -> ${folder(to)}`));
    expect(arrows.size, back.map(arrow).join('\n')).toBeLessThanOrEqual(1);
  });

  it('finds a circle and an arrow back when there is one (the check itself)', () => {
    const graph = folderGraph([
      { from: 'model/a.ts', to: 'calendar/b.ts' },
      { from: 'calendar/b.ts', to: 'model/c.ts' },
    ]);
    expect(findCircle(graph)).toBe('model -> calendar -> model');
    expect(findCircle(folderGraph([{ from: 'calendar/b.ts', to: 'model/c.ts' }]))).toBeNull();
  });
});

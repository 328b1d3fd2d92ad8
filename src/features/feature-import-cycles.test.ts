/** The feature folders depend on each other one way only: two features importing each other is a smell. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const FEATURES = path.dirname(fileURLToPath(import.meta.url));

/** Feature folder → the other feature folders its modules import. */
function featureGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const entry of readdirSync(FEATURES, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/\.tsx?$/.test(entry.name) || /\.test\.tsx?$/.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    const from = path.relative(FEATURES, file).split(path.sep)[0] ?? '';
    if (!entry.parentPath.startsWith(path.join(FEATURES, from))) continue;
    const edges = graph.get(from) ?? new Set<string>();
    graph.set(from, edges);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/(?:from|import)\s*\(?\s*['"](\.[^'"]+)['"]/g)) {
      const target = path.relative(FEATURES, path.resolve(entry.parentPath, match[1] ?? ''));
      const to = target.split(path.sep)[0] ?? '';
      if (!target.startsWith('..') && target.includes(path.sep) && to !== from) edges.add(to);
    }
  }
  return graph;
}

describe('src/features', () => {
  it('has no import cycle between feature folders', () => {
    const graph = featureGraph();
    const cycles: string[] = [];
    const visit = (node: string, trail: string[]) => {
      for (const next of graph.get(node) ?? []) {
        if (next === trail[0]) cycles.push([...trail, next].join(' → '));
        else if (!trail.includes(next)) visit(next, [...trail, next]);
      }
    };
    for (const node of graph.keys()) visit(node, [node]);
    expect(cycles).toEqual([]);
  });

  it('sees the imports it checks (try-it uses response)', () => {
    expect(featureGraph().get('try-it')?.has('response')).toBe(true);
  });
});

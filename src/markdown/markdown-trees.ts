import type { MdNode } from './markdown-tree.ts';

/** Trees rendered at build time (the embedded API's), by source text; never evicted. */
const prebuilt = new Map<string, MdNode[]>();
/** Trees parsed at run time, by source text; the oldest go first past `MAX_PARSED`. */
const parsed = new Map<string, MdNode[]>();
const MAX_PARSED = 5_000;

let parse: ((source: string) => MdNode[]) | undefined;
let loading: Promise<void> | undefined;

/**
 * Registers trees built at build time (`virtual:tryit-default-markdown`: the trees of
 * `collectMarkdownSources(model)`, in that order, so the texts are not shipped twice). Lists that do not line
 * up (a stale build) are ignored: the texts are then parsed at run time.
 */
export function seedMarkdownTrees(sources: readonly string[], trees: readonly MdNode[][]): void {
  if (sources.length !== trees.length) return;
  sources.forEach((source, index) => {
    prebuilt.set(source, trees[index] ?? []);
  });
}

/**
 * The tree of `source`: prebuilt, cached, or parsed now when the parser has loaded. Undefined while it has not:
 * the caller shows plain text and calls loadMarkdownParser.
 */
export function markdownTree(source: string): MdNode[] | undefined {
  const known = prebuilt.get(source) ?? parsed.get(source);
  if (known || !parse) return known;
  const tree = parse(source);
  if (parsed.size >= MAX_PARSED) parsed.delete(parsed.keys().next().value as string);
  parsed.set(source, tree);
  return tree;
}

/**
 * Loads the Markdown parser (`marked`, a chunk of its own) once. Documents opened at run time need it; the
 * embedded API's text is prebuilt. A failed load (offline) can be retried by calling again.
 */
export function loadMarkdownParser(): Promise<void> {
  loading ??= import('./parse-markdown.ts').then(
    (module) => {
      parse = module.parseMarkdown;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

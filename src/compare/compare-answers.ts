import { create } from 'jsondiffpatch';
import { format as formatHtml } from 'jsondiffpatch/formatters/html';
import { format as formatJsonPatch } from 'jsondiffpatch/formatters/jsonpatch';

/** One side of a comparison: an answer's status and its body (parsed JSON, else the text). */
export interface ComparedAnswer {
  status: number;
  body: unknown;
}

/** What differs between two answers. */
export interface AnswerComparison {
  same: boolean;
  /** The differences as RFC 6902 operations, each at its JSON pointer (`/body/data/0/results/0/characters`). */
  operations: { op: 'add' | 'remove' | 'replace' | 'move' | 'copy' | 'test'; path: string }[];
  counts: { added: number; removed: number; changed: number; moved: number };
  /**
   * The two answers as one tree, differences marked (jsondiffpatch's HTML formatter, which escapes every key
   * and value). Empty when they are the same.
   */
  html: string;
}

// Items of an answer's arrays are matched by what identifies them (an id, a bucket's start), so a page
// that starts a day later reads as buckets added and removed, not as every field of every bucket changed.
const differ = create({
  objectHash: (item, index) => {
    const record = item as Record<string, unknown>;
    for (const key of ['id', 'start_time', 'name']) {
      const value = record[key];
      if (typeof value === 'string' || typeof value === 'number') return `${key}:${value}`;
    }
    return `$$index:${index ?? 0}`;
  },
  arrays: { detectMove: true, includeValueOnMove: false },
  // The diff keeps its own copies, so the answers on screen are never touched.
  cloneDiffValues: true,
});

/** Compares two answers (status and body) with jsondiffpatch. Pure. */
export function compareAnswers(left: ComparedAnswer, right: ComparedAnswer): AnswerComparison {
  const before = { status: left.status, body: left.body };
  const delta = differ.diff(before, { status: right.status, body: right.body });
  if (delta === undefined) {
    return { same: true, operations: [], counts: { added: 0, removed: 0, changed: 0, moved: 0 }, html: '' };
  }
  const operations = formatJsonPatch(delta).map(({ op, path }) => ({ op, path }));
  const count = (op: string) => operations.filter((o) => o.op === op).length;
  return {
    same: false,
    operations,
    counts: {
      added: count('add'),
      removed: count('remove'),
      changed: count('replace'),
      moved: count('move'),
    },
    html: formatHtml(delta, before) ?? '',
  };
}

import { describe, expect, it } from 'vitest';
import { compareAnswers } from './compare-answers.ts';

const page = (...starts: number[]) => ({
  object: 'page',
  data: starts.map((start) => ({
    object: 'bucket',
    start_time: start,
    results: [{ characters: start % 7 }],
  })),
});

describe('compareAnswers', () => {
  it('the same answer twice: no differences', () => {
    expect(compareAnswers({ status: 200, body: page(1, 2) }, { status: 200, body: page(1, 2) })).toEqual({
      same: true,
      operations: [],
      counts: { added: 0, removed: 0, changed: 0, moved: 0 },
      html: '',
    });
  });

  it('names each changed field by its JSON pointer', () => {
    const left = { status: 200, body: { data: [{ start_time: 1, results: [{ characters: 10 }] }] } };
    const right = { status: 200, body: { data: [{ start_time: 1, results: [{ characters: 12 }] }] } };
    const result = compareAnswers(left, right);
    expect(result.operations).toEqual([{ op: 'replace', path: '/body/data/0/results/0/characters' }]);
    expect(result.counts.changed).toBe(1);
    expect(result.html).toContain('jsondiffpatch-modified');
  });

  it('matches buckets by start_time: a window one day later is one bucket removed and one added', () => {
    const result = compareAnswers({ status: 200, body: page(1, 2, 3) }, { status: 200, body: page(2, 3, 4) });
    expect(result.counts).toEqual({ added: 1, removed: 1, changed: 0, moved: 0 });
    expect(result.operations).toEqual([
      { op: 'remove', path: '/body/data/0' },
      { op: 'add', path: '/body/data/2' },
    ]);
  });

  it('a different status is a difference; non-JSON bodies compare as text', () => {
    const result = compareAnswers({ status: 200, body: 'ok' }, { status: 429, body: 'slow down' });
    expect(result.operations).toEqual([
      { op: 'replace', path: '/status' },
      { op: 'replace', path: '/body' },
    ]);
  });

  it('escapes what the answers hold: markup in keys and values stays text', () => {
    const hostile = { '<img src=x onerror=alert(1)>': '<script>alert(2)</script>' };
    const result = compareAnswers({ status: 200, body: {} }, { status: 200, body: hostile });
    expect(result.html).not.toContain('<img');
    expect(result.html).not.toContain('<script');
    expect(result.html).toContain('&lt;script&gt;');
  });

  it('leaves the answers as they were', () => {
    const left = { status: 200, body: page(1) };
    const copy = structuredClone(left);
    compareAnswers(left, { status: 200, body: page(2) });
    expect(left).toEqual(copy);
  });
});

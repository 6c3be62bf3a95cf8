import { describe, expect, it } from 'vitest';
import { createIndex, createMemo, createSelector, rowsOf, sources } from '../../src/lib/data/queries/memo';

describe('createMemo', () => {
  it('computes once per (owner, key): a hit returns the same object without recomputing', () => {
    const memo = createMemo(4);
    const owner = {};
    let calls = 0;
    const compute = () => ({ n: ++calls });
    const a = memo(owner, 'k', compute);
    const b = memo(owner, 'k', compute);
    expect(b).toBe(a);
    expect(calls).toBe(1);
    // another key or another owner (even an equal-looking one) recomputes
    expect(memo(owner, 'other', compute)).not.toBe(a);
    expect(memo({}, 'k', compute)).not.toBe(a);
    expect(calls).toBe(3);
  });

  it('keeps at most `limit` results per owner, dropping the least recently used', () => {
    const memo = createMemo(2);
    const owner = {};
    let calls = 0;
    const compute = () => ++calls;
    memo(owner, 'a', compute); // 1
    memo(owner, 'b', compute); // 2
    memo(owner, 'a', compute); // hit: 'a' is now the most recent
    memo(owner, 'c', compute); // 3: drops 'b'
    expect(calls).toBe(3);
    expect(memo(owner, 'a', compute)).toBe(1); // still cached
    expect(memo(owner, 'b', compute)).toBe(4); // was dropped: recomputed
    expect(calls).toBe(4);
  });

  it('caches undefined and null results too', () => {
    const memo = createMemo(2);
    const owner = {};
    let calls = 0;
    memo(owner, 'u', () => (calls++, undefined));
    memo(owner, 'u', () => (calls++, undefined));
    expect(calls).toBe(1);
  });

  it('separate memos never share keys', () => {
    const m1 = createMemo(4);
    const m2 = createMemo(4);
    const owner = {};
    m1(owner, 'k', () => 1);
    expect(m2(owner, 'k', () => 2)).toBe(2);
  });
});

describe('sources', () => {
  it('is one stable object per tuple of identities, order included', () => {
    const a = {};
    const b = {};
    expect(sources(a, b)).toBe(sources(a, b));
    expect(sources(a, b)).not.toBe(sources(b, a));
    expect(sources(a, b)).not.toBe(sources(a, {}));
    expect(sources(a)).not.toBe(sources(a, b));
    expect(sources(a)).not.toBe(a);
  });
});

describe('createSelector', () => {
  it('memoises by every source identity and the parameter key (not by parameter identity)', () => {
    let calls = 0;
    const sum = createSelector(
      { key: (p: { scale: number }) => String(p.scale), limit: 8 },
      ([xs, ys]: [number[], number[]], p) => {
        calls++;
        return { total: (xs.reduce((s, v) => s + v, 0) + ys.reduce((s, v) => s + v, 0)) * p.scale };
      },
    );
    const xs = [1, 2];
    const ys = [3];
    const r = sum([xs, ys], { scale: 2 });
    expect(r.total).toBe(12);
    expect(sum([xs, ys], { scale: 2 })).toBe(r); // equal params, new object: hit
    expect(calls).toBe(1);
    // a second source with equal contents but another identity recomputes
    const ys2 = [3];
    const r2 = sum([xs, ys2], { scale: 2 });
    expect(r2).not.toBe(r);
    expect(r2.total).toBe(12);
    expect(sum([xs, ys], { scale: 3 }).total).toBe(18);
    expect(calls).toBe(3);
  });

  it('evicts per combination of sources at its limit', () => {
    let calls = 0;
    const sel = createSelector({ key: (k: string) => k, limit: 1 }, ([_t]: [object], k) => `${k}${++calls}`);
    const t = {};
    expect(sel([t], 'a')).toBe('a1');
    expect(sel([t], 'b')).toBe('b2'); // limit 1: 'a' dropped
    expect(sel([t], 'a')).toBe('a3');
    // another source has its own slots
    expect(sel([{}], 'a')).toBe('a4');
    expect(sel([t], 'a')).toBe('a3');
  });
});

describe('createIndex and rowsOf', () => {
  it('builds an index once per source object', () => {
    let builds = 0;
    const index = createIndex((rows: readonly number[]) => (builds++, new Set(rows)));
    const rows = [1, 2, 2];
    expect(index(rows)).toBe(index(rows));
    expect(index(rows).size).toBe(2);
    expect(builds).toBe(1);
    index([1]);
    expect(builds).toBe(2);
  });

  it('materialises a table once and returns plain arrays as they are', () => {
    let calls = 0;
    const table = { objects: () => (calls++, [{ a: 1 }, { a: 2 }]) };
    const r = rowsOf<{ a: number }>(table);
    expect(r.map((x) => x.a)).toEqual([1, 2]);
    expect(rowsOf(table)).toBe(r);
    expect(calls).toBe(1);
    const arr = [{ a: 3 }];
    expect(rowsOf(arr)).toBe(arr);
  });
});

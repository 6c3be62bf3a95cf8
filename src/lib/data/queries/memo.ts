/**
 * Memoisation shared by the query modules: aggregations are computed once per (input table, parameters)
 * and reused across renders; inputs are keyed by identity, so a reloaded table recomputes.
 */

/** An arquero table (anything with `objects()`) or a plain array of rows. */
export type Rows<T> = readonly T[] | { objects(): object[] };

const rowCache = new WeakMap<object, unknown[]>();

/** Materialise rows once per table (memoised by table identity). */
export function rowsOf<T>(src: Rows<T>): readonly T[] {
  if (Array.isArray(src)) return src as readonly T[];
  const key = src as object;
  let rows = rowCache.get(key) as T[] | undefined;
  if (!rows) {
    rows = (src as { objects(): object[] }).objects() as T[];
    rowCache.set(key, rows);
  }
  return rows;
}

export type Memo = <T>(owner: object, key: string, compute: () => T) => T;

/**
 * A memo keyed by the identity of an input object and a parameter string, holding at most `limit`
 * results per input (oldest dropped first). Each query module makes its own, so keys never collide.
 */
export function createMemo(limit: number): Memo {
  const store = new WeakMap<object, Map<string, unknown>>();
  return <T>(owner: object, key: string, compute: () => T): T => {
    let m = store.get(owner);
    if (!m) store.set(owner, (m = new Map()));
    if (m.has(key)) return m.get(key) as T;
    const v = compute();
    if (m.size >= limit) m.delete(m.keys().next().value as string);
    m.set(key, v);
    return v;
  };
}

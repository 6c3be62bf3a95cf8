/**
 * The one memoisation mechanism of the query modules. Aggregations are computed once per
 * (input tables, parameters) and reused across renders; inputs are keyed by identity, so a reloaded
 * table recomputes, and a result lives only as long as its inputs (weak references).
 *
 * Three ways to use it, all built on `createMemo`:
 * - `createSelector({ key, limit }, compute)`: a named selector (in the style of Reselect / flowmap.gl's
 *   selectors) over one or several source tables and a parameter object:
 *   `const stockSeries = createSelector({ key: (p) => … }, ([totals, registry], p) => …)`.
 * - `createIndex(build)`: a derived index built once per source object (one result per source).
 * - `createMemo(limit)`: the low-level `(owner, key, compute)` form; `sources(a, b, …)` makes one
 *   owner of several objects.
 */

/** An arquero table (anything with `objects()`) or a plain array of rows. */
export type Rows<T> = readonly T[] | { objects(): object[] };

export type Memo = <T>(owner: object, key: string, compute: () => T) => T;

/**
 * A memo keyed by the identity of an owner object and a parameter string, holding at most `limit`
 * results per owner (the least recently used is dropped first). Each query module makes its own,
 * so keys never collide across modules.
 */
export function createMemo(limit: number): Memo {
  const store = new WeakMap<object, Map<string, unknown>>();
  return <T>(owner: object, key: string, compute: () => T): T => {
    let m = store.get(owner);
    if (!m) store.set(owner, (m = new Map()));
    if (m.has(key)) {
      const hit = m.get(key) as T;
      // refresh recency: a result in use is never the next one dropped
      m.delete(key);
      m.set(key, hit);
      return hit;
    }
    const v = compute();
    if (m.size >= limit) m.delete(m.keys().next().value as string);
    m.set(key, v);
    return v;
  };
}

/** Tuples of objects → one stable owner object (nested weak maps: it lives as long as all members). */
interface TupleNode {
  next: WeakMap<object, TupleNode>;
  self?: object;
}
const tupleRoot = new WeakMap<object, TupleNode>();

/**
 * One stable object standing for several sources (e.g. a table and the registry), to use as a memo owner:
 * `sources(a, b) === sources(a, b)`, and it differs as soon as one member is another object.
 */
export function sources(...objs: readonly object[]): object {
  if (!objs.length) throw new Error('sources() needs at least one object');
  let level = tupleRoot;
  let node: TupleNode | undefined;
  for (const o of objs) {
    node = level.get(o);
    if (!node) level.set(o, (node = { next: new WeakMap() }));
    level = node.next;
  }
  const last = node as TupleNode;
  return (last.self ??= { size: objs.length });
}

export interface SelectorOptions<P> {
  /** The parameters a result depends on, as a string (only what the computation reads). */
  key: (params: P) => string;
  /** Results kept per combination of sources (least recently used dropped first). Default 24. */
  limit?: number;
}

/**
 * A memoised query over a tuple of source objects (tables, registry, index…) and a parameter object:
 * computed once per (identity of every source, `key(params)`).
 */
export function createSelector<S extends readonly object[], P, R>(
  options: SelectorOptions<P>,
  compute: (srcs: S, params: P) => R,
): (srcs: S, params: P) => R {
  const memo = createMemo(options.limit ?? 24);
  return (srcs, params) => memo(sources(...srcs), options.key(params), () => compute(srcs, params));
}

/** A derived index built once per source object. */
export function createIndex<S extends object, T>(build: (src: S) => T): (src: S) => T {
  const memo = createMemo(1);
  return (src) => memo(src, '', () => build(src));
}

/** Materialise rows once per table (memoised by table identity); plain arrays are returned as they are. */
const materialise = createIndex((t: { objects(): object[] }) => t.objects());
export function rowsOf<T>(src: Rows<T>): readonly T[] {
  if (Array.isArray(src)) return src as readonly T[];
  return materialise(src as { objects(): object[] }) as unknown as readonly T[];
}

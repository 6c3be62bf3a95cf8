/**
 * Pure helpers behind the shared world map (`WorldMap.svelte`): loading the world-atlas
 * TopoJSON, joining its features to the country registry, the equal-area projection, and
 * colour scales with their legends. No DOM access: runs in Node (unit tests) and the browser.
 *
 * Geometry: world-atlas@2 `countries-110m.json` (Natural Earth 1:110m, public domain),
 * feature `id` = ISO 3166-1 numeric as a zero-padded string, joined through the registry's
 * `atlasId`; the three id-less features are joined by name (Kosovo through `atlasName`,
 * N. Cyprus → Cyprus, Somaliland → Somalia, as on UN maps). Areas without a 110m polygon
 * (`atlas110 = false`: small island States, Hong Kong, Singapore, Bahrain, Channel Islands…)
 * are drawn as dots at their registry label point, so no area with data is invisible.
 */
import { geoEqualEarth, geoPath, interpolateCividis, interpolateViridis, type GeoProjection } from 'd3';
import { feature, merge } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { CountryRecord } from '../../data/types';

/** How Kosovo is drawn. `desa`: inside Serbia (UN DESA IMS, Annex note 31). `wb`: separate XKX (World Bank). */
export type KosovoConvention = 'desa' | 'wb';

/** The subset of the registry the join needs (keeps these helpers testable without the full class). */
export interface RegistryLike {
  all(): CountryRecord[];
  get(iso3: string): CountryRecord | undefined;
}

type CountryProps = { name: string };
export type AtlasTopology = Topology<{ countries: GeometryCollection<CountryProps>; land: GeometryCollection }>;

let atlasPromise: Promise<AtlasTopology> | null = null;

/**
 * world-atlas 1:110m countries, loaded once. A dynamic import, so the bundler emits it as its
 * own lazily loaded chunk (fetched only when a map is first shown), never inside the main bundle.
 */
export function loadAtlas110(): Promise<AtlasTopology> {
  atlasPromise ??= import('world-atlas/countries-110m.json').then((m) => m.default as unknown as AtlasTopology);
  // A failed load must not stick: let the next caller retry.
  atlasPromise.catch(() => {
    atlasPromise = null;
  });
  return atlasPromise;
}

/** Id-less 110m features folded into a UN member State, as UN maps do. */
const FOLD_BY_NAME: Record<string, string> = { 'N. Cyprus': 'CYP', Somaliland: 'SOM' };
/** Never drawn: no migration, remittance or treaty data, and it takes a fifth of the frame. */
const EXCLUDED = new Set(['ATA']);

export interface MapShape {
  /** Registry ISO3, or null for a feature the registry does not know (drawn inert, no data). */
  iso3: string | null;
  /** Natural Earth name(s) of the merged features (diagnostics). */
  atlasNames: string[];
  geometry: Polygon | MultiPolygon;
}

export interface MapDot {
  iso3: string;
  lon: number;
  lat: number;
}

export interface AtlasJoin {
  convention: KosovoConvention;
  shapes: MapShape[];
  /** Every registry area without its own 110m polygon (the map draws those that have a value). */
  dots: MapDot[];
  /** ISO3 → how it is drawn. Kosovo under `desa` maps to 'merged' (painted as Serbia). */
  drawnAs: Map<string, 'shape' | 'dot' | 'merged'>;
  /** Names of atlas features the registry could not place (should be empty). */
  unmatched: string[];
}

const featName = (g: GeometryObject<CountryProps>): string => (g.properties as CountryProps | undefined)?.name ?? '';

function geometryOf(topology: AtlasTopology, g: GeometryObject<CountryProps>): Polygon | MultiPolygon {
  return (feature(topology, g as GeometryObject) as Feature).geometry as Polygon | MultiPolygon;
}

/** ISO3 a feature belongs to under a convention, or null if the registry has no row for it. */
function featureIso3(
  g: GeometryObject<CountryProps>,
  byAtlasId: Map<string, string>,
  byAtlasName: Map<string, string>,
  convention: KosovoConvention,
): string | null {
  const name = featName(g);
  let iso3: string | null = null;
  if (g.id !== undefined && g.id !== null && g.id !== '') iso3 = byAtlasId.get(String(g.id).padStart(3, '0')) ?? null;
  else iso3 = FOLD_BY_NAME[name] ?? byAtlasName.get(name) ?? null;
  if (iso3 === 'XKX' && convention === 'desa') return 'SRB';
  return iso3;
}

const joinCache = new WeakMap<object, Map<string, AtlasJoin>>();

/**
 * Join atlas features to registry ISO3 codes. Features of the same ISO3 (Serbia + Kosovo under
 * `desa`, Cyprus + N. Cyprus, Somalia + Somaliland, or duplicate ids at other resolutions)
 * are merged into one shape, so an area is one outline and one focus stop. Memoised per
 * (topology, registry, convention).
 */
export function joinAtlas(topology: AtlasTopology, registry: RegistryLike, convention: KosovoConvention): AtlasJoin {
  let byTopo = joinCache.get(topology);
  if (!byTopo) joinCache.set(topology, (byTopo = new Map()));
  const regKey = registryKey(registry);
  const key = `${regKey}|${convention}`;
  const hit = byTopo.get(key);
  if (hit) return hit;

  const byAtlasId = new Map<string, string>();
  const byAtlasName = new Map<string, string>();
  for (const c of registry.all()) {
    if (c.atlasId) byAtlasId.set(c.atlasId, c.iso3);
    if (c.atlasName && !c.atlasId) byAtlasName.set(c.atlasName, c.iso3);
  }

  const groups = new Map<string, GeometryObject<CountryProps>[]>();
  const unknown: GeometryObject<CountryProps>[] = [];
  const unmatched: string[] = [];
  for (const g of topology.objects.countries.geometries) {
    const iso3 = featureIso3(g, byAtlasId, byAtlasName, convention);
    if (iso3 && EXCLUDED.has(iso3)) continue;
    if (!iso3) {
      unknown.push(g);
      unmatched.push(featName(g) || String(g.id));
      continue;
    }
    const list = groups.get(iso3);
    if (list) list.push(g);
    else groups.set(iso3, [g]);
  }

  const shapes: MapShape[] = [];
  const drawnAs = new Map<string, 'shape' | 'dot' | 'merged'>();
  for (const [iso3, gs] of groups) {
    const geometry =
      gs.length === 1
        ? geometryOf(topology, gs[0])
        : merge(topology, gs as unknown as Parameters<typeof merge>[1]);
    shapes.push({ iso3, atlasNames: gs.map((g) => featName(g)), geometry });
    drawnAs.set(iso3, 'shape');
  }
  for (const g of unknown) {
    shapes.push({
      iso3: null,
      atlasNames: [featName(g)],
      geometry: geometryOf(topology, g),
    });
  }
  if (convention === 'desa' && groups.has('SRB')) drawnAs.set('XKX', 'merged');

  const dots: MapDot[] = [];
  for (const c of registry.all()) {
    if (drawnAs.has(c.iso3) || EXCLUDED.has(c.iso3)) continue;
    if (!Number.isFinite(c.lat) || !Number.isFinite(c.lon)) continue;
    dots.push({ iso3: c.iso3, lon: c.lon, lat: c.lat });
    drawnAs.set(c.iso3, 'dot');
  }

  const out: AtlasJoin = { convention, shapes, dots, drawnAs, unmatched };
  byTopo.set(key, out);
  return out;
}

const registryIds = new WeakMap<object, number>();
let nextRegistryId = 1;
function registryKey(r: RegistryLike): number {
  let id = registryIds.get(r);
  if (id === undefined) registryIds.set(r, (id = nextRegistryId++));
  return id;
}

// ---------------------------------------------------------------- projection

export interface MapLayout {
  width: number;
  height: number;
  projection: GeoProjection;
  /** SVG path data per shape, same order as `join.shapes`. */
  paths: string[];
  /** Projected centroid per shape (tooltip anchor for keyboard focus). */
  centroids: [number, number][];
  /** Projected dot positions, same order as `join.dots` (null if off the projection). */
  dotXY: ([number, number] | null)[];
  /** Outline of the globe (clipped by the frame where Antarctica is left out). */
  sphere: string;
}

/**
 * Equal Earth (equal-area) projection fitted to the width, height from the drawn land
 * (Antarctica left out). Pure function of (join, width); callers memoise by width.
 */
export function layoutMap(join: AtlasJoin, width: number): MapLayout {
  const w = Math.max(200, Math.round(width));
  const fc: FeatureCollection = {
    type: 'FeatureCollection',
    features: [
      ...join.shapes.map((s) => ({ type: 'Feature', properties: {}, geometry: s.geometry }) as Feature<Geometry>),
      // dots too: Pacific islands near the antimeridian lie outside the land's extent
      { type: 'Feature', properties: {}, geometry: { type: 'MultiPoint', coordinates: join.dots.map((d) => [d.lon, d.lat]) } },
    ],
  };
  const pad = 8;
  const projection = geoEqualEarth().fitWidth(w - 2 * pad, fc);
  const [tx, ty] = projection.translate();
  projection.translate([tx + pad, ty + pad]);
  const path = geoPath(projection);
  const b = path.bounds(fc);
  const height = Math.ceil(b[1][1] + pad);
  const paths = join.shapes.map((s) => path(s.geometry) ?? '');
  const centroids = join.shapes.map((s) => {
    // Centroid of the largest polygon, so France's tooltip sits in Europe, not between continents.
    const polys = s.geometry.type === 'Polygon' ? [s.geometry.coordinates] : s.geometry.coordinates;
    let best = polys[0];
    let bestArea = -1;
    for (const p of polys) {
      const a = path.area({ type: 'Polygon', coordinates: p });
      if (a > bestArea) {
        bestArea = a;
        best = p;
      }
    }
    const c = path.centroid({ type: 'Polygon', coordinates: best });
    return [c[0], c[1]] as [number, number];
  });
  const dotXY = join.dots.map((d) => {
    const p = projection([d.lon, d.lat]);
    return p ? ([p[0], p[1]] as [number, number]) : null;
  });
  // The globe's outline, cut at the frame (Antarctica is left out), so it never spills outside
  // the SVG — also when the SVG is embedded in an export without its viewport clip.
  const sphere = geoPath(geoEqualEarth().scale(projection.scale()).translate(projection.translate()).clipExtent([[0, 0], [w, height]]))({ type: 'Sphere' }) ?? '';
  return { width: w, height, projection, paths, centroids, dotXY, sphere };
}

// ---------------------------------------------------------------- colour scales

export type SequentialScheme = 'viridis' | 'cividis';

/**
 * How values become colours.
 * - `threshold`: binned (classed) choropleth; `thresholds` ascending break points
 *   (bin i holds thresholds[i-1] ≤ v < thresholds[i]); best for skewed counts.
 * - `sequential`: continuous ramp over `domain` (default: extent of the values), linear or log.
 * - `categorical`: each value code is one category with its own colour (e.g. treaty status).
 * Sequential schemes run light (low) → dark (high), colour-blind safe (viridis / cividis).
 */
export type ColorScaleSpec =
  | { type: 'threshold'; thresholds: number[]; scheme?: SequentialScheme }
  | { type: 'sequential'; domain?: [number, number]; transform?: 'linear' | 'log'; scheme?: SequentialScheme }
  | { type: 'categorical'; categories: { value: number; label: string; color: string }[] };

export type LegendSpec =
  | { type: 'swatches'; items: { color: string; label: string }[] }
  | { type: 'ramp'; stops: string[]; min: number; max: number; transform: 'linear' | 'log' };

/**
 * What a choropleth shows, stated once and read by both the map (`WorldMap`) and its legend
 * (`MapLegend`), so the two can never disagree on values, classes, labels or the selection.
 */
export interface MapSpec {
  /** Value per ISO3. A key with `null` = area in scope without data (drawn in the no-data colour). */
  values: Map<string, number | null>;
  scale: ColorScaleSpec;
  /** Short value labels of the legend classes ("1M", "3%"). */
  legendFormat: (v: number) => string;
  /** Value with its unit for the tooltip and the accessible labels ("1,726,089 persons", "3.5% of GDP"). */
  valueFormat: (v: number) => string;
  /** Period of the values, one for the map or per country (e.g. latest year available). */
  period?: string | ((iso3: string) => string | null);
  /** Extra tooltip line per country (e.g. "based on 12 corridors"). */
  detail?: (iso3: string) => string | null;
  /** Legend heading (what is coloured, with its unit). */
  legendTitle: string;
  /** Kosovo: `desa` = painted as Serbia, `wb` = separate XKX. */
  convention: KosovoConvention;
  /** Selected ISO3 codes (outlined on the map, keyed in the legend). */
  selected: readonly string[];
  /** Legend text for the no-data swatch (default "No data"). */
  noDataLabel?: string;
  /** Extra sentence under the legend. */
  legendNote?: string;
}

export interface ColorScale {
  /** Fill for a value; null / undefined / NaN → the no-data colour. */
  color(v: number | null | undefined): string;
  legend: LegendSpec;
}

function interpolator(scheme: SequentialScheme = 'viridis'): (t: number) => string {
  const f = scheme === 'cividis' ? interpolateCividis : interpolateViridis;
  // light → dark; keep away from the palest end so low values stay distinct from the no-data grey
  return (t: number) => f(0.93 - 0.88 * Math.min(1, Math.max(0, t)));
}

/** `k` colours of a scheme, light to dark. */
export function schemeColors(k: number, scheme?: SequentialScheme): string[] {
  const f = interpolator(scheme);
  if (k <= 1) return [f(0.5)];
  return Array.from({ length: k }, (_, i) => f(i / (k - 1)));
}

/**
 * Build a colour scale. `values` supplies the domain for `sequential` without one; `format`
 * writes legend labels (the same formatter the tooltip uses, so legend and tooltip agree).
 */
export function colorScale(
  spec: ColorScaleSpec,
  values: Iterable<number | null>,
  nodata: string,
  format: (v: number) => string,
): ColorScale {
  const isNum = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);
  if (spec.type === 'categorical') {
    const byValue = new Map(spec.categories.map((c) => [c.value, c.color]));
    return {
      color: (v) => (isNum(v) ? (byValue.get(v) ?? nodata) : nodata),
      legend: { type: 'swatches', items: spec.categories.map((c) => ({ color: c.color, label: c.label })) },
    };
  }
  if (spec.type === 'threshold') {
    const th = [...spec.thresholds].sort((a, b) => a - b);
    const colors = schemeColors(th.length + 1, spec.scheme);
    const items = colors.map((color, i) => {
      let label: string;
      if (th.length === 0) label = '';
      else if (i === 0) label = `< ${format(th[0])}`;
      else if (i === th.length) label = `≥ ${format(th[i - 1])}`;
      else label = `${format(th[i - 1])}–${format(th[i])}`;
      return { color, label };
    });
    return {
      color: (v) => {
        if (!isNum(v)) return nodata;
        let i = 0;
        while (i < th.length && v >= th[i]) i++;
        return colors[i];
      },
      legend: { type: 'swatches', items },
    };
  }
  const transform = spec.transform ?? 'linear';
  let [min, max] = spec.domain ?? [Infinity, -Infinity];
  if (!spec.domain) {
    for (const v of values) {
      if (!isNum(v) || (transform === 'log' && v <= 0)) continue;
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  if (!Number.isFinite(min) || !Number.isFinite(max)) [min, max] = [0, 1];
  const f = interpolator(spec.scheme);
  const tf = transform === 'log' ? (v: number) => Math.log10(Math.max(v, min)) : (v: number) => v;
  const lo = tf(min);
  const hi = tf(max);
  const span = hi - lo || 1;
  return {
    color: (v) => (isNum(v) && !(transform === 'log' && v <= 0) ? f((tf(v) - lo) / span) : nodata),
    legend: { type: 'ramp', stops: Array.from({ length: 11 }, (_, i) => f(i / 10)), min, max, transform },
  };
}

/** Round to `digits` significant figures (1, 2, 5… friendly breaks). */
export function roundSignificant(v: number, digits = 1): number {
  if (v === 0 || !Number.isFinite(v)) return v;
  const p = Math.pow(10, Math.floor(Math.log10(Math.abs(v))) - digits + 1);
  return Math.round(v / p) * p;
}

/**
 * Class breaks for a binned choropleth: quantiles of the values rounded to friendly numbers
 * (one or two significant figures), strictly increasing and strictly inside the data range,
 * so every bin holds data and the legend reads "10k–50k", not "10,417–49,872".
 */
export function niceThresholds(values: Iterable<number | null>, bins = 6): number[] {
  const xs = [...values].filter((v): v is number => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (xs.length < 2) return [];
  const out: number[] = [];
  for (let i = 1; i < bins; i++) {
    const q = xs[Math.min(xs.length - 1, Math.floor((i / bins) * xs.length))];
    let r = roundSignificant(q, 1);
    if (r <= xs[0] || (out.length && r <= out[out.length - 1])) r = roundSignificant(q, 2);
    if (r <= xs[0] || r > xs[xs.length - 1]) continue;
    if (out.length && r <= out[out.length - 1]) continue;
    out.push(r);
  }
  return out;
}

/**
 * Log-spaced class breaks for skewed values (counts, shares): friendly numbers from the
 * 1–2–5, 1–3 or 1–10 series between a low and a high quantile of the values, whichever gives
 * at most `maxBreaks` breaks. Stable and readable ("10K, 30K, 100K…"); a bin per factor of ~3.
 */
export function logThresholds(values: Iterable<number | null>, maxBreaks = 7, lowQ = 0.1, highQ = 0.98): number[] {
  const xs = [...values].filter((v): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0).sort((a, b) => a - b);
  if (xs.length < 2) return [];
  const q = (p: number) => xs[Math.min(xs.length - 1, Math.max(0, Math.floor(p * (xs.length - 1))))];
  const lo = q(lowQ);
  const hi = q(highQ);
  if (!(hi > lo)) return [];
  const d0 = Math.floor(Math.log10(lo));
  const d1 = Math.ceil(Math.log10(hi));
  let best: number[] = [];
  for (const series of [[1, 2, 5], [1, 3], [1]]) {
    const out: number[] = [];
    for (let d = d0; d <= d1; d++) {
      for (const m of series) {
        // round away floating error (3 × 10^-1 = 0.30000000000000004)
        const v = Number((m * Math.pow(10, d)).toPrecision(6));
        if (v > lo && v <= hi) out.push(v);
      }
    }
    best = out;
    if (out.length <= maxBreaks) break;
  }
  return best;
}

/** Whether any area with a value is drawn as a dot (no 110m polygon), so the legend explains dots. */
export function hasDotValues(values: Map<string, number | null>, registry: RegistryLike, convention: KosovoConvention): boolean {
  for (const [iso3, v] of values) {
    if (v === null || !Number.isFinite(v)) continue;
    if (iso3 === 'XKX' && convention === 'desa') continue;
    const c = registry.get(iso3);
    if (c && !c.atlas110 && !EXCLUDED.has(iso3)) return true;
  }
  return false;
}

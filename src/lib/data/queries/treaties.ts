/**
 * Treaty status queries: pure functions over the bundled `TreatiesFile` (no DOM, no Node APIs),
 * memoised per file and per parameters. Used by the treaties views, the insights and the key figures.
 *
 * ## When does a State count as a party "as of" a date?
 *
 * 1. Exact consent date (`consent`, deposit with the UN Secretary-General or registration by the ILO):
 *    party from that day on (a State counts ON its consent date, not the day before).
 * 2. Year only (`consentYear`, ILO rows "year only: YYYY"): party from 31 December of that year —
 *    the latest day the consent can have happened, so a count is never inflated.
 * 3. No consent date or year, but the source gives the date the convention entered into force for
 *    the State (`in force since: YYYY-MM-DD`, ILO C097 successions and New Zealand): party from that date
 *    (consent necessarily came before it).
 * 4. Consent known but undated (`year unknown`): counted only at "latest data" (`asOf = null`).
 * A denunciation ends party status from its date (at "latest data", a denounced State is not a party).
 * `signed` = signature on or before the date, not (yet) a party; `none` = neither.
 *
 * "States" never include the European Union (`iso3 = null`): it is shown as a party where it is one,
 * but is never counted as a State.
 */
import type { Instrument, InstrumentId, Ratification, SetOp, TreatiesFile } from '../types';
import { createIndex, createMemo } from './memo';

export type TreatyStatus = 'party' | 'signed' | 'none';

/** `null` = latest data (every consent in the bundled data counts, dated or not). */
export type AsOf = string | null;

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const IN_FORCE_RE = /in force since:\s*(\d{4}-\d{2}-\d{2})/i;

/** Rule that dated a party's consent (shown in the UI next to year-only or derived dates). */
export type ConsentBasis = 'exact' | 'year' | 'inForce' | 'undated' | null;

/** First day from which the row counts as a party, or null if only counted at "latest data". */
export function effectiveConsent(r: Ratification): string | null {
  if (r.consent && DATE_RE.test(r.consent)) return r.consent;
  if (r.consentYear != null && Number.isFinite(r.consentYear)) return `${r.consentYear}-12-31`;
  if (!hasConsent(r)) return null;
  return inForceSince(r);
}

export function consentBasis(r: Ratification): ConsentBasis {
  if (!hasConsent(r)) return null;
  if (r.consent && DATE_RE.test(r.consent)) return 'exact';
  if (r.consentYear != null) return 'year';
  if (inForceSince(r)) return 'inForce';
  return 'undated';
}

/** Date the convention entered into force for the State, when that is the only date known. */
export function inForceSince(r: Ratification): string | null {
  const v = (r as Partial<Ratification>).inForceSince;
  if (v && DATE_RE.test(v)) return v;
  return IN_FORCE_RE.exec(r.source ?? '')?.[1] ?? null;
}

/** Has the State expressed consent to be bound at all (per the bundled data)? */
export function hasConsent(r: Ratification): boolean {
  return !!(r.consentType || r.consent || r.consentYear != null);
}

export function isPartyAsOf(r: Ratification, asOf: AsOf): boolean {
  if (!hasConsent(r)) return false;
  if (r.denunciation && (asOf === null || r.denunciation <= asOf)) return false;
  if (asOf === null) return true;
  const eff = effectiveConsent(r);
  return eff !== null && eff <= asOf;
}

export function statusAsOf(r: Ratification | undefined, asOf: AsOf): TreatyStatus {
  if (!r) return 'none';
  if (isPartyAsOf(r, asOf)) return 'party';
  const denounced = !!r.denunciation && (asOf === null || r.denunciation <= asOf);
  if (!denounced && r.signature && (asOf === null || r.signature <= asOf)) return 'signed';
  return 'none';
}

/**
 * UN member States that appear in none of the eight instruments' rows (no signature, no consent),
 * checked against the bundled data in tests/unit/treaties-query.test.ts. With the 189 States in the data
 * they make up the 193 UN members plus the Holy See and the State of Palestine. Shown as "not a party";
 * every other area without rows (territories, Kosovo, Taiwan…) is shown as "not a State / no record".
 */
export const STATES_WITHOUT_RECORD: readonly string[] = ['MHL', 'NPL', 'PAK', 'PRK', 'TON', 'VUT'];

// ---------------------------------------------------------------- index (one per file)

export interface TreatyIndex {
  file: TreatiesFile;
  instruments: Instrument[];
  instrument: Map<InstrumentId, Instrument>;
  /** instrument → iso3 → row (States only) */
  rows: Map<InstrumentId, Map<string, Ratification>>;
  /** instrument → the EU row, if any */
  eu: Map<InstrumentId, Ratification>;
  /** Every ISO3 that appears in the data (any instrument), sorted. */
  states: string[];
  /** `states` plus STATES_WITHOUT_RECORD: every State whose status the map shows. */
  allStates: Set<string>;
}

/** The index of a treaties file, built once per file. */
export function treatyIndex(file: TreatiesFile): TreatyIndex {
  return indexOf(file);
}

const indexOf = createIndex((file: TreatiesFile): TreatyIndex => {
  const rows = new Map<InstrumentId, Map<string, Ratification>>();
  const eu = new Map<InstrumentId, Ratification>();
  const states = new Set<string>();
  for (const inst of file.instruments) rows.set(inst.id, new Map());
  for (const r of file.ratifications) {
    if (!rows.has(r.instrument)) rows.set(r.instrument, new Map());
    if (r.iso3 === null) {
      eu.set(r.instrument, r);
      continue;
    }
    rows.get(r.instrument)!.set(r.iso3, r);
    states.add(r.iso3);
  }
  return {
    file,
    instruments: file.instruments,
    instrument: new Map(file.instruments.map((i) => [i.id, i])),
    rows,
    eu,
    states: [...states].sort(),
    allStates: new Set([...states, ...STATES_WITHOUT_RECORD]),
  };
});

/** Per-index memo of derived results. Bounded: dragging the date produces many keys; keep the most recent ones. */
const memo = createMemo(401);

const asOfKey = (asOf: AsOf) => asOf ?? 'latest';

// ---------------------------------------------------------------- per-State status

export function stateStatus(ix: TreatyIndex, instrument: InstrumentId, iso3: string, asOf: AsOf): TreatyStatus {
  return statusAsOf(ix.rows.get(instrument)?.get(iso3), asOf);
}

/** Combine per-instrument statuses with the set operation. */
export function combineStatus(statuses: TreatyStatus[], op: SetOp): TreatyStatus {
  if (statuses.length === 0) return 'none';
  if (op === 'any') {
    if (statuses.includes('party')) return 'party';
    if (statuses.includes('signed')) return 'signed';
    return 'none';
  }
  // all: party to every one; "signed" = committed to every one (party or signatory) but not party to all.
  if (statuses.every((s) => s === 'party')) return 'party';
  if (statuses.every((s) => s !== 'none')) return 'signed';
  return 'none';
}

export interface StatusMap {
  asOf: AsOf;
  instruments: InstrumentId[];
  op: SetOp;
  /** iso3 → combined status, for every State that appears in the data (others are 'none'). */
  status: Map<string, TreatyStatus>;
  /** Counts over States (EU excluded). */
  counts: Record<TreatyStatus, number>;
  /** The EU's combined status (only meaningful if it participates in the instruments). */
  eu: TreatyStatus | null;
}

/**
 * Combined status of every State for a set of instruments as of a date. Memoised.
 * With one instrument, `op` makes no difference.
 */
export function statusMap(ix: TreatyIndex, instruments: readonly InstrumentId[], op: SetOp, asOf: AsOf): StatusMap {
  const ids = [...new Set(instruments)];
  const key = `status|${ids.join('~')}|${op}|${asOfKey(asOf)}`;
  return memo(ix, key, () => {
    const status = new Map<string, TreatyStatus>();
    const counts: Record<TreatyStatus, number> = { party: 0, signed: 0, none: 0 };
    for (const iso3 of ix.states) {
      const s = combineStatus(
        ids.map((id) => stateStatus(ix, id, iso3, asOf)),
        op,
      );
      status.set(iso3, s);
      counts[s]++;
    }
    const euRows = ids.map((id) => ix.eu.get(id));
    const eu = euRows.some(Boolean) ? combineStatus(euRows.map((r) => statusAsOf(r, asOf)), op) : null;
    return { asOf, instruments: ids, op, status, counts, eu };
  });
}

/** ISO3 of States party to the set as of the date. */
export function partyStates(ix: TreatyIndex, instruments: readonly InstrumentId[], op: SetOp, asOf: AsOf): Set<string> {
  const m = statusMap(ix, instruments, op, asOf);
  const key = `parties|${m.instruments.join('~')}|${op}|${asOfKey(asOf)}`;
  return memo(ix, key, () => new Set([...m.status].filter(([, s]) => s === 'party').map(([k]) => k)));
}

export interface PartyCount {
  instrument: InstrumentId;
  /** States party as of the date (EU excluded). */
  states: number;
  /** States that signed but are not (yet) party. */
  signedOnly: number;
  /** The EU is a party as of the date. */
  euParty: boolean;
  /** Parties in the data that have no usable date (counted only at "latest"). */
  undated: number;
  /** Parties counted through a year-only or in-force date rather than an exact consent date. */
  approximate: number;
}

/** Parties per instrument as of a date (States only, EU reported separately). Memoised. */
export function partyCount(ix: TreatyIndex, instrument: InstrumentId, asOf: AsOf): PartyCount {
  return memo(ix, `count|${instrument}|${asOfKey(asOf)}`, () => {
    let states = 0,
      signedOnly = 0,
      undated = 0,
      approximate = 0;
    for (const r of ix.rows.get(instrument)?.values() ?? []) {
      const s = statusAsOf(r, asOf);
      if (s === 'party') {
        states++;
        const b = consentBasis(r);
        if (b === 'year' || b === 'inForce') approximate++;
      } else if (s === 'signed') signedOnly++;
      if (hasConsent(r) && consentBasis(r) === 'undated') undated++;
    }
    const euRow = ix.eu.get(instrument);
    return { instrument, states, signedOnly, euParty: euRow ? isPartyAsOf(euRow, asOf) : false, undated, approximate };
  });
}

// ---------------------------------------------------------------- timeline

export interface TimelinePoint {
  /** Instrument id, or 'set' for the combined any/all series. */
  series: InstrumentId | 'set';
  date: string; // YYYY-MM-DD
  /** States party on that date (cumulative, EU excluded). */
  count: number;
}

/** Best single date for an instrument's `dataAsOf` statement ("2018-01-15", or the last year it mentions). */
export function dataAsOfDate(inst: Instrument | undefined): string | null {
  if (!inst) return null;
  if (DATE_RE.test(inst.dataAsOf)) return inst.dataAsOf;
  const d = /(\d{4}-\d{2}-\d{2})/.exec(inst.dataAsOf);
  if (d) return d[1];
  const years = [...inst.dataAsOf.matchAll(/\b(19|20)\d{2}\b/g)].map((m) => m[0]);
  if (years.length) return `${years.sort().at(-1)}-12-31`;
  return null;
}

/** The latest date any of the bundled instruments' data reaches (what "latest data" means). */
export function latestDataDate(ix: TreatyIndex, instruments: readonly InstrumentId[] = ix.instruments.map((i) => i.id)): string {
  let best = '';
  for (const id of instruments) {
    const d = dataAsOfDate(ix.instrument.get(id));
    if (d && d > best) best = d;
    for (const r of ix.rows.get(id)?.values() ?? []) {
      const e = effectiveConsent(r);
      if (e && e > best) best = e;
    }
  }
  return best || '2000-01-01';
}

/** Last date the series is drawn to: the data-as-of date, or the last event if later. */
function seriesEnd(ix: TreatyIndex, id: InstrumentId, lastEvent: string): string {
  const d = dataAsOfDate(ix.instrument.get(id));
  return d && d > lastEvent ? d : lastEvent;
}

/**
 * Cumulative parties per instrument: one point per date on which the count changes (step-after),
 * starting at 0 on the instrument's adoption date and ending at its data-as-of date.
 * Undated parties are not on the timeline (they are reported by `partyCount(…, null).undated`).
 * When `set` is given with two or more instruments, adds the combined any/all series ('set').
 */
export function cumulativeTimeline(ix: TreatyIndex, instruments: readonly InstrumentId[], set?: SetOp): TimelinePoint[] {
  const ids = [...new Set(instruments)];
  const key = `timeline|${ids.join('~')}|${set ?? ''}`;
  return memo(ix, key, () => {
    const out: TimelinePoint[] = [];
    const allDates = new Set<string>();
    for (const id of ids) {
      const deltas = new Map<string, number>();
      for (const r of ix.rows.get(id)?.values() ?? []) {
        const e = effectiveConsent(r);
        if (!hasConsent(r) || !e) continue;
        deltas.set(e, (deltas.get(e) ?? 0) + 1);
        allDates.add(e);
        if (r.denunciation) {
          deltas.set(r.denunciation, (deltas.get(r.denunciation) ?? 0) - 1);
          allDates.add(r.denunciation);
        }
      }
      const dates = [...deltas.keys()].sort();
      const inst = ix.instrument.get(id);
      const start = inst?.adopted && DATE_RE.test(inst.adopted) ? inst.adopted : dates[0];
      if (!start) continue;
      if (start < (dates[0] ?? '9999')) out.push({ series: id, date: start, count: 0 });
      let n = 0;
      for (const d of dates) {
        n += deltas.get(d)!;
        out.push({ series: id, date: d, count: n });
      }
      const end = seriesEnd(ix, id, dates.at(-1) ?? start);
      if (end > (dates.at(-1) ?? start)) out.push({ series: id, date: end, count: n });
    }
    if (set && ids.length > 1) {
      // The combined series is only complete up to the EARLIEST snapshot among the instruments: stop there.
      const ends = ids.map((id) => dataAsOfDate(ix.instrument.get(id)) ?? '').filter(Boolean).sort();
      const stop = ends[0] ?? '9999-12-31';
      const dates = [...allDates].filter((d) => d <= stop).sort();
      let prev = -1;
      for (const d of dates) {
        const n = statusMap(ix, ids, set, d).counts.party;
        if (n !== prev) out.push({ series: 'set', date: d, count: n });
        prev = n;
      }
      const last = out.filter((p) => p.series === 'set').at(-1);
      if (last && ends[0] && ends[0] > last.date) out.push({ series: 'set', date: ends[0], count: last.count });
    }
    return out;
  });
}

// ---------------------------------------------------------------- table rows

export interface TreatyTableRow {
  instrument_id: InstrumentId;
  instrument: string;
  iso3: string | null;
  state: string;
  signature_date: string | null;
  consent_date: string | null;
  consent_year: number | null;
  consent_type: string | null;
  /** Date from which the State is counted as a party (rules above), null if undated. */
  counted_from: string | null;
  /** How `counted_from` was obtained: exact, derived (from entry into force), year, inForce, undated. */
  date_basis: ConsentBasis | 'derived';
  status_as_of: TreatyStatus;
  source: string;
}

/** One row per (instrument, participant) with the status as of the date, for the table and CSV. */
export function treatyTableRows(
  ix: TreatyIndex,
  instruments: readonly InstrumentId[],
  asOf: AsOf,
  stateName: (iso3: string | null, fallback: string) => string = (_i, f) => f,
): TreatyTableRow[] {
  const out: TreatyTableRow[] = [];
  for (const id of instruments) {
    const inst = ix.instrument.get(id);
    const all = [...(ix.rows.get(id)?.values() ?? [])];
    const euRow = ix.eu.get(id);
    if (euRow) all.push(euRow);
    for (const r of all) {
      out.push({
        instrument_id: id,
        instrument: inst?.short ?? id,
        iso3: r.iso3,
        state: stateName(r.iso3, r.party),
        signature_date: r.signature,
        consent_date: r.consent,
        consent_year: r.consentYear ?? (r.consent ? Number(r.consent.slice(0, 4)) : null),
        consent_type: r.consentType,
        counted_from: hasConsent(r) ? effectiveConsent(r) : null,
        date_basis: consentBasis(r) === 'exact' && (r as Partial<Ratification>).derived ? 'derived' : consentBasis(r),
        status_as_of: statusAsOf(r, asOf),
        source: r.source,
      });
    }
  }
  return out;
}

// ---------------------------------------------------------------- dates

/** Shift a YYYY-MM-DD by whole months or years (clamped to the month's last day). UTC, no drift. */
export function shiftDate(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = total - ny * 12;
  const last = new Date(Date.UTC(ny, nm + 1, 0)).getUTCDate();
  return `${String(ny).padStart(4, '0')}-${String(nm + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

export function dateToTime(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

/** The year among `years` whose reference date (`dateOf`) is nearest to a date (YYYY-MM-DD); ties go to the earlier. */
export function nearestYearByDate<Y extends number>(years: readonly Y[], dateOf: (year: Y) => string, at: string): Y {
  const t = dateToTime(at);
  let best = years[0];
  let bestD = Infinity;
  for (const y of years) {
    const d = Math.abs(dateToTime(dateOf(y)) - t);
    if (d < bestD) {
      best = y;
      bestD = d;
    }
  }
  return best;
}

export function timeToDate(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

/** Instruments whose bundled data stop before the date (later consents may be missing). */
export function staleInstruments(ix: TreatyIndex, instruments: readonly InstrumentId[], asOf: AsOf): InstrumentId[] {
  return instruments.filter((id) => {
    const d = dataAsOfDate(ix.instrument.get(id));
    if (!d) return true;
    return asOf === null ? false : asOf > d;
  });
}

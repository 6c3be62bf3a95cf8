/**
 * Refugees in the bundle (UNHCR, UNRWA) against the SOURCE.md figures, and the refugee queries
 * (series, breakdown, per 1,000 inhabitants, hosted by States party) on the bundle and on a small fixture.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPopulation, loadRefugeeYear, loadRefugees, loadTreaties, type ColumnTable } from '../../src/lib/data/load.ts';
import { nodeFetcher } from '../../src/lib/data/node-fetcher.ts';
import {
  nearestRefugeeYear,
  refugeeBreakdown,
  refugeeSeries,
  refugeesHosted,
  refugeesHostedByParties,
} from '../../src/lib/data/queries/refugees.ts';
import { treatyIndex } from '../../src/lib/data/queries/treaties.ts';
import type { Instrument, PopulationRow, Ratification, RefugeeCellRow, RefugeeTotalRow, TreatiesFile, UnrwaRow } from '../../src/lib/data/types.ts';
import { dataDir } from '../fixtures/data-paths.ts';

const f = nodeFetcher(dataDir);
let totals: ColumnTable;
let unrwa: ColumnTable;
let cells2010: ColumnTable;
let population: ColumnTable;
let treaties: TreatiesFile;

beforeAll(async () => {
  ({ totals, unrwa } = await loadRefugees(f));
  cells2010 = await loadRefugeeYear(f, 2010);
  population = await loadPopulation(f);
  treaties = await loadTreaties(f);
});

describe('refugee files against SOURCE.md', () => {
  it('world refugees and asylum-seekers by year (sum over all rows)', () => {
    const s = refugeeSeries(totals, unrwa, []);
    const at = (y: number) => s.points.find((p) => p.year === y)!;
    expect(s.years).toEqual([1990, 2025]);
    expect(at(1990).hostedRefugees).toBe(17_395_914);
    expect(at(2000).hostedRefugees).toBe(12_129_079);
    expect(at(2010).hostedRefugees).toBe(10_548_835);
    expect(at(2024).hostedRefugees).toBe(30_958_200);
    expect(at(2025).hostedRefugees).toBe(28_461_306);
    expect(at(2010).originRefugees).toBe(10_548_835);
    expect(at(2010).hostedAsylumSeekers).toBe(835_969);
    expect(at(2024).hostedAsylumSeekers).toBe(8_352_712);
    expect(at(1990).hostedAsylumSeekers).toBeNull(); // not collected before 1993
    expect(at(1993).hostedAsylumSeekers).toBe(743_601);
  });

  it('UNRWA is a separate series: 2010 = 4,691,079 by field', () => {
    const s = refugeeSeries(totals, unrwa, []);
    expect(s.points.find((p) => p.year === 2010)!.unrwaHosted).toBe(4_691_079);
    expect(s.points.find((p) => p.year === 2024)!.unrwaHosted).toBe(5_914_401);
    expect(refugeeSeries(totals, unrwa, ['JOR']).points.find((p) => p.year === 2010)!.unrwaHosted).toBe(1_942_431);
    expect(refugeeSeries(totals, unrwa, ['PSE']).points.find((p) => p.year === 2010)).toMatchObject({ unrwaHosted: 1_841_769, unrwaOrigin: 4_691_079 });
  });

  it('the year file sums to the totals file, and codes are registry codes or UNHCR categories', () => {
    const cells = cells2010.objects() as RefugeeCellRow[];
    expect(cells.reduce((s, c) => s + c.refugees, 0)).toBe(10_548_835);
    const t = (totals.objects() as RefugeeTotalRow[]).filter((r) => r.year === 2010);
    for (const r of t.slice(0, 40)) {
      expect(cells.filter((c) => c.asylum === r.code).reduce((s, c) => s + c.refugees, 0), r.code).toBe(r.hostedRefugees);
      expect(cells.filter((c) => c.origin === r.code).reduce((s, c) => s + c.asylumSeekers, 0), r.code).toBe(r.originAsylumSeekers);
    }
    expect(cells.some((c) => c.origin === 'XXA') || cells.some((c) => c.origin === 'UNK')).toBe(true);
    expect(cells.some((c) => c.asylum === 'XKX' || c.origin === 'XKX')).toBe(false); // UNHCR's Serbia includes Kosovo
  });

  it('breakdown for a year: refugees hosted by Pakistan by origin, from Afghanistan by asylum', () => {
    const pak = refugeeBreakdown(cells2010, ['PAK'], 'origin');
    expect(pak[0].code).toBe('AFG');
    const pakTotal = (totals.objects() as RefugeeTotalRow[]).find((r) => r.year === 2010 && r.code === 'PAK')!.hostedRefugees;
    expect(pak.reduce((s, r) => s + r.refugees, 0)).toBe(pakTotal);
    const afg = refugeeBreakdown(cells2010, ['AFG'], 'asylum');
    expect(afg.slice(0, 2).map((r) => r.code).sort()).toEqual(['IRN', 'PAK']);
    expect(refugeeBreakdown(cells2010, [], 'origin').reduce((s, r) => s + r.refugees, 0)).toBe(10_548_835);
  });

  it('refugees hosted per country and per 1,000 inhabitants (WPP 2024 of the same year)', () => {
    const rows = refugeesHosted(totals, population, 2024);
    const pop = population.objects() as PopulationRow[];
    for (const iso3 of ['DEU', 'LBN', 'SRB']) {
      const r = rows.find((x) => x.iso3 === iso3)!;
      const p = pop.find((x) => x.iso3 === iso3 && x.year === 2024)!.population;
      expect(r.population).toBe(p);
      expect(r.perThousand).toBeCloseTo((r.refugees / p) * 1000, 12);
    }
    expect(rows.some((r) => r.iso3 === 'UNK')).toBe(false);
    // 2025: no population bundled, counts only
    expect(refugeesHosted(totals, population, 2025).every((r) => r.perThousand === null && r.refugees > 0)).toBe(true);
  });

  it('States party to the 1951 Convention or its Protocol by mid-2012 (UN A/67/254: 148 States, over 6 million, 42 % / 61 %)', () => {
    const r = refugeesHostedByParties(totals, unrwa, treatyIndex(treaties), ['V-2', 'V-5'], 'any', '2012-06-30');
    expect(r.year).toBe(2011); // end-2011 is 182 days before 30 June 2012, end-2012 is 184 days after
    expect(r.parties).toBe(148);
    expect(r.hosted).toBeGreaterThan(6e6);
    expect(r.unrwaWorld).toBe(4_797_723); // "approximately 4.8 million Palestinians"
    expect(r.shareWithUnrwa).toBeGreaterThan(40);
    expect(r.shareWithUnrwa).toBeLessThan(46);
    expect(r.share).toBeGreaterThan(58);
    expect(r.share).toBeLessThan(66);
  });
});

describe('refugees hosted by States party, on a fixture (hand computation)', () => {
  const instrument: Instrument = { id: 'V-2', name: '1951 Convention', short: '1951', adopted: '1951-07-28', entryIntoForce: '1954-04-22', depositary: 'UN', url: 'https://example.org', dataAsOf: '2020-01-01', gaps: [] };
  const rat = (iso3: string | null, consent: string): Ratification => ({ instrument: 'V-2', iso3, party: iso3 ?? 'EU', signature: null, consent, consentYear: null, consentType: 'accession', denunciation: null, source: 'fixture', inForceSince: null, derived: false });
  // AAA party since 2005-03-01, BBB since 2011-01-15; the EU (never a State) since 2000
  const file: TreatiesFile = { instruments: [instrument], ratifications: [rat('AAA', '2005-03-01'), rat('BBB', '2011-01-15'), rat(null, '2000-01-01')] };
  const tot = (year: number, code: string, hostedRefugees: number): RefugeeTotalRow => ({ year, code, hostedRefugees, hostedAsylumSeekers: 0, originRefugees: 0, originAsylumSeekers: 0 });
  const totals = [tot(2010, 'AAA', 100), tot(2010, 'BBB', 300), tot(2010, 'CCC', 600), tot(2011, 'AAA', 200), tot(2011, 'BBB', 300), tot(2011, 'UNK', 500)];
  const unrwa: UnrwaRow[] = [{ year: 2010, field: 'CCC', refugees: 1000 }, { year: 2011, field: 'BBB', refugees: 1000 }];
  const ix = treatyIndex(file);

  it('a State counts from its consent date; refugee year nearest the date (end-of-year figures)', () => {
    const before = refugeesHostedByParties(totals, unrwa, ix, ['V-2'], 'any', '2011-01-14');
    expect(before).toMatchObject({ year: 2010, parties: 1, hosted: 100, world: 1000, unrwaHosted: 0, unrwaWorld: 1000 });
    expect(before.share).toBeCloseTo(10, 10);
    expect(before.shareWithUnrwa).toBeCloseTo(5, 10);
    const after = refugeesHostedByParties(totals, unrwa, ix, ['V-2'], 'any', '2011-01-15');
    expect(after).toMatchObject({ year: 2010, parties: 2, hosted: 400 });
    const latest = refugeesHostedByParties(totals, unrwa, ix, ['V-2'], 'any', null);
    expect(latest).toMatchObject({ year: 2011, hosted: 500, world: 1000, unrwaHosted: 1000, unrwaWorld: 1000 });
    expect(latest.share).toBeCloseTo(50, 10);
    expect(latest.shareWithUnrwa).toBeCloseTo(75, 10);
  });

  it('nearest year by end-of-year date; null means the latest', () => {
    expect(nearestRefugeeYear('2011-07-01', [2010, 2011, 2012])).toBe(2010); // 182 days after end-2010, 183 before end-2011
    expect(nearestRefugeeYear('2011-07-03', [2010, 2011, 2012])).toBe(2011);
    expect(nearestRefugeeYear(null, [2010, 2011])).toBe(2011);
    expect(nearestRefugeeYear('1980-01-01', [1990, 1991])).toBe(1990);
    // a dashboard year: that year when bundled, else the nearest (ties: the earlier)
    expect(nearestRefugeeYear(2011, [2010, 2011, 2012])).toBe(2011);
    expect(nearestRefugeeYear(2011, [2010, 2012])).toBe(2010);
    expect(nearestRefugeeYear(2030, [2024, 2025])).toBe(2025);
  });

  it('series for a selection: hosted and originating, asylum-seekers null before 2000 for countries', () => {
    const s = refugeeSeries(totals, unrwa, ['BBB', 'AAA']);
    expect(s.points.map((p) => [p.year, p.hostedRefugees, p.unrwaHosted])).toEqual([[2010, 400, 0], [2011, 500, 1000]]);
    expect(s.points[0].hostedAsylumSeekers).toBe(0); // 2010 ≥ 2000: collected
  });
});

import { describe, expect, it } from 'vitest';
import type { Instrument, InstrumentId, Ratification, TreatiesFile } from '../../src/lib/data/types';
import {
  combineStatus,
  cumulativeTimeline,
  effectiveConsent,
  partyCount,
  shiftDate,
  STATES_WITHOUT_RECORD,
  staleInstruments,
  statusAsOf,
  statusMap,
  treatyIndex,
  treatyTableRows,
} from '../../src/lib/data/queries/treaties';

// ---------------------------------------------------------------- hand-made fixture

const inst = (id: InstrumentId, dataAsOf = '2020-01-01'): Instrument => ({
  id,
  name: `Instrument ${id}`,
  short: id,
  adopted: '1990-01-01',
  entryIntoForce: '1991-01-01',
  depositary: 'UN',
  url: 'https://example.org',
  dataAsOf,
  gaps: [],
});

const row = (instrument: InstrumentId, iso3: string | null, p: Partial<Ratification> = {}): Ratification => ({
  instrument,
  iso3,
  party: iso3 ?? 'European Union',
  signature: null,
  consent: null,
  consentYear: null,
  consentType: null,
  denunciation: null,
  source: 'fixture',
  inForceSince: null,
  derived: false,
  ...p,
});

// A: party to IV-13 (2000-05-10) and C097 (year only 1995)
// B: signed IV-13 (1999-01-01), ratified 2010-03-01; not in C097
// C: signed IV-13 only; party to C097 (exact 2005-06-01), denounced 2015-01-01
// D: party to C097 via "in force since"; no IV-13 row
// E: C097 consent year unknown (counted only at latest)
// EU: party to IV-13 (2001-01-01)
const fixture: TreatiesFile = {
  instruments: [inst('IV-13'), inst('C097', 'partial (list as of 2013, year only)')],
  ratifications: [
    row('IV-13', 'AAA', { consent: '2000-05-10', consentType: 'ratification' }),
    row('IV-13', 'BBB', { signature: '1999-01-01', consent: '2010-03-01', consentType: 'ratification' }),
    row('IV-13', 'CCC', { signature: '2003-02-02' }),
    row('IV-13', null, { consent: '2001-01-01', consentType: 'approval' }),
    row('C097', 'AAA', { consentYear: 1995, consentType: 'ratification', source: 'x; year only: 1995' }),
    row('C097', 'CCC', { consent: '2005-06-01', consentType: 'ratification', denunciation: '2015-01-01' }),
    row('C097', 'DDD', { consentType: 'succession', inForceSince: '1964-10-24', source: 'inview.nl; in force since: 1964-10-24' }),
    row('C097', 'EEE', { consentType: 'ratification', source: 'year unknown' }),
  ],
};

describe('status rules on a hand-made fixture', () => {
  const ix = treatyIndex(fixture);

  it('counts a State from its consent date, not the day before', () => {
    const r = fixture.ratifications[1];
    expect(statusAsOf(r, '2010-02-28')).toBe('signed');
    expect(statusAsOf(r, '2010-03-01')).toBe('party');
    expect(statusAsOf(r, '1998-12-31')).toBe('none');
  });

  it('year-only consent counts from 31 December of that year', () => {
    const r = fixture.ratifications[4];
    expect(effectiveConsent(r)).toBe('1995-12-31');
    expect(statusAsOf(r, '1995-12-30')).toBe('none');
    expect(statusAsOf(r, '1995-12-31')).toBe('party');
  });

  it('"in force since" rows count from that date; undated rows only at latest', () => {
    expect(statusAsOf(fixture.ratifications[6], '1964-10-23')).toBe('none');
    expect(statusAsOf(fixture.ratifications[6], '1964-10-24')).toBe('party');
    expect(statusAsOf(fixture.ratifications[7], '2019-12-31')).toBe('none');
    expect(statusAsOf(fixture.ratifications[7], null)).toBe('party');
  });

  it('denunciation ends party status', () => {
    const r = fixture.ratifications[5];
    expect(statusAsOf(r, '2014-12-31')).toBe('party');
    expect(statusAsOf(r, '2015-01-01')).toBe('none');
    expect(statusAsOf(r, null)).toBe('none');
  });

  it('signature-only States are not parties', () => {
    const c = partyCount(ix, 'IV-13', '2005-01-01');
    // AAA party; BBB and CCC signed only; EU party but not a State
    expect(c.states).toBe(1);
    expect(c.signedOnly).toBe(2);
    expect(c.euParty).toBe(true);
  });

  it('counts per instrument at latest and at a date, EU never counted as a State', () => {
    expect(partyCount(ix, 'IV-13', null).states).toBe(2);
    expect(partyCount(ix, 'C097', null)).toMatchObject({ states: 3, undated: 1, approximate: 2 });
    expect(partyCount(ix, 'C097', '2010-01-01').states).toBe(3); // AAA (1995), CCC (2005), DDD (1964)
  });

  it('set logic any / all', () => {
    expect(combineStatus(['party', 'none'], 'any')).toBe('party');
    expect(combineStatus(['signed', 'none'], 'any')).toBe('signed');
    expect(combineStatus(['party', 'none'], 'all')).toBe('none');
    expect(combineStatus(['party', 'signed'], 'all')).toBe('signed');
    expect(combineStatus(['party', 'party'], 'all')).toBe('party');

    const ids: InstrumentId[] = ['IV-13', 'C097'];
    const any2012 = statusMap(ix, ids, 'any', '2012-01-01');
    expect([...any2012.status].filter(([, s]) => s === 'party').map(([k]) => k).sort()).toEqual(['AAA', 'BBB', 'CCC', 'DDD']);
    const all2012 = statusMap(ix, ids, 'all', '2012-01-01');
    expect(all2012.counts.party).toBe(1); // only AAA is party to both
    expect(all2012.status.get('CCC')).toBe('signed'); // party to C097, signatory of IV-13
    const allLatest = statusMap(ix, ids, 'all', null);
    expect(allLatest.status.get('CCC')).toBe('none'); // C097 denounced
    expect(allLatest.counts.party).toBe(1);
    // memoised: same object for the same parameters
    expect(statusMap(ix, ids, 'all', null)).toBe(allLatest);
  });

  it('cumulative timeline steps, with the set series', () => {
    const tl = cumulativeTimeline(ix, ['C097'], 'any');
    const c097 = tl.filter((p) => p.series === 'C097');
    expect(c097.map((p) => [p.date, p.count])).toEqual([
      ['1964-10-24', 1], // before the fixture's adoption date, so no zero step is prepended
      ['1995-12-31', 2],
      ['2005-06-01', 3],
      ['2015-01-01', 2],
    ]);
    const iv13 = cumulativeTimeline(ix, ['IV-13']);
    expect(iv13.map((p) => [p.date, p.count])).toEqual([
      ['1990-01-01', 0], // adoption
      ['2000-05-10', 1],
      ['2010-03-01', 2],
      ['2020-01-01', 2], // extended to the data-as-of date
    ]);
    const both = cumulativeTimeline(ix, ['IV-13', 'C097'], 'all').filter((p) => p.series === 'set');
    expect(both.at(-1)?.count).toBe(1);
  });

  it('table rows carry status as of the date and the EU row', () => {
    const rows = treatyTableRows(ix, ['IV-13'], '2005-01-01');
    expect(rows).toHaveLength(4);
    expect(rows.find((r) => r.iso3 === null)?.status_as_of).toBe('party');
    expect(rows.find((r) => r.iso3 === 'BBB')).toMatchObject({ status_as_of: 'signed', consent_date: '2010-03-01', consent_year: 2010 });
  });

  it('stale instruments and date shifting', () => {
    expect(staleInstruments(ix, ['IV-13'], '2021-01-01')).toEqual(['IV-13']);
    expect(staleInstruments(ix, ['IV-13'], '2019-01-01')).toEqual([]);
    expect(shiftDate('2012-01-31', 1)).toBe('2012-02-29');
    expect(shiftDate('2012-06-30', -12)).toBe('2011-06-30');
    expect(shiftDate('2012-12-15', 1)).toBe('2013-01-15');
  });
});

// ---------------------------------------------------------------- real bundled data

describe('bundled data/treaties.json', async () => {
  const { nodeFetcher } = await import('../../src/lib/data/node-fetcher');
  const { loadTreaties } = await import('../../src/lib/data/load');
  const file = await loadTreaties(nodeFetcher('data'));
  const ix = treatyIndex(file);

  // check figures of treaties SOURCE.md (parties by 2012-06-30, States only): Trafficking 149, Smuggling 130, ICRMW 46
  it('party counts as of 2012-06-30 match the check figures (States only, EU not counted)', () => {
    const tip = partyCount(ix, 'XVIII-12-a', '2012-06-30');
    expect(tip.states).toBe(149);
    expect(tip.euParty).toBe(true);
    const som = partyCount(ix, 'XVIII-12-b', '2012-06-30');
    expect(som.states).toBe(130);
    expect(som.euParty).toBe(true);
    expect(partyCount(ix, 'IV-13', '2012-06-30').states).toBe(46);
    // 1951 Convention or 1967 Protocol: 148; both: 143
    expect(statusMap(ix, ['V-2', 'V-5'], 'any', '2012-06-30').counts.party).toBe(148);
    expect(statusMap(ix, ['V-2', 'V-5'], 'all', '2012-06-30').counts.party).toBe(143);
    // at least one of C097, C143, ICRMW (lower bound; UN figure 83, see SOURCE.md): 84 in the data
    expect(statusMap(ix, ['C097', 'C143', 'IV-13'], 'any', '2012-06-30').counts.party).toBe(84);
  });

  it('a State counts from its consent date, not the day before (Albania, ICRMW, 2007-06-05)', () => {
    expect(stateStatusOf('IV-13', 'ALB', '2007-06-04')).toBe('none');
    expect(stateStatusOf('IV-13', 'ALB', '2007-06-05')).toBe('party');
    // Argentina signed 2004-08-10, ratified 2007-02-23: signature alone is not party status
    expect(stateStatusOf('IV-13', 'ARG', '2004-08-10')).toBe('signed');
    expect(stateStatusOf('IV-13', 'ARG', '2007-02-22')).toBe('signed');
    expect(stateStatusOf('IV-13', 'ARG', '2007-02-23')).toBe('party');
    const before = partyCount(ix, 'IV-13', '2007-02-22').states;
    expect(partyCount(ix, 'IV-13', '2007-02-23').states).toBe(before + 1);
  });

  // ICRMW: 60 parties at 2026-02-03 (treaties SOURCE.md); C143 and C097: the rows of the bundled source lists
  it('latest data: every consent counts, including undated ones', () => {
    expect(partyCount(ix, 'IV-13', null).states).toBe(60);
    expect(partyCount(ix, 'C143', null)).toMatchObject({ states: 25, undated: 1 }); // Comoros, year unknown
    expect(partyCount(ix, 'C097', null).states).toBe(51);
  });

  it('the cumulative timeline ends at the latest count and passes through the check figures', () => {
    const tl = cumulativeTimeline(ix, ['XVIII-12-a']);
    const at = (d: string) => tl.filter((p) => p.date <= d).at(-1)?.count;
    expect(at('2012-06-30')).toBe(149);
    expect(tl.at(-1)?.count).toBe(partyCount(ix, 'XVIII-12-a', null).states - partyCount(ix, 'XVIII-12-a', null).undated);
    // monotone (no denunciations in the data)
    for (let i = 1; i < tl.length; i++) expect(tl[i].count).toBeGreaterThanOrEqual(tl[i - 1].count);
  });

  // 189 distinct State codes in the treaties rows; STATES_WITHOUT_RECORD names the 6 UN members without any
  it('the map universe: 189 States with rows + 6 UN members without any = 195', () => {
    expect(ix.states).toHaveLength(189);
    for (const iso3 of STATES_WITHOUT_RECORD) expect(ix.states).not.toContain(iso3);
    expect(ix.allStates.size).toBe(195);
  });

  function stateStatusOf(id: InstrumentId, iso3: string, asOf: string) {
    return statusAsOf(ix.rows.get(id)?.get(iso3), asOf);
  }
});

/** Migrant-protection treaties: treaties/instruments.csv + treaties/ratifications_v3.csv (the most complete). */
import { foldName, type Registry } from '../../src/lib/data/registry.ts';
import { INSTRUMENT_IDS, type Instrument, type InstrumentId, type Ratification, type TreatiesFile } from '../../src/lib/data/types.ts';
import { BuildError, expectDate, readRaw } from './csv.ts';
import { joinCode } from './join.ts';
import type { BuildReport } from './report.ts';
import { NON_STATE_PARTIES } from './special-cases.ts';
import type { OutputDir } from './write.ts';

/** Highest `_vN` wins (SOURCE.md: v3 = v1 + second and third pass rows, unchanged otherwise). */
export const RATIFICATIONS_FILE = 'treaties/ratifications_v3.csv';

const COMMON_GAPS = [
  'No denunciations appear in the sources used; predecessor States (e.g. Yugoslavia) are not represented.',
  'Rows come from third-party copies of depositary data (UNTC pages and files saved by other projects, national treaty databases, NORMLEX pages), not direct downloads.',
];

/** Per instrument: the date (or statement) the rows are complete to, and known gaps (treaties/SOURCE.md). */
const INSTRUMENT_NOTES: Record<InstrumentId, { dataAsOf: string; gaps: string[] }> = {
  'IV-13': {
    dataAsOf: '2026-02-03',
    gaps: ['Complete to the UNTC status page of 2026-02-03 (60 parties, 40 signatories there); later actions are not included.'],
  },
  'XVIII-12-a': {
    dataAsOf: '2018-01-15',
    gaps: [
      'The UNTC participation table stops at 2018-01-15; UNTC counted 182 parties in April 2024.',
      'Five later accessions (Andorra, Bangladesh, Bhutan, Brunei Darussalam, Comoros; 2019–2022) were added with deposit dates derived from entry-into-force dates (marked DERIVED).',
      'About 4 parties to April 2024 (and about 7 to July 2025) are still missing; two signatories (Congo, Uganda) may have ratified since 2018.',
    ],
  },
  'XVIII-12-b': {
    dataAsOf: '2018-01-15',
    gaps: [
      "The UNTC participation table stops at 2018-01-15; Sudan's accession of 2018-10-09 was added from the UN Statement of Treaties.",
      'About 5 consents from 2019–2024 are missing (UNTC counted 152 parties in April 2024); ten signatories may have ratified since 2018.',
    ],
  },
  'V-2': {
    dataAsOf: '2013-07-06',
    gaps: [
      "The participation table is a 2013-07-06 scrape of UNTC; South Sudan's accession (2018-12-10) was added from the UN Statement of Treaties.",
      'No other later change is known, but none was checked after 2018.',
    ],
  },
  'V-5': {
    dataAsOf: '2018-01-15',
    gaps: ["The UNTC table stops at 2018-01-15; South Sudan's accession (2018-12-10) was added from the UN Statement of Treaties."],
  },
  C097: {
    dataAsOf: 'partial: 51 of the 54 ratifications registered by 2023/24 (NORMLEX)',
    gaps: [
      'The United Kingdom and two unidentified States are missing.',
      '12 rows give only the year of registration (from CEACR comment headers); 4 dates are derived from entry into force (registration + 12 months).',
      'Mauritius, Montenegro, Nigeria and New Zealand have no registration date, only the date the Convention is in force for them.',
      'Seven rows are typed succession after the Dutch treaty database; the ILO lists them as ratifications. Tanzania covers Zanzibar only.',
    ],
  },
  C143: {
    dataAsOf: 'partial: 25 parties, years of registration only (list complete to 2013)',
    gaps: [
      'Only the year of registration is known for every row; day and month are missing.',
      'Comoros is a party (per a 2024 CEACR observation) but its year is unknown.',
      'Ratifications after 2020, if any, are not identified.',
    ],
  },
  C189: {
    dataAsOf: '2020-10-05 (plus 4 later ratifications without an exact date)',
    gaps: [
      'Complete to 2020-10-05 (30 States); Namibia 2020, Malta 2021 and Spain 2023 were added with years only, Antigua and Barbuda without a year.',
      'At least two 2021 ratifiers and later ones (about 10 by 2025) are missing.',
      "Germany's date uses a correction of the source's year (2013-09-20).",
    ],
  },
};

const CONSENT_TYPES = ['ratification', 'accession', 'succession', 'acceptance', 'approval'];

export function buildTreaties(raw: string, reg: Registry, out: OutputDir, report: BuildReport): TreatiesFile {
  const rep = report.dataset('treaties');
  const it = readRaw(raw, 'treaties/instruments.csv', ['instrument_id', 'full_name', 'short_name', 'adopted_date', 'entry_into_force_date', 'depositary', 'status_url', 'data_as_of']);
  const iacc = rep.input(it.rel, it.length);
  const instruments: Instrument[] = [];
  const [iid, ifull, ishort, iad, ieif, idep, iurl] = ['instrument_id', 'full_name', 'short_name', 'adopted_date', 'entry_into_force_date', 'depositary', 'status_url'].map((k) => it.col(k));
  it.rows.forEach((r, i) => {
    const id = iid(r) as InstrumentId;
    if (!INSTRUMENT_IDS.includes(id)) throw new BuildError(`${it.where(i, 'instrument_id')}: unknown instrument ${id}`);
    const notes = INSTRUMENT_NOTES[id];
    instruments.push({
      id,
      name: ifull(r),
      short: ishort(r),
      adopted: expectDate(iad(r), it.where(i, 'adopted_date'))!,
      entryIntoForce: expectDate(ieif(r), it.where(i, 'entry_into_force_date'))!,
      depositary: idep(r),
      url: iurl(r),
      dataAsOf: notes.dataAsOf,
      gaps: [...notes.gaps, ...COMMON_GAPS],
    });
    iacc.use();
  });
  const missing = INSTRUMENT_IDS.filter((id) => !instruments.some((x) => x.id === id));
  if (missing.length) throw new BuildError(`${it.rel}: instruments missing: ${missing.join(', ')}`);
  instruments.sort((a, b) => INSTRUMENT_IDS.indexOf(a.id) - INSTRUMENT_IDS.indexOf(b.id));

  const t = readRaw(raw, RATIFICATIONS_FILE, ['instrument_id', 'state_name', 'iso3', 'signature_date', 'consent_date', 'consent_type', 'denunciation_date', 'source']);
  const acc = rep.input(t.rel, t.length);
  const [cid, cname, ciso, csig, ccon, ctype, cden, csrc] = ['instrument_id', 'state_name', 'iso3', 'signature_date', 'consent_date', 'consent_type', 'denunciation_date', 'source'].map((k) => t.col(k));
  const ratifications: Ratification[] = [];
  const seen = new Set<string>();
  t.rows.forEach((r, i) => {
    const instrument = cid(r) as InstrumentId;
    if (!INSTRUMENT_IDS.includes(instrument)) throw new BuildError(`${t.where(i, 'instrument_id')}: unknown instrument ${instrument}`);
    const party = cname(r).normalize('NFC').trim();
    let iso3: string | null;
    if (ciso(r) === '') {
      if (!NON_STATE_PARTIES.includes(party)) throw new BuildError(`${t.where(i, 'iso3')}: empty iso3 for "${party}" (only non-State parties such as the EU may have none)`);
      iso3 = null;
      rep.caveat('non-State party kept with iso3 = null (never counted as a State)', `${instrument} ${party}`);
    } else {
      iso3 = joinCode(reg, ciso(r), party, t.where(i, 'iso3'), acc);
      if (iso3 === null) return;
    }
    const key = `${instrument}|${iso3 ?? party}`;
    if (seen.has(key)) throw new BuildError(`${t.where(i)}: duplicate row for ${key}`);
    seen.add(key);
    const source = csrc(r);
    const consentType = ctype(r) === '' ? null : ctype(r);
    if (consentType !== null && !CONSENT_TYPES.includes(consentType)) throw new BuildError(`${t.where(i, 'consent_type')}: unknown consent type ${consentType}`);
    const consent = expectDate(ccon(r), t.where(i, 'consent_date'));
    const yearOnly = /year only:\s*(\d{4})/.exec(source);
    const inForce = /in force since:\s*(\d{4}-\d{2}-\d{2})/.exec(source);
    const consentYear = consent === null && yearOnly ? Number(yearOnly[1]) : null;
    if (consentType === null && consent !== null) throw new BuildError(`${t.where(i)}: consent date without a consent type`);
    if (consentType !== null && consent === null && !yearOnly && !inForce && !/year unknown/.test(source)) {
      throw new BuildError(`${t.where(i)}: party without consent date, year or in-force date`);
    }
    if (consentType !== null && consent === null) {
      rep.caveat(yearOnly ? 'consent year only' : inForce ? 'consent date unknown, in-force date only' : 'consent year unknown', `${instrument} ${iso3}`);
    }
    const derived = /DERIVED/.test(source);
    if (derived) rep.caveat('consent date derived from entry into force (marked DERIVED in source)', `${instrument} ${iso3}`);
    ratifications.push({
      instrument,
      iso3,
      party,
      signature: expectDate(csig(r), t.where(i, 'signature_date')),
      consent,
      consentYear,
      consentType,
      denunciation: expectDate(cden(r), t.where(i, 'denunciation_date')),
      source,
      inForceSince: inForce ? inForce[1] : null,
      derived,
    });
    acc.use();
  });
  ratifications.sort((a, b) => INSTRUMENT_IDS.indexOf(a.instrument) - INSTRUMENT_IDS.indexOf(b.instrument) || (foldName(a.party) < foldName(b.party) ? -1 : 1));
  const file: TreatiesFile = { instruments, ratifications };
  out.json('treaties.json', file, ratifications.length);
  rep.output('treaties.json', ratifications.length);
  for (const ins of instruments) {
    rep.check(`parties in data (States / incl. non-State) ${ins.id}`, [
      ratifications.filter((r) => r.instrument === ins.id && r.consentType && r.iso3).length,
      ratifications.filter((r) => r.instrument === ins.id && r.consentType).length,
    ]);
  }
  return file;
}

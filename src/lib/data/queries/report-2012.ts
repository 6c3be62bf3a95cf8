/**
 * "The 2012 report, recomputed": every quantitative statement of Section II of the UN Secretary-General's
 * report *International migration and development* (A/67/254, 3 August 2012) beside the same quantity
 * computed live from the bundled data with today's revisions.
 *
 * The published figure of a statement is a QUOTATION of the report (its sentence and the figure as printed)
 * and is data of the statement. The recomputed figure is never typed in: each statement names the query
 * call that computes it (the same queries the other views use). Statements the bundled data cannot answer
 * say why (`basis.code` starting with `no…`), never a blank or a stand-in number.
 *
 * Pure TypeScript: runs in Node (tests) and in the browser. Reasons are codes with parameters; the view
 * turns them into sentences through the message catalog.
 */
import type { ColumnTable } from 'arquero';
import type { Registry } from '../registry';
import type { RefugeeTables, CostTables, RemittanceTables } from '../load';
import type { InstrumentId, StockYear, TreatiesFile } from '../types';
import { corridorGraph, type CorridorGraph } from './corridors';
import { remittanceSeries, providerSeries } from './series';
import { computeGlobalAverage } from './global-cost';
import { remittanceMap } from './maps';
import { hostedMigrants } from './insights';
import { partyCount, partyStates, treatyIndex, type TreatyIndex } from './treaties';
import { refugeeSeries } from './refugees';
import { createMemo, sources } from './memo';

export const REPORT_SYMBOL = 'A/67/254';
/** "By June 2012", "as at June 2012", "by mid-2012": the status date of the report's treaty figures. */
export const REPORT_STATUS_DATE = '2012-06-30';
/** The report's migrant-stock years (Table 1). */
export const REPORT_STOCK_YEARS = [1990, 2010] as const satisfies readonly StockYear[];

/** Unit of a statement's published and recomputed figures. */
export type ReportUnit = 'million' | 'percent' | 'usdBillion' | 'states' | 'rank' | 'countries';

/** How the report states its figure: exactly, or as a bound ("more than $20 billion", "among the four largest"). */
export type ReportBound = 'value' | 'atLeast' | 'atMost';

/** Why the recomputed figure differs, or why there is none: a catalog code with its parameters. */
export interface ReportBasis {
  code: BasisCode;
  params: Record<string, string | number>;
}

export type BasisCode =
  | 'imsRevision'
  | 'imsOrigin'
  | 'wdiAggregate'
  | 'wdiCountry'
  | 'wdiRank'
  | 'rpwGlobal'
  | 'rpwProvider'
  | 'treatyCount'
  | 'treatyCountIlo'
  | 'hostedTreaty'
  | 'refugeesTreaty'
  | 'unrwa'
  | 'noRpwBefore2011'
  | 'noFlowData'
  | 'noStudy'
  | 'noCensusData'
  | 'noProfiles'
  | 'noStudentData';

export interface ReportSources {
  registry: Registry;
  /** stock-totals.arrow */
  totals: ColumnTable;
  /** stock-<year>.arrow of the report's stock years. */
  stock: Record<(typeof REPORT_STOCK_YEARS)[number], ColumnTable>;
  remittances: RemittanceTables;
  costs: CostTables;
  treaties: TreatiesFile;
  refugees: RefugeeTables;
}

interface Computed {
  value: number;
  basis: ReportBasis;
}

export interface Statement {
  id: string;
  /** Paragraph of A/67/254 ("5", "7, table 1"). */
  paragraph: string;
  /** The report's sentence (or table cell), quoted. */
  quote: string;
  /** The figure as printed in the quote. */
  publishedAs: string;
  /** The printed figure as a number, in `unit`. */
  published: number;
  bound: ReportBound;
  unit: ReportUnit;
  /** Largest |recomputed − published| (in `unit`) within which the data reproduce the figure, where SOURCE notes say so. */
  agreeWithin?: number;
  /** The live computation, or the reason the bundled data cannot give one. */
  compute: ((src: ReportSources) => Computed) | ReportBasis;
}

export interface ReportRow extends Omit<Statement, 'agreeWithin' | 'compute'> {
  agreeWithin: number | null;
  /** null: not computable from the bundled data (see `basis`). */
  recomputed: number | null;
  /** recomputed − published, in `unit`. */
  difference: number | null;
  /** difference ÷ published × 100 (null for ranks and for rows without a recomputed value). */
  differencePct: number | null;
  basis: ReportBasis;
}

// ---------------------------------------------------------------- inputs computed once per source set

const memo = createMemo(40);

/** The North/South corridor graph of a stock year (the Corridors view's `group=development` world graph). */
function developmentGraph(src: ReportSources, year: (typeof REPORT_STOCK_YEARS)[number]): CorridorGraph {
  return corridorGraph(
    { registry: src.registry, stock: src.stock[year], totals: src.totals },
    { year, sex: 'total', group: 'development', countries: [], dir: 'in', top: 15, focus: null },
  );
}

/** Table 1's quantities of one stock year, persons. */
export interface OriginDestination {
  NN: number;
  NS: number;
  SN: number;
  SS: number;
  inNorth: number;
  inSouth: number;
  fromNorth: number;
  fromSouth: number;
  total: number;
  /** Migrants of unknown origin (DESA "Others"): in the totals by destination, in neither origin group. */
  unknown: number;
}

/** Table 1 of the report from the corridor graph: origin group → destination group, North/South. */
export function originDestination(src: ReportSources, year: (typeof REPORT_STOCK_YEARS)[number]): OriginDestination {
  return memo(sources(src.totals, src.stock[year], src.registry), `od|${year}`, () => {
    const g = developmentGraph(src, year);
    const link = (o: string, d: string) => g.links.find((l) => l.source === `o:g:${o}` && l.target === `d:g:${d}`)?.value ?? 0;
    const node = (id: string) => g.nodes.find((n) => n.id === id)?.value ?? 0;
    return {
      NN: link('North', 'North'),
      NS: link('North', 'South'),
      SN: link('South', 'North'),
      SS: link('South', 'South'),
      inNorth: node('d:g:North'),
      inSouth: node('d:g:South'),
      fromNorth: node('o:g:North'),
      fromSouth: node('o:g:South'),
      total: g.total,
      unknown: g.unknown,
    };
  });
}

const ixOf = (src: ReportSources): TreatyIndex => treatyIndex(src.treaties);

const M = 1e6;
const B = 1e9;

// ---------------------------------------------------------------- computations (each calls existing queries)

type OdKey = keyof Omit<OriginDestination, 'unknown'>;
/** Keys involving the origin of migrants: IMS 2024 leaves unknown origins out of both groups. */
const ORIGIN_KEYS: ReadonlySet<OdKey> = new Set(['NN', 'NS', 'SN', 'SS', 'fromNorth', 'fromSouth']);

function odBasis(src: ReportSources, keys: readonly OdKey[]): ReportBasis {
  if (keys.some((k) => ORIGIN_KEYS.has(k))) {
    return {
      code: 'imsOrigin',
      params: { unknown1990: originDestination(src, 1990).unknown / M, unknown2010: originDestination(src, 2010).unknown / M },
    };
  }
  return { code: 'imsRevision', params: {} };
}

type OdMeasure = 'y1990' | 'y2010' | 'change' | 'share1990' | 'share2010' | 'changePct';

/** One cell of Table 1 (or a sentence restating it): millions, shares of all migrants (%) or change (%). */
function od(key: OdKey, measure: OdMeasure): (src: ReportSources) => Computed {
  return (src) => {
    const a = originDestination(src, 1990);
    const b = originDestination(src, 2010);
    const value = {
      y1990: a[key] / M,
      y2010: b[key] / M,
      change: (b[key] - a[key]) / M,
      share1990: (a[key] / a.total) * 100,
      share2010: (b[key] / b.total) * 100,
      changePct: (b[key] / a[key] - 1) * 100,
    }[measure];
    return { value, basis: odBasis(src, [key]) };
  };
}

/** South-North's part of the growth of immigration in the North, %. */
function southNorthShareOfNorthGrowth(src: ReportSources): Computed {
  const a = originDestination(src, 1990);
  const b = originDestination(src, 2010);
  return { value: ((b.SN - a.SN) / (b.inNorth - a.inNorth)) * 100, basis: odBasis(src, ['SN', 'inNorth']) };
}

/** Remittances received by a code in a year (US$), through the trend view's series query. */
function received(src: ReportSources, code: string, year: number): { value: number; vintage: string } | null {
  const r = remittanceSeries(src.remittances.series, src.registry, { codes: [code], series: 'received' });
  const p = r.points.find((x) => x.year === year && x.value !== null);
  return p && p.value !== null ? { value: p.value, vintage: p.vintage } : null;
}

function receivedBillions(code: string, year: number): (src: ReportSources) => Computed {
  return (src) => {
    const r = received(src, code, year);
    if (!r) throw new Error(`no remittances received for ${code} in ${year}`);
    return { value: r.value / B, basis: { code: code === 'LMY' ? 'wdiAggregate' : 'wdiCountry', params: { vintage: r.vintage, year } } };
  };
}

function receivedGrowth(code: string, year: number): (src: ReportSources) => Computed {
  return (src) => {
    const a = received(src, code, year - 1);
    const b = received(src, code, year);
    if (!a || !b) throw new Error(`no remittances received for ${code} in ${year - 1}–${year}`);
    return { value: (b.value / a.value - 1) * 100, basis: { code: 'wdiAggregate', params: { vintage: b.vintage, year } } };
  };
}

/** Rank of an economy by remittances received as % of GDP in a year (1 = largest), among economies with a value that year. */
function gdpRank(iso3: string, year: number): (src: ReportSources) => Computed {
  return (src) => {
    const rows = remittanceMap(src.remittances.series, year).rows.filter((r) => r.year === year && r.value !== null);
    const ranked = [...rows].sort((x, y) => (y.value as number) - (x.value as number));
    const i = ranked.findIndex((r) => r.iso3 === iso3);
    if (i < 0) throw new Error(`no % of GDP value for ${iso3} in ${year}`);
    return { value: i + 1, basis: { code: 'wdiRank', params: { n: ranked.length, year, vintage: ranked[i].vintage ?? '' } } };
  };
}

function globalAverage(quarter: string): (src: ReportSources) => Computed {
  return (src) => {
    const c = computeGlobalAverage(src.costs.corridor, quarter);
    if (!c) throw new Error(`no corridor costs in ${quarter}`);
    return { value: c.value, basis: { code: 'rpwGlobal', params: { n: c.corridors, trim: c.trimmedEachEnd, quarter } } };
  };
}

function providerAverage(provider: string, quarter: string): (src: ReportSources) => Computed {
  return (src) => {
    const r = providerSeries(src.costs.provider, { countries: [] });
    const p = r.points.find((x) => x.provider === provider && x.period === quarter && x.value !== null);
    if (!p || p.value === null) throw new Error(`no ${provider} costs in ${quarter}`);
    return { value: p.value, basis: { code: 'rpwProvider', params: { n: p.n, quarter } } };
  };
}

function dataAsOf(src: ReportSources, instruments: readonly InstrumentId[]): string {
  const ix = ixOf(src);
  return instruments.map((id) => `${id}: ${ix.instrument.get(id)?.dataAsOf ?? ''}`).join('; ');
}

/** States party to any of the instruments on the report's status date. */
function partiesAny(instruments: readonly InstrumentId[], ilo: boolean): (src: ReportSources) => Computed {
  return (src) => {
    const ix = ixOf(src);
    const value = partyStates(ix, instruments, 'any', REPORT_STATUS_DATE).size;
    const approximate = instruments.reduce((s, id) => s + partyCount(ix, id, REPORT_STATUS_DATE).approximate, 0);
    return {
      value,
      basis: { code: ilo ? 'treatyCountIlo' : 'treatyCount', params: { date: REPORT_STATUS_DATE, asOf: dataAsOf(src, instruments), approximate } },
    };
  };
}

function partiesOf(instrument: InstrumentId): (src: ReportSources) => Computed {
  return (src) => ({
    value: partyCount(ixOf(src), instrument, REPORT_STATUS_DATE).states,
    basis: { code: 'treatyCount', params: { date: REPORT_STATUS_DATE, asOf: dataAsOf(src, [instrument]), approximate: 0 } },
  });
}

const MIGRANT_WORKER_INSTRUMENTS: readonly InstrumentId[] = ['C097', 'C143', 'IV-13'];
const REFUGEE_INSTRUMENTS: readonly InstrumentId[] = ['V-2', 'V-5'];

function hostedByMigrantWorkerParties(measure: 'hosted' | 'share'): (src: ReportSources) => Computed {
  return (src) => {
    const h = hostedMigrants(src.totals, ixOf(src), MIGRANT_WORKER_INSTRUMENTS, 'any', REPORT_STATUS_DATE);
    return { value: measure === 'hosted' ? h.hosted / M : h.share, basis: { code: 'hostedTreaty', params: { date: REPORT_STATUS_DATE, year: h.year } } };
  };
}

/** The report's refugee year: its figures are end-2010 (UNHCR, 2010 Statistical Yearbook), statuses mid-2012. */
export const REPORT_REFUGEE_YEAR = 2010;

export interface RefugeesOfParties {
  year: number;
  parties: number;
  hosted: number;
  world: number;
  unrwaHosted: number;
  unrwaWorld: number;
}

/**
 * Refugees hosted at the end of `year` by the States party to the 1951 Convention or its Protocol on the
 * report's status date: the refugee view's series query for the party States and for the world.
 */
export function refugeesOfParties(src: ReportSources, year = REPORT_REFUGEE_YEAR): RefugeesOfParties {
  const parties = partyStates(ixOf(src), REFUGEE_INSTRUMENTS, 'any', REPORT_STATUS_DATE);
  const at = (countries: readonly string[]) => {
    const p = refugeeSeries(src.refugees.totals, src.refugees.unrwa, countries).points.find((x) => x.year === year);
    if (!p) throw new Error(`no refugee figures for ${year}`);
    return p;
  };
  const sel = at([...parties]);
  const world = at([]);
  return { year, parties: parties.size, hosted: sel.hostedRefugees, world: world.hostedRefugees, unrwaHosted: sel.unrwaHosted, unrwaWorld: world.unrwaHosted };
}

function refugeeMeasure(measure: 'hosted' | 'shareWithUnrwa' | 'share'): (src: ReportSources) => Computed {
  return (src) => {
    const r = refugeesOfParties(src);
    const value =
      measure === 'hosted'
        ? r.hosted / M
        : measure === 'share'
          ? (r.hosted / r.world) * 100
          : ((r.hosted + r.unrwaHosted) / (r.world + r.unrwaWorld)) * 100;
    return { value, basis: { code: 'refugeesTreaty', params: { date: REPORT_STATUS_DATE, year: r.year, unrwa: r.unrwaWorld / M } } };
  };
}

function unrwaWorld(src: ReportSources): Computed {
  const world = refugeeSeries(src.refugees.totals, src.refugees.unrwa, []).points;
  const at = (y: number) => world.find((p) => p.year === y)?.unrwaHosted ?? null;
  const v = at(REPORT_REFUGEE_YEAR);
  if (v === null) throw new Error(`no UNRWA figure for ${REPORT_REFUGEE_YEAR}`);
  return { value: v / M, basis: { code: 'unrwa', params: { year: REPORT_REFUGEE_YEAR, nextYear: REPORT_REFUGEE_YEAR + 1, next: (at(REPORT_REFUGEE_YEAR + 1) ?? 0) / M } } };
}

// ---------------------------------------------------------------- the statements

const no = (code: BasisCode): ReportBasis => ({ code, params: {} });

const P5_TOTALS = 'The global number of international migrants increased from 155 million in 1990 to 214 million in 2010.';
const P5_NORTH =
  'During that period, the number of international migrants in the more developed regions, or the North, grew by 46 million, or 56 per cent, while the immigrant population in the South increased by 13 million, or 18 per cent.';
const P5_SHARE = 'By 2010, almost 60 per cent of all international migrants in the world were living in more developed countries, compared with 53 per cent in 1990.';
const P7_SN =
  'Between 1990 and 2010, the number of international migrants in the North who were born in the South (South-North migrants) almost doubled, from 40 million in 1990 to 74 million in 2010, accounting for 75 per cent of the increase in immigration in the North.';
const P7_NN = 'The remaining 11 million persons who were added to the immigrant population in the North were born in the North (see table 1).';
const P8_SHARE = 'As a result of such trends, the share of South-South migration in global migration fell from 39 per cent in 1990 to 34 per cent in 2010, …';
const P8_2010 = 'In 2010, the number of South-South migrants was about 73 million, slightly fewer than the 74 million South-North migrants.';
const P8_NN = 'The number of North-North migrants stood at 53 million in 2010, while North-South migrants numbered about 13 million.';
const P9_ANZ =
  'In Australia and New Zealand, the average annual share of foreign immigrants originating from less developed regions rose from 53 per cent in 1990-1999 to 59 per cent in 2000-2009.';
const P9_EUR =
  'Likewise, Europe recorded an increase in the average annual share of foreign immigrants from the South from 36 per cent in 1990-1999 to 43 per cent in 2000-2009.';
const P9_NA = 'In North America, however, the share of immigrants from developing countries in total immigration during both periods remained stable at around 84 per cent.';
const P10_LMY = 'According to the World Bank, remittances to developing countries reached $372 billion in 2011, an increase of 12 per cent compared to 2010.';
const P10_TOP = 'China, India, Mexico and the Philippines were the main destination countries for remittances, each receiving more than $20 billion in 2011.';
const P10_GDP =
  'As a percentage of gross domestic product, Lesotho, the Republic of Moldova, Samoa and Tajikistan were the largest remittance-receiving countries in the world.';
const P11 =
  'A recent study of the United Nations Conference on Trade and Development, using data from 77 developing countries, found that a 10 per cent rise in remittances was estimated to lead to a 3.1 per cent reduction in the poverty headcount ratio.';
const P12_GA =
  'The global average total costs of transferring remittances declined from 9.8 per cent in 2008 to 8.9 per cent in the third quarter of 2010, but rose again to 9.3 per cent during the third quarter of 2011.';
const P12_PROV =
  'In the third quarter of 2011, commercial banks were found to charge the highest rates for transferring remittances (13.7 per cent), followed by money transfer operators (7.4 per cent) and post offices (7.2 per cent).';
const P14_PARTIES = 'By June 2012, 83 States had ratified at least one of three international instruments related to migrant workers, …';
const P14_HOSTED =
  'Member States that had ratified at least one of the three international instruments hosted approximately 68 million international migrants in 2010, almost one third of the global migrant population.';
const P18_PARTIES =
  'The 148 countries that had ratified either of the two international instruments by mid-2012 had collectively hosted over 6 million refugees, or 42 per cent of the global refugee population.';
const P18_UNRWA =
  'Excluding approximately 4.8 million Palestinians who fall under the mandate of the United Nations Relief and Works Agency for Palestine Refugees in the Near East, the proportion of refugees hosted by States parties to the 1951 Convention and its 1967 Protocol increases to 61 per cent.';
const P19 =
  'As at June 2012, 149 countries had ratified the 2000 Protocol to Prevent, Suppress and Punish Trafficking in Persons, especially Women and Children, while 130 countries had ratified the 2000 Protocol against the Smuggling of Migrants by Land, Sea and Air.';
const P26 =
  'According to the Statistics Division of the Department of Economic and Social Affairs, 228 countries or areas have conducted or will conduct a population census during the 2010 round of population censuses, an increase of 21 countries over the previous round.';
const P27 =
  'For the 2000 round of population censuses, the database covers over 90 per cent of immigrants in Europe, Latin America and the Caribbean, North America and Oceania, but only 70 per cent in Africa and Asia.';
const P28 =
  'Furthermore, the Division created a database on annual immigration and, where available, emigration and net migration flows by country of origin and destination for 43 countries.';
const P29 = 'To date, migration profiles are available for over 80 countries.';
const P30 = 'The number of international students has grown from 0.8 million in 1975 to 3.4 million in 2009, …';

/** Table 1 of the report as printed: row label, key, then 1990, 2010, absolute change (millions), 1990, 2010 (%), percentage change. */
const TABLE_1: readonly [string, OdKey, readonly string[]][] = [
  ['North-North', 'NN', ['42.1', '53.5', '11.4', '27.1', '25.0', '27.0']],
  ['North-South', 'NS', ['13.3', '13.3', '(0.1)', '8.6', '6.2', '(0.4)']],
  ['South-North', 'SN', ['39.9', '74.3', '34.4', '25.7', '34.7', '86.0']],
  ['South-South', 'SS', ['59.8', '73.2', '13.3', '38.5', '34.2', '22.3']],
  ['Total in North', 'inNorth', ['82.0', '127.8', '45.7', '52.9', '59.6', '55.7']],
  ['Total in South', 'inSouth', ['73.2', '86.4', '13.3', '47.1', '40.4', '18.1']],
  ['Total from North', 'fromNorth', ['55.4', '66.8', '11.3', '35.7', '31.2', '20.4']],
  ['Total from South', 'fromSouth', ['99.8', '147.4', '47.7', '64.3', '68.8', '47.8']],
  ['Grand total', 'total', ['155.2', '214.2', '59.0', '100.0', '100.0', '38.0']],
];
const TABLE_1_COLUMNS: readonly [OdMeasure, string, ReportUnit][] = [
  ['y1990', 'migrant stock (millions), 1990', 'million'],
  ['y2010', 'migrant stock (millions), 2010', 'million'],
  ['change', 'migrant stock (millions), absolute change', 'million'],
  ['share1990', 'migrant stock (percentage), 1990', 'percent'],
  ['share2010', 'migrant stock (percentage), 2010', 'percent'],
  ['changePct', 'percentage change', 'percent'],
];
/** "(0.1)" is printed for −0.1. */
const printed = (s: string) => (s.startsWith('(') ? -Number(s.slice(1, -1)) : Number(s));

/**
 * Where SOURCE notes say the bundled data reproduce the report's figure, the tolerance (in the statement's
 * unit): the IMS 2024 North-North and South-South stocks are "close" in 1990 and South-South in 2010 (within 1 million)
 * (migrant-stock SOURCE); the RPW Q3 2011 global average is reproduced within 0.1 point (remittance-prices
 * SOURCE: 9.34–9.36 against 9.30); the three treaty counts exactly (treaties SOURCE check numbers).
 */
const TABLE_1_AGREE: Partial<Record<`${OdKey}|${OdMeasure}`, number>> = {
  'NN|y1990': 1,
  'SS|y2010': 1,
};

const table1: Statement[] = TABLE_1.flatMap(([label, key, cells]) =>
  TABLE_1_COLUMNS.map(([measure, column, unit], i): Statement => ({
    id: `t1-${key}-${measure}`,
    paragraph: '7, table 1',
    quote: `Table 1, ${label}, ${column}: ${cells[i]}`,
    publishedAs: cells[i],
    published: printed(cells[i]),
    bound: 'value',
    unit,
    agreeWithin: TABLE_1_AGREE[`${key}|${measure}`],
    compute: od(key, measure),
  })),
);

function s(
  id: string,
  paragraph: string,
  quote: string,
  publishedAs: string,
  published: number,
  unit: ReportUnit,
  compute: Statement['compute'],
  extra: Partial<Pick<Statement, 'bound' | 'agreeWithin'>> = {},
): Statement {
  if (!quote.includes(publishedAs)) throw new Error(`statement ${id}: "${publishedAs}" is not in its quote`);
  return { id, paragraph, quote, publishedAs, published, unit, compute, bound: 'value', ...extra };
}

/** Every quantitative statement of Section II of A/67/254, in the report's order. */
export const STATEMENTS: readonly Statement[] = [
  s('p5-world-1990', '5', P5_TOTALS, '155 million', 155, 'million', od('total', 'y1990')),
  s('p5-world-2010', '5', P5_TOTALS, '214 million', 214, 'million', od('total', 'y2010')),
  s('p5-north-growth', '5', P5_NORTH, '46 million', 46, 'million', od('inNorth', 'change')),
  s('p5-north-growth-pct', '5', P5_NORTH, '56 per cent', 56, 'percent', od('inNorth', 'changePct')),
  s('p5-south-growth', '5', P5_NORTH, '13 million', 13, 'million', od('inSouth', 'change')),
  s('p5-south-growth-pct', '5', P5_NORTH, '18 per cent', 18, 'percent', od('inSouth', 'changePct')),
  s('p5-north-share-2010', '5', P5_SHARE, 'almost 60 per cent', 60, 'percent', od('inNorth', 'share2010')),
  s('p5-north-share-1990', '5', P5_SHARE, '53 per cent', 53, 'percent', od('inNorth', 'share1990')),
  s('p7-sn-1990', '7', P7_SN, '40 million', 40, 'million', od('SN', 'y1990')),
  s('p7-sn-2010', '7', P7_SN, '74 million', 74, 'million', od('SN', 'y2010')),
  s('p7-sn-part-of-north-growth', '7', P7_SN, '75 per cent', 75, 'percent', southNorthShareOfNorthGrowth),
  s('p7-nn-growth', '7', P7_NN, '11 million', 11, 'million', od('NN', 'change')),
  ...table1,
  s('p8-ss-share-1990', '8', P8_SHARE, '39 per cent', 39, 'percent', od('SS', 'share1990')),
  s('p8-ss-share-2010', '8', P8_SHARE, '34 per cent', 34, 'percent', od('SS', 'share2010')),
  s('p8-ss-2010', '8', P8_2010, 'about 73 million', 73, 'million', od('SS', 'y2010'), { agreeWithin: 1 }),
  s('p8-sn-2010', '8', P8_2010, '74 million', 74, 'million', od('SN', 'y2010')),
  s('p8-nn-2010', '8', P8_NN, '53 million', 53, 'million', od('NN', 'y2010')),
  s('p8-ns-2010', '8', P8_NN, 'about 13 million', 13, 'million', od('NS', 'y2010')),
  s('p9-anz-1990s', '9', P9_ANZ, '53 per cent', 53, 'percent', no('noFlowData')),
  s('p9-anz-2000s', '9', P9_ANZ, '59 per cent', 59, 'percent', no('noFlowData')),
  s('p9-europe-1990s', '9', P9_EUR, '36 per cent', 36, 'percent', no('noFlowData')),
  s('p9-europe-2000s', '9', P9_EUR, '43 per cent', 43, 'percent', no('noFlowData')),
  s('p9-north-america', '9', P9_NA, 'around 84 per cent', 84, 'percent', no('noFlowData')),
  s('p10-developing-2011', '10', P10_LMY, '$372 billion', 372, 'usdBillion', receivedBillions('LMY', 2011)),
  s('p10-developing-growth', '10', P10_LMY, '12 per cent', 12, 'percent', receivedGrowth('LMY', 2011)),
  ...(['CHN', 'IND', 'MEX', 'PHL'] as const).map((iso3) =>
    s(`p10-received-${iso3}`, '10', P10_TOP, 'more than $20 billion', 20, 'usdBillion', receivedBillions(iso3, 2011), { bound: 'atLeast' }),
  ),
  ...(['LSO', 'MDA', 'WSM', 'TJK'] as const).map((iso3) =>
    s(`p10-gdp-rank-${iso3}`, '10', P10_GDP, 'the largest remittance-receiving countries', 4, 'rank', gdpRank(iso3, 2011), { bound: 'atMost' }),
  ),
  s('p11-countries', '11', P11, '77 developing countries', 77, 'countries', no('noStudy')),
  s('p11-poverty', '11', P11, '3.1 per cent', 3.1, 'percent', no('noStudy')),
  s('p12-cost-2008', '12', P12_GA, '9.8 per cent in 2008', 9.8, 'percent', no('noRpwBefore2011')),
  s('p12-cost-2010q3', '12', P12_GA, '8.9 per cent', 8.9, 'percent', no('noRpwBefore2011')),
  s('p12-cost-2011q3', '12', P12_GA, '9.3 per cent', 9.3, 'percent', globalAverage('2011Q3'), { agreeWithin: 0.1 }),
  s('p12-banks', '12', P12_PROV, '13.7 per cent', 13.7, 'percent', providerAverage('Bank', '2011Q3')),
  s('p12-mto', '12', P12_PROV, '7.4 per cent', 7.4, 'percent', providerAverage('Money Transfer Operator', '2011Q3')),
  s('p12-post', '12', P12_PROV, '7.2 per cent', 7.2, 'percent', providerAverage('Post office', '2011Q3')),
  s('p14-parties', '14', P14_PARTIES, '83 States', 83, 'states', partiesAny(MIGRANT_WORKER_INSTRUMENTS, true)),
  s('p14-hosted', '14', P14_HOSTED, 'approximately 68 million', 68, 'million', hostedByMigrantWorkerParties('hosted')),
  s('p14-hosted-share', '14', P14_HOSTED, 'almost one third', 100 / 3, 'percent', hostedByMigrantWorkerParties('share')),
  s('p18-parties', '18', P18_PARTIES, '148 countries', 148, 'states', partiesAny(REFUGEE_INSTRUMENTS, false), { agreeWithin: 0 }),
  s('p18-hosted', '18', P18_PARTIES, 'over 6 million', 6, 'million', refugeeMeasure('hosted'), { bound: 'atLeast' }),
  s('p18-share', '18', P18_PARTIES, '42 per cent', 42, 'percent', refugeeMeasure('shareWithUnrwa')),
  s('p18-unrwa', '18', P18_UNRWA, 'approximately 4.8 million', 4.8, 'million', unrwaWorld),
  s('p18-share-without-unrwa', '18', P18_UNRWA, '61 per cent', 61, 'percent', refugeeMeasure('share')),
  s('p19-trafficking', '19', P19, '149 countries', 149, 'states', partiesOf('XVIII-12-a'), { agreeWithin: 0 }),
  s('p19-smuggling', '19', P19, '130 countries', 130, 'states', partiesOf('XVIII-12-b'), { agreeWithin: 0 }),
  s('p26-census', '26', P26, '228 countries or areas', 228, 'countries', no('noCensusData')),
  s('p26-census-increase', '26', P26, 'an increase of 21 countries', 21, 'countries', no('noCensusData')),
  s('p27-coverage-high', '27', P27, 'over 90 per cent', 90, 'percent', no('noCensusData'), { bound: 'atLeast' }),
  s('p27-coverage-low', '27', P27, 'only 70 per cent', 70, 'percent', no('noCensusData')),
  s('p28-flow-countries', '28', P28, '43 countries', 43, 'countries', no('noFlowData')),
  s('p29-profiles', '29', P29, 'over 80 countries', 80, 'countries', no('noProfiles'), { bound: 'atLeast' }),
  s('p30-students-1975', '30', P30, '0.8 million in 1975', 0.8, 'million', no('noStudentData')),
  s('p30-students-2009', '30', P30, '3.4 million in 2009', 3.4, 'million', no('noStudentData')),
];

/** One statement against the data: its live figure (or the reason there is none) and the difference. */
export function recompute(st: Statement, src: ReportSources): ReportRow {
  const base = {
    id: st.id,
    paragraph: st.paragraph,
    quote: st.quote,
    publishedAs: st.publishedAs,
    published: st.published,
    bound: st.bound,
    unit: st.unit,
    agreeWithin: st.agreeWithin ?? null,
  };
  if (typeof st.compute !== 'function') return { ...base, recomputed: null, difference: null, differencePct: null, basis: st.compute };
  const c = st.compute(src);
  const difference = c.value - st.published;
  return {
    ...base,
    recomputed: c.value,
    difference,
    differencePct: st.unit === 'rank' ? null : (difference / st.published) * 100,
    basis: c.basis,
  };
}

/** Every statement of Section II against the bundled data (memoised per source set). */
export function reportRows(src: ReportSources): ReportRow[] {
  const owner = sources(
    src.totals,
    src.stock[1990],
    src.stock[2010],
    src.registry,
    src.remittances.series,
    src.costs.corridor,
    src.costs.provider,
    src.treaties,
    src.refugees.totals,
    src.refugees.unrwa,
  );
  return memo(owner, 'rows', () => STATEMENTS.map((st) => recompute(st, src)));
}

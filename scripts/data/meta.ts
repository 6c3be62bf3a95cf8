/** meta.json (drives the app's Sources panel) and data/SOURCES.md, generated from the same records. */
import type { DatasetMeta, MetaFile } from '../../src/lib/data/types.ts';
import { BuildError } from './csv.ts';
import type { BuildReport, DatasetReport } from './report.ts';
import { GLOBAL_AGREEMENT_CHECK, PROVIDER_TYPES } from './costs.ts';
import { SPECIAL_AREA_NOTES } from './special-cases.ts';
import type { OutputDir } from './write.ts';

interface DatasetText extends Omit<DatasetMeta, 'files'> {
  /** report dataset whose outputs are this dataset's files */
  report: string;
  fileFilter?: (file: string) => boolean;
  /** How the raw copies were obtained (SOURCES.md only). */
  provenance: string[];
  /** Processing done by the build step (SOURCES.md only). */
  processing: string[];
  /** Processing lines that report figures of this build (SOURCES.md only). */
  measured?: (rep: DatasetReport) => string[];
}

const CC_BY_4 = 'https://creativecommons.org/licenses/by/4.0/';

const DATASETS: DatasetText[] = [
  {
    id: 'migrant-stock',
    report: 'migrant-stock',
    title: 'International Migrant Stock 2024 (destination × origin, by sex)',
    publisher: 'United Nations Department of Economic and Social Affairs (UN DESA), Population Division',
    revision: 'IMS 2024 (POP/DB/MIG/Stock/Rev.2024); population: World Population Prospects 2024',
    licence: 'CC BY 3.0 IGO',
    licenceUrl: 'http://creativecommons.org/licenses/by/3.0/igo/',
    citation: 'United Nations Department of Economic and Social Affairs, Population Division (2024). International Migrant Stock 2024.',
    coverage: '233 countries or areas; mid-year 1990, 1995, 2000, 2005, 2010, 2015, 2020, 2024; both sexes, male, female. World total 2024: 304,021,813.',
    gaps: [
      'Part of every destination total has no known origin (DESA "Others": 22.1 million in 2024); it is kept as unknownOrigin and belongs to no origin country or group.',
      'Origin detail is thin for some destinations (e.g. 59 origins for the United States, 100% unknown origin for Holy See and Bonaire).',
      'South Sudan as a destination 1990–2005 is a constant placeholder (652,365, all unknown origin); DESA says those years refer to Sudan and South Sudan together.',
      'Kosovo is included in Serbia; Channel Islands = Guernsey + Jersey; China excludes Hong Kong, Macao and Taiwan.',
      'Total population (shares) is WPP 2024 for every year incl. 2024, both sexes only: shares by sex are not available.',
    ],
    url: 'https://www.un.org/development/desa/pd/content/international-migrant-stock',
    provenance: [
      'The official 2024 workbook was not reachable. The bilateral stocks come from the per-destination R data files of the 2024 revision committed by Kirill Andreev (UN Population Division) in the public GitHub repository kirillfandreev/migrantstock (data behind the "International Migrant Stocks at a Glance" application), copied byte for byte and tidied by the staging step.',
      'They reproduce every published check figure exactly (world totals for all years and sexes, North/South aggregates, sample corridors).',
      'Country classification comes from a DESA workbook of the 2020 revision found in public GitHub repositories (guyabel/migest, guyabel/stepladderChapter), byte copies. The 2020-revision population is no longer used.',
    ],
    processing: [
      'Zero cells are omitted (as in DESA). Destination totals ("World") and unknown origin ("Others") go to stock-totals; emigrants = sum of bilateral cells by origin.',
      'The build fails unless world totals equal the published DESA figures and, for every destination, bilateral cells + Others = all-origin total.',
    ],
  },
  {
    id: 'population',
    report: 'population',
    title: 'Total population (World Population Prospects 2024)',
    publisher: 'United Nations Department of Economic and Social Affairs (UN DESA), Population Division',
    revision: 'World Population Prospects 2024 (estimates 1990–2023; 2024 = first projection year, medium variant)',
    licence: 'CC BY 3.0 IGO',
    licenceUrl: 'http://creativecommons.org/licenses/by/3.0/igo/',
    citation: 'United Nations, Department of Economic and Social Affairs, Population Division (2024). World Population Prospects 2024.',
    coverage: 'Total population at 1 July, both sexes, every year 1990–2024, for the 233 IMS 2024 areas (237 WPP areas aggregated).',
    gaps: [
      'Both sexes only: no population by sex, so migrant shares by sex are not available.',
      'Aggregated to IMS areas: Serbia includes Kosovo (WPP 412); Channel Islands = Guernsey (831) + Jersey (832). Saint Barthélemy and Saint Martin (French part) are not IMS areas and are left out.',
      '2024 is a projection (medium variant), not an estimate.',
    ],
    url: 'https://population.un.org/wpp/',
    provenance: [
      'The WPP 2024 country file of the Gapminder/open-numbers DDF conversion (open-numbers/ddf--unpop--world_population_prospects), read as text; the 1990–2024 lines kept verbatim and tidied by the staging step. Checked there against the WPP World and region totals and an independent copy of WPP 2024 (iom/gdidata).',
    ],
    processing: [
      'population.arrow: year × IMS area → persons. The same values are the population of stock-totals (both sexes) and divide every migrant share, 1990–2024.',
      'The build fails unless the sum of the 237 WPP areas equals the WPP World line within 50 persons in every year (checks in build-report.json).',
    ],
  },
  {
    id: 'refugees',
    report: 'refugees',
    title: 'Refugees and asylum-seekers (UNHCR) and Palestine refugees under UNRWA\'s mandate',
    publisher: 'Office of the United Nations High Commissioner for Refugees (UNHCR), Refugee Data Finder; UNRWA figures as published by UNHCR',
    revision: 'R package refugees 2025.12.1 (Global Trends 2025 release, corrected 2025 asylum-seeker figures); end-of-year figures',
    licence: 'CC BY 4.0',
    licenceUrl: CC_BY_4,
    citation: 'UNHCR Refugee Data Finder (https://www.unhcr.org/refugee-statistics/), population statistics by country of asylum and origin, and UNRWA Palestine refugees, data to end-2025.',
    coverage: 'End of year 1990–2025: refugees under UNHCR\'s mandate and asylum-seekers by country of asylum × country of origin; UNRWA registered Palestine refugees by field (Jordan, Lebanon, Syria, State of Palestine). World refugees 2010: 10,548,835.',
    gaps: [
      'Only refugees and asylum-seekers are bundled (no IDPs, stateless, other people in need of international protection, returnees or host communities).',
      'Small values are rounded by UNHCR for confidentiality (1–2 → 0, 3–4 → 5): small corridors are blurred or missing and country totals are off by a few persons.',
      'Asylum-seekers 1993–1999 are world totals only (asylum and origin Unknown); by country from 2000; none before 1993.',
      'Origins Unknown/various (UNK), Stateless (XXA) and Tibetan (TIB) are categories, not countries: they count in world totals only. Serbia includes Kosovo.',
      'UNRWA Palestine refugees are a separate series, never added to UNHCR\'s refugees. UNRWA 2010 (4.69 million) is below the ~4.8 million quoted for 2010; 2025 has a new field "Unknown" (495,764) and much lower Lebanon and Syria figures.',
    ],
    url: 'https://www.unhcr.org/refugee-statistics/',
    provenance: [
      'The population and unrwa data sets of the R package refugees (PopulationStatistics/refugees, version 2025.12.1, CC BY 4.0), which downloads them from the UNHCR population API; byte copies of the .rda files, converted to CSV by the staging step without changing values.',
    ],
    processing: [
      'Rows before 1990 and rows with neither refugees nor asylum-seekers are counted as dropped in build-report.json; the other population columns are not read.',
      'refugees-totals.arrow sums the cells per year and code, as country of asylum (hosted) and as country of origin. The build fails unless the world totals equal the SOURCE.md figures (refugees, asylum-seekers, UNRWA).',
      'Joined to the registry on the ISO3 columns, every UNHCR name checked against the registry aliases (UNHCR short names added in scripts/data/special-cases.ts).',
    ],
  },
  {
    id: 'remittances',
    report: 'remittances',
    fileFilter: (f) => f === 'remittances.arrow',
    title: 'Personal remittances, received and paid (World Development Indicators)',
    publisher: 'World Bank, World Development Indicators (WDI)',
    revision: 'Newest vintage per point: received WDI 2025-07-01 → 2025-02 → 2023-05-10; paid WDI 2025-02 (1990–2023) → 2023-05-10; % of GDP: 2025-02 computed (received ÷ GDP) → 2023-05-10 published. 2025-02 = WDI release of about December 2024 / January 2025 (inferred)',
    licence: 'CC BY 4.0',
    licenceUrl: CC_BY_4,
    citation: 'World Bank, World Development Indicators: Personal remittances, received (current US$), BX.TRF.PWKR.CD.DT (Last Updated 2025-07-01); Personal remittances, paid (current US$), BM.TRF.PWKR.CD.DT, and GDP (current US$), NY.GDP.MKTP.CD (release of early 2025); Personal remittances, received (% of GDP), BX.TRF.PWKR.DT.GD.ZS (Last Updated 2023-05-10). World Bank staff estimates based on IMF balance of payments data.',
    coverage: 'About 201 economies and 48 World Bank aggregates (World, income groups, regions); received 1970–2024, paid 1970–2023 (economies; aggregates to 2022), % of GDP 1970–2023 (economies; aggregates to 2021).',
    gaps: [
      'Three vintages are used side by side and never merged within a value: each point comes from the newest vintage that has it, and each row carries its vintage. Aggregates follow the classification of their vintage (e.g. Afghanistan and Pakistan moved region in 2024); the 2025-02 vintage has economies only, so aggregates keep older vintages.',
      '% of GDP for the points the 2025-02 vintage covers is COMPUTED BY CORRIDORS as received ÷ GDP × 100, both of that vintage (computed = 1 in remittances.arrow); older points are the published BX.TRF.PWKR.DT.GD.ZS values.',
      'The WDI release behind the 2025-02 vintage is inferred (committed 2025-02 by its source), not stated; paid 2023 covers 153 economies.',
      'Aggregates in the last year are partial sums (received 2024: 106 of 201 economies; paid 2022: 31 economies): flag partial_aggregate. Rule: fewer economies than 80% of the largest count in the 3 preceding years.',
      '2022 values of the 2023-05-10 vintage are provisional staff estimates (flag provisional).',
      'Reported zeros mostly mean "not reported" (flag zero_not_reported), e.g. Singapore and Chad from 2005.',
      'Early-year aggregates (1970s) are sums over few economies. China\'s balance-of-payments series is far below KNOMAD estimates.',
    ],
    url: 'https://data.worldbank.org/indicator/BX.TRF.PWKR.CD.DT',
    provenance: [
      'WDI downloads (Excel API downloads of 2023-05-10 and the CSV API download of 2025-07-01) as committed in public GitHub repositories (kietnguyen01/Remittance-Fees-Analysis, sadiqalausgi/Yemen-Financial-Remittances-Project), byte copies with verified git blob ids, tidied by the staging step without changing values.',
      'The 2025-02 vintage (received, paid, GDP, 1990–2023, economies only): the wdi dataset of the R package gdidata (iom/gdidata, MIT; the data are World Bank WDI), byte copy, tidied by the staging step.',
    ],
    processing: ['For each (code, series, year) the newest vintage with a value is kept; older values are counted as superseded in build-report.json.', 'pct_gdp (2025-02) = received_usd ÷ gdp_usd × 100 of the same row; GDP values without a received value are counted as dropped.'],
  },
  {
    id: 'remittances-bilateral',
    report: 'remittances',
    fileFilter: (f) => f.startsWith('remittances-bilateral-'),
    title: 'Bilateral Remittance Matrices 2017, 2018 and 2021 (model estimates)',
    publisher: 'KNOMAD / World Bank',
    revision: '2017: April 2018 version; 2018: updated October 2019; 2021: December 2022 version',
    licence: 'CC BY 4.0 (World Bank open data terms; the workbook itself states no licence)',
    licenceUrl: CC_BY_4,
    citation: 'World Bank/KNOMAD Bilateral Remittance Estimates 2017, April 2018; World Bank, Bilateral Remittance Matrix 2018, October 2019; KNOMAD/World Bank Bilateral Remittance Matrix 2021, December 2022.',
    coverage: 'Sender → receiver corridors in US$ (converted from US$ million): 2017 11,901 corridors; 2018 6,062; 2021 10,229 (212 senders, 175 receivers).',
    gaps: [
      'MODEL ESTIMATES, not observed flows: migrant stocks × host and origin incomes (Ratha & Shaw method).',
      'India↔Pakistan, Lebanon↔Israel and Azerbaijan↔Armenia are set to zero by assumption; Venezuela is excluded from the workbook\'s sums.',
      'China\'s total is KNOMAD\'s estimate (US$53.0bn in 2021; 63.9bn 2017, 67.4bn 2018), far above WDI (US$22.5bn in 2021).',
      '2018 survives only as a CSV re-saved from the workbook: values are ROUNDED TO WHOLE US$ MILLIONS, so a missing corridor may also mean under US$0.5 million; no totals in the file.',
      '2017 and 2018 write 0 in every empty corridor: zero cells are dropped (a missing corridor means 0). 2017 has one diagonal cell (Vanuatu→Vanuatu 0.0038), kept as published; the India↔Pakistan and Israel↔Lebanon cells ("-" / N/A) are not in the tidy files.',
    ],
    url: 'https://www.knomad.org/data/remittances',
    modelEstimate: true,
    provenance: ['2021: the KNOMAD workbook as committed in the public GitHub repository artemdsmirnov/International-Payment-System-Go-to-Market-Strategy-and-Pricing-Points; 2017: the workbook in hbenveniste/mig-scenarios; 2018: a CSV export of the workbook in hannahkates/global-remittances. Byte copies, tidied by the staging step.'],
    processing: ['usd = usd_millions × 1,000,000. The build fails unless each matrix sums to its published total (US$ million): 2017 613,463.805 (sum of cells; the WORLD × WORLD cell is 613,465.843, the gap being the Israel/Lebanon "-" cells), 2018 682,222, 2021 781,075.7.'],
  },
  {
    id: 'remittance-prices',
    report: 'remittance-prices',
    title: 'Remittance Prices Worldwide: average total cost of sending USD 200',
    publisher: 'World Bank, Remittance Prices Worldwide (RPW); World Bank, World Development Indicators',
    revision: 'RPW DataBank export (Last Updated 2020-12-07) 2011Q1–2020Q3; RPW quote-level data 2011Q1–2014Q2; RPW-derived corridor means 2020Q4–2025Q3; WDI SI.RMT.COST.IB.ZS / SI.RMT.COST.OB.ZS Last Updated 2023-05-10 plus a newer undated WDI export',
    licence: 'CC BY 4.0',
    licenceUrl: CC_BY_4,
    citation: 'The World Bank, Remittance Prices Worldwide (remittanceprices.worldbank.org); The World Bank, World Development Indicators (SI.RMT.COST.IB.ZS, SI.RMT.COST.OB.ZS).',
    coverage: 'Corridor averages 2011Q1–2025Q3 (199–367 corridors per quarter; semi-annual before 2013; no 2025Q2); provider types 2011Q1–2014Q2 for all corridors and Bank/MTO to 2025Q3 for 55 corridors into BGD, IND, NPL, PHL; country series 2011–2020.',
    gaps: [
      'From 2020Q4 most corridor values are means over ALL services (basis all_services_mean), not the RPW definition (transparent services); check the basis column.',
      'Simple means of corridor values are not the RPW Global Average; use costs-global.json for headlines (published figures, then figures computed by Corridors after 2023Q3, labelled as such).',
      'Negative costs (parallel-market FX rates, promotions) are kept with flag negative and must be left out of averages; some corridors exceed 30% (e.g. TUR→BGR).',
      'No corridor data for 2008–2010 or 2025Q2; no provider-type split after 2014Q2 except 55 South Asia/Philippines corridors.',
      'The newer WDI export (vintage newer-undated) rewrote the history and must not be spliced onto the 2023-05-10 series; it has implausible values (MWI 2023 −49.69).',
    ],
    url: 'https://remittanceprices.worldbank.org',
    provenance: [
      'RPW DataBank CSV export (natesheehan/sdg_10C), RPW service-level data as an R data file (benmazzotta/ccglobal), WDI Excel downloads (kietnguyen01/Remittance-Fees-Analysis), and third-party corridor means computed from the full RPW workbooks (jonsmirl/thesis, Sambhav255/mofa): byte copies from public GitHub repositories, tidied by the staging step.',
      'The 2025Q3 corridor averages, the newer WDI country values and the published headline figures were transcribed from indexed text (viji-saravanan/remittance-watch, Frisk0316/stablecoin-ecosystem-research, World Bank pages and copies of RPW reports); no byte copy exists.',
    ],
    processing: [
      'Provider-type means are over transparent services with a non-negative cost; RPW firm types are grouped as ' +
        Object.entries(PROVIDER_TYPES).map(([k, v]) => `${k} → ${v}`).join('; ') + '.',
      'The DataBank corridor averages 2011Q1–2014Q2 equal the mean of transparent quotes (checked at build time; the service count is then filled in).',
      'RPW code KSV (Kosovo) → XKX; ANT (Netherlands Antilles) rows are dropped and counted.',
      'Global average: the published RPW figures are kept wherever they exist. For every quarter after the last published one (2023Q4–2025Q3) the same quantity is COMPUTED BY CORRIDORS (costs-global.json, valueType computed, publication "computed by Corridors …"): the mean of the quarter\'s corridor averages, negative averages left out, lowest and highest 2 % of corridors trimmed (src/lib/data/queries/global-cost.ts).',
    ],
    measured: (rep) => {
      const a = rep.checks.get(GLOBAL_AGREEMENT_CHECK) as { quarters: number; within01: number; maxAbsDiff: number; meanAbsDiff: number; byQuarter: Record<string, [number, number]> };
      return [
        `Agreement of the computed with the published global average on the ${a.quarters} quarters that have both: within 0.1 pp on ${a.within01}; max |diff| ${a.maxAbsDiff.toFixed(3)} pp, mean |diff| ${a.meanAbsDiff.toFixed(3)} pp (` +
          Object.entries(a.byQuarter).map(([q, [p, c]]) => `${q} ${p} vs ${c.toFixed(2)}`).join('; ') + ').',
      ];
    },
  },
  {
    id: 'treaties',
    report: 'treaties',
    title: 'Ratifications of migrant-protection treaties (ICRMW, Palermo protocols, Refugee Convention and Protocol, ILO C097, C143, C189)',
    publisher: 'United Nations Treaty Collection (depositary: UN Secretary-General); International Labour Organization, NORMLEX (depositary: ILO Director-General)',
    revision: 'Snapshots per instrument: IV-13 2026-02-03; XVIII-12-a/b and V-5 2018-01-15 (+ later additions); V-2 2013-07-06 (+ South Sudan); ILO partial (see gaps)',
    licence: 'United Nations terms of use (public information); ILO NORMLEX terms of use',
    licenceUrl: 'https://www.un.org/en/about-us/terms-of-use',
    citation: 'United Nations Treaty Collection, Multilateral Treaties Deposited with the Secretary-General, status of treaties IV-13, XVIII-12-a, XVIII-12-b, V-2 and V-5; International Labour Organization, NORMLEX, ratifications of C097, C143 and C189.',
    coverage: '8 instruments, 811 party or signatory rows; the EU is a party to the Palermo protocols (iso3 null, not a State).',
    gaps: [
      'Snapshot dates differ by instrument: never compare counts "today" across instruments.',
      'Palermo protocols miss about 4 (Trafficking) and 5 (Smuggling) consents to April 2024.',
      'ILO C097 misses 3 of 54 ratifications; C143 has years only; C189 stops at 2020-10-05 apart from 4 later rows without exact dates.',
      '9 dates are derived from entry-into-force dates by the treaty\'s own rule (derived = true). No denunciations are recorded.',
    ],
    url: 'https://treaties.un.org',
    provenance: [
      'UN treaty rows: raw UNTC HTML/XML/CSV saved by other projects in public GitHub repositories (mgaldino/treaties-ideal-point, allucinaria/XML, zmjones/untreaties, huyn8/untreaties2), byte copies.',
      'ILO rows: transcriptions of stored web pages (Netherlands treaty database, NORMLEX pages incl. CEACR comments, the Swiss federal list, Wikipedia copies), each named in the row\'s source column.',
    ],
    processing: ['ratifications_v3.csv is used (highest version; v1 and v2 rows unchanged). consentYear comes from "year only: YYYY" and inForceSince from "in force since: YYYY-MM-DD" in the source column.'],
  },
  {
    id: 'countries',
    report: 'countries',
    title: 'Country registry: codes, names, groupings, map join facts',
    publisher: 'UN Statistics Division (M49); UN DESA Population Division (IMS areas, development groups); World Bank (income groups FY26, regions); Natural Earth via world-atlas (points, map features)',
    revision: 'M49 overview (2025 copy); World Bank OGHIST 2025-10-07 (FY26 income); world-atlas 2.0.2 (Natural Earth 4.1.0); DESA IMS 2024 areas',
    licence: 'Mixed: UN terms of use (M49, DESA CC BY 3.0 IGO), World Bank CC BY 4.0, Natural Earth public domain, OWID aliases MIT, ISO names via lukes/ISO-3166 CC BY-SA 4.0',
    licenceUrl: 'https://unstats.un.org/unsd/methodology/m49/',
    citation: 'United Nations Statistics Division, Standard country or area codes for statistical use (M49); World Bank, Country and Lending Groups (FY26).',
    coverage: '251 countries or areas (incl. XKX Kosovo and CHI Channel Islands as non-ISO codes); 233 are DESA IMS 2024 areas.',
    gaps: [
      'Income groups are FY26 (July 2025); Venezuela is unclassified.',
      'Label points are for labels and dots, not analysis (the Viet Nam point lies in the north).',
      ...SPECIAL_AREA_NOTES,
    ],
    url: 'https://unstats.un.org/unsd/methodology/m49/',
    provenance: [
      'Built by the staging step from ISO 3166 / M49 tables, World Bank classification files and OWID name maps found in public GitHub repositories, and world-atlas from npm (see countries/SOURCE.md for every repository and commit).',
    ],
    processing: ['Aliases are stored folded (see foldName in src/lib/data/registry.ts); the build fails if an alias maps to two codes or if any raw name or code does not resolve (except the commented special cases in scripts/data/special-cases.ts).'],
  },
];

export function buildMeta(report: BuildReport, out: OutputDir): MetaFile {
  const datasets: DatasetMeta[] = DATASETS.map((d) => {
    const rep = report.datasets.get(d.report);
    if (!rep) throw new BuildError(`meta: no build report for dataset ${d.report}`);
    const files = Object.fromEntries([...rep.outputs.entries()].filter(([f]) => !d.fileFilter || d.fileFilter(f)).sort(([a], [b]) => (a < b ? -1 : 1)));
    const { report: _r, fileFilter: _f, provenance: _p, processing: _q, measured: _m, ...meta } = d;
    return { ...meta, files };
  });
  const meta: MetaFile = {
    builtFrom:
      'Raw public source files (folders countries, migrant-stock, population, refugees, remittances, remittance-prices, treaties, each described by its SOURCE.md), ' +
      'converted by scripts/build-data.ts; see data/SOURCES.md for provenance and data/build-report.json for every row left out.',
    datasets,
  };
  out.json('meta.json', meta, datasets.length, true);
  out.text('SOURCES.md', sourcesMarkdown(meta, report));
  return meta;
}

function sourcesMarkdown(meta: MetaFile, report: BuildReport): string {
  const L: string[] = [];
  L.push('# Data sources', '');
  L.push('> Generated by `scripts/build-data.ts` (`npm run data -- --raw <raw folder>`). Do not edit by hand.', '');
  L.push(
    'Every file in `data/` is built from raw public source files. The raw files are **not** in this repository: they are inputs to the build only.',
    'They were obtained as byte copies of files committed to public GitHub repositories (and, where stated, as transcriptions of indexed text),',
    'because the original publishers\' download pages were not reachable when the raw files were staged. Each raw folder has a `SOURCE.md` naming every',
    'repository, path, commit and checksum. **Cite the original publishers below, not the repositories.**',
    '',
    'Every input row is either in a bundled file or counted in `data/build-report.json` with the reason it was left out.',
    'Bundled files are deterministic (same input → byte-identical output).',
    '',
  );
  for (const d of meta.datasets) {
    const src = DATASETS.find((x) => x.id === d.id)!;
    L.push(`## ${d.title}`, '');
    L.push(`- **Publisher:** ${d.publisher}`);
    L.push(`- **Revision / vintage:** ${d.revision}`);
    L.push(`- **Licence:** ${d.licence} (${d.licenceUrl})`);
    L.push(`- **Cite as:** ${d.citation}`);
    L.push(`- **Source page:** ${d.url}`);
    L.push(`- **Coverage:** ${d.coverage}`);
    if (d.modelEstimate) L.push('- **Model estimates**, not observed data.');
    L.push('', '**Known gaps and caveats**', '');
    for (const g of d.gaps) L.push(`- ${g}`);
    L.push('', '**Provenance of the raw files**', '');
    for (const p of src.provenance) L.push(`- ${p}`);
    L.push('', '**Processing**', '');
    for (const p of src.processing) L.push(`- ${p}`);
    const rep = report.datasets.get(src.report);
    if (src.measured && rep) for (const p of src.measured(rep)) L.push(`- ${p}`);
    L.push('', '| bundled file | rows |', '|---|---:|');
    for (const [f, n] of Object.entries(d.files)) L.push(`| \`${f}\` | ${n.toLocaleString('en-US')} |`);
    L.push('');
  }
  return L.join('\n');
}

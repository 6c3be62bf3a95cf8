/** Strings of "The 2012 report, recomputed". Keys are prefixed 'report.' (plus the dashboard section heading). */
export default {
  'shell.section.report': 'The 2012 report',
  'report.title': 'The 2012 report, recomputed',
  'report.subtitle': 'Every figure of Section II of the UN Secretary-General’s report A/67/254 (2012) beside the same quantity computed from today’s data',
  'report.intro':
    'Published figures are quoted from the report, with their paragraph. Recomputed figures are computed live from the data bundled here, with today’s revisions. Each row says why the two differ, or why the bundled data cannot answer.',
  'report.summary': '{computed} of {total} figures recomputed; {agree} of them reproduce the published figure within the tolerance the sources state.',
  'report.regionLabel': 'Statements of Section II of A/67/254, published and recomputed',
  'report.col.paragraph': 'Paragraph',
  'report.col.statement': 'Statement',
  'report.col.published': 'Published',
  'report.col.recomputed': 'Recomputed',
  'report.col.difference': 'Difference',
  'report.col.basis': 'Why they differ',
  'report.paragraph': '¶ {paragraph}',
  'report.notComputable': 'not computable',
  'report.agrees': 'reproduced',
  'report.loading': 'Loading the migrant stocks of 1990 and 2010 and the refugee figures…',
  'report.loadError': 'Could not load {what}: {message}',
  'report.what.stock': 'the migrant stocks of {year}',
  'report.what.refugees': 'the refugee figures',
  'report.source': '{stock}; {remittances}; {prices}; {treaties}; UNHCR, Refugee Data Finder; United Nations, A/67/254 (3 August 2012)',
  'report.unit.million': 'million',
  'report.unit.percent': '%',
  'report.unit.usdBillion': 'US$ billion',
  'report.unit.states': 'States',
  'report.unit.rank': 'rank',
  'report.unit.countries': 'countries',
  'report.basis.imsRevision': 'IMS 2024 revises 1990 and 2010 (the report used the 2008 revision); totals by destination include migrants of unknown origin.',
  'report.basis.imsOrigin':
    'IMS 2024 revises 1990 and 2010 and leaves {unknown1990} million (1990) and {unknown2010} million (2010) migrants of unknown origin in neither North nor South; the report’s origin estimates assigned them.',
  'report.basis.wdiAggregate':
    'WDI vintage {vintage} revises {year}; today’s low- and middle-income aggregate leaves out economies reclassified as high income since 2012.',
  'report.basis.wdiCountry': 'WDI vintage {vintage} revises {year} (balance-of-payments series).',
  'report.basis.wdiRank': 'Rank among {n} economies with remittances received as % of GDP in {year}, WDI vintage {vintage}.',
  'report.basis.rpwGlobal':
    'Computed by Corridors: mean of the {n} RPW corridor averages of {quarter}, lowest and highest {trim} left out; RPW’s own corridor set differs.',
  'report.basis.rpwProvider':
    'Computed by Corridors: mean over {n} corridors of the corridor averages of transparent services of this provider type, {quarter}; the published figure is RPW’s own average.',
  'report.basis.treatyCount': 'Party status on {date}, States only (the EU not counted); ratification data as of {asOf}.',
  'report.basis.treatyCountIlo':
    'Party status on {date}, States only; ILO ratifications known by year only count from 31 December ({approximate} rows dated by year or entry into force); data as of {asOf}.',
  'report.basis.hostedTreaty': 'Party status on {date}; migrant stocks of {year} from IMS 2024, which revises {year}.',
  'report.basis.refugeesTreaty':
    'Party status on {date}; UNHCR refugees at the end of {year} (current data) as in the report’s 2010 yearbook; the global figure with Palestine refugees adds {unrwa} million registered with UNRWA.',
  'report.basis.unrwa': 'UNRWA registrations at the end of {year} in UNHCR’s current data; the report’s 4.8 million is close to the end-{nextYear} figure ({next} million).',
  'report.basis.noRpwBefore2011': 'Not computable: the bundled RPW corridor data start in 2011 Q1 (no survey data for 2008–2010).',
  'report.basis.noFlowData': 'Not computable: the bundled data have migrant stocks, not annual immigration flows by origin.',
  'report.basis.noStudy': 'Not computable: a result of a UNCTAD study (regression on household surveys), not in the bundled data.',
  'report.basis.noCensusData': 'Not computable: census rounds and their coverage are not in the bundled data.',
  'report.basis.noProfiles': 'Not computable: migration profiles are not in the bundled data.',
  'report.basis.noStudentData': 'Not computable: international students (UNESCO) are not in the bundled data.',
};

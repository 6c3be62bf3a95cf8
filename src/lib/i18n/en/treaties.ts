/** Strings of the treaties area. Keys are prefixed 'treaties.'. */
export default {
  // instrument names (short, for controls and legends)
  'treaties.inst.IV-13': 'Migrant Workers Convention (1990)',
  'treaties.inst.XVIII-12-a': 'Trafficking Protocol (2000)',
  'treaties.inst.XVIII-12-b': 'Smuggling Protocol (2000)',
  'treaties.inst.V-2': 'Refugee Convention (1951)',
  'treaties.inst.V-5': 'Refugee Protocol (1967)',
  'treaties.inst.C097': 'ILO C097 Migration for Employment (1949)',
  'treaties.inst.C143': 'ILO C143 Migrant Workers (1975)',
  'treaties.inst.C189': 'ILO C189 Domestic Workers (2011)',

  // statuses
  'treaties.status.party': 'Party',
  'treaties.status.signed': 'Signed, not a party',
  'treaties.status.none': 'Not a party',
  'treaties.statusAny.party': 'Party to at least one',
  'treaties.statusAny.signed': 'Signed at least one, party to none',
  'treaties.statusAny.none': 'Party to none',
  'treaties.statusAll.party': 'Party to all',
  'treaties.statusAll.signed': 'Party to or signed each, not party to all',
  'treaties.statusAll.none': 'Not party to all',
  'treaties.status.noRecord': 'No record in the data: not a party as far as the data show',

  // controls
  'treaties.controls.instruments': 'Instruments',
  'treaties.controls.set': 'With several instruments, show States party to',
  'treaties.set.any': 'at least one',
  'treaties.set.all': 'all',
  'treaties.controls.date': 'Status as of',
  'treaties.controls.latest': 'Latest data',
  'treaties.controls.latestHint': 'Show the latest status in the data (each instrument as of its own snapshot)',
  'treaties.controls.dateHint': 'Arrow keys: ±1 month; Page Up / Page Down: ±1 year.',

  // wording of the current state
  'treaties.asOfDate': 'as of {date}',
  'treaties.asOfLatest': 'latest data',
  'treaties.setPhrase.one': '{name}',
  'treaties.setPhrase.any': 'at least one of {names}',
  'treaties.setPhrase.all': 'all of {names}',
  'treaties.noInstrument': 'Choose at least one instrument.',
  'treaties.stale': 'The data for {names} end on {date}; later ratifications are not in them.',
  'treaties.staleOne': '{name}: data end {date}',
  'treaties.rule':
    'A State counts as a party from the day its instrument was deposited (UN) or registered (ILO). Where only the year is known it counts from 31 December of that year; where only the date the convention entered into force for it is known, from that date; a consent with no date at all counts only under “latest data”. Signing alone does not make a State a party; a denunciation ends party status. The European Union is shown where it is a party but never counted as a State.',

  // map
  'treaties.map.title': 'Which States are party to migrant-protection treaties',
  'treaties.map.subtitle': 'States party to {set}, {asOf}',
  'treaties.map.label': 'World map: States party to {set}, {asOf}',
  'treaties.map.description':
    'Each State is coloured by its status: party, signed but not a party, or not a party. {party, plural, one {# State is a party} other {# States are parties}}, {signed, plural, one {# has only signed} other {# have only signed}}.',
  'treaties.map.legend': 'Status {asOf}',
  'treaties.map.counts': '{party, plural, one {# State party} other {# States party}} · {signed, plural, other {# signed only}} · EU: {eu}',
  'treaties.map.countsNoEu': '{party, plural, one {# State party} other {# States party}} · {signed, plural, other {# signed only}}',
  'treaties.map.euParty': 'party',
  'treaties.map.euNotParty': 'not a party',
  'treaties.map.detail': '{instrument}: {status}{date}',
  'treaties.map.detailDate': ' (since {date})',
  'treaties.map.detailYear': ' (year {year}; counted from 31 December)',
  'treaties.map.asOfLatest': 'latest ({date})',
  'treaties.map.noDataLabel': 'Territory or area not listed as a State',

  // timeline
  'treaties.timeline.title': 'How many States became parties, over time',
  'treaties.timeline.subtitle': 'Cumulative number of States party, {set}; marked: {asOf}',
  'treaties.timeline.label': 'Step chart of the cumulative number of States party to {set}. The marked date is {asOf}.',
  'treaties.timeline.y': 'States party',
  'treaties.timeline.setSeries': 'Party to {set}',
  'treaties.timeline.hint': 'Click or drag on the chart to set the date.',
  'treaties.timeline.readout': '{name}: {count, plural, one {# State party} other {# States party}}, {asOf}',
  'treaties.timeline.undated': '{n, plural, one {# party without a date, not on the chart} other {# parties without a date, not on the chart}}',
  'treaties.timeline.plusEu': '(plus the European Union)',
  'treaties.timeline.setNote': 'The combined series ends at the earliest data snapshot among the chosen instruments.',

  // table
  'treaties.table.title': 'Signatures and ratifications, State by State',
  'treaties.table.subtitle': '{names}: status {asOf}. Sort by any column; the CSV has every row and the full sources.',
  'treaties.table.count': '{n, plural, one {# State party} other {# States party}} in the data, {asOf}',
  'treaties.table.countEu': '{n, plural, one {# State party} other {# States party}} in the data, {asOf} (plus the European Union)',
  'treaties.table.dataAsOf': 'Data as of: {date}',
  'treaties.table.gaps': 'Known gaps',
  'treaties.table.approx': '{n, plural, other {# counted from a year or an entry-into-force date}}',
  'treaties.table.undated': '{n, plural, one {# consent without a date} other {# consents without a date}} (counted only under “latest data”)',
  'treaties.table.signedOnly': '{n, plural, other {# signed only}}',
  'treaties.col.instrument_id': 'Instrument ID',
  'treaties.col.instrument': 'Instrument',
  'treaties.col.iso3': 'ISO3',
  'treaties.col.state': 'State',
  'treaties.col.signature_date': 'Signature',
  'treaties.col.consent_date': 'Consent to be bound',
  'treaties.col.consent_year': 'Consent year',
  'treaties.col.consent_type': 'Type',
  'treaties.col.counted_from': 'Counted as party from',
  'treaties.col.date_basis': 'Date basis',
  'treaties.col.status_as_of': 'Status, {asOf}',
  'treaties.col.source': 'Source',
  'treaties.col.data_as_of': 'Data as of',
  'treaties.basis.exact': 'exact date',
  'treaties.basis.derived': 'derived from entry into force',
  'treaties.basis.year': 'year only',
  'treaties.basis.inForce': 'in force since',
  'treaties.basis.undated': 'no date',
  'treaties.eu': 'European Union',

  // source line
  'treaties.source':
    'UN Treaty Collection (depositary status pages and MTDSG XML) and ILO/national treaty databases, compiled by Corridors; data as of: {asOf}. Gaps: see the table.',
} as const;

/** Chaînes des traités (français) : mêmes clés que en/treaties.ts. */
export default {
  // noms des instruments (courts, pour les commandes et les légendes) ; titres officiels dans names/
  'treaties.inst.IV-13': 'Convention sur les travailleurs migrants (1990)',
  'treaties.inst.XVIII-12-a': 'Protocole relatif à la traite des personnes (2000)',
  'treaties.inst.XVIII-12-b': 'Protocole contre le trafic illicite de migrants (2000)',
  'treaties.inst.V-2': 'Convention relative au statut des réfugiés (1951)',
  'treaties.inst.V-5': 'Protocole relatif au statut des réfugiés (1967)',
  'treaties.inst.C097': 'OIT C097 Travailleurs migrants (révisée) (1949)',
  'treaties.inst.C143': 'OIT C143 Travailleurs migrants (1975)',
  'treaties.inst.C189': 'OIT C189 Travailleuses et travailleurs domestiques (2011)',

  // statuts
  'treaties.status.party': 'Partie',
  'treaties.status.signed': 'Signataire, non partie',
  'treaties.status.none': 'Non partie',
  'treaties.statusAny.party': 'Partie à au moins un',
  'treaties.statusAny.signed': 'Signataire d’au moins un, partie à aucun',
  'treaties.statusAny.none': 'Partie à aucun',
  'treaties.statusAll.party': 'Partie à tous',
  'treaties.statusAll.signed': 'Partie ou signataire de chacun, non partie à tous',
  'treaties.statusAll.none': 'Non partie à tous',
  'treaties.status.noRecord': 'Aucune mention dans les données : non partie d’après les données',

  // commandes
  'treaties.controls.instruments': 'Instruments',
  'treaties.controls.set': 'Avec plusieurs instruments, afficher les États parties à',
  'treaties.set.any': 'au moins un',
  'treaties.set.all': 'tous',
  'treaties.controls.date': 'Situation au',
  'treaties.controls.latest': 'Dernières données',
  'treaties.controls.latestHint': 'Afficher la situation la plus récente des données (chaque instrument à la date de son propre relevé)',
  'treaties.controls.dateHint': 'Flèches : ±1 mois ; Page précédente / Page suivante : ±1 an.',

  // formulation de l’état courant
  'treaties.asOfDate': 'au {date}',
  'treaties.asOfLatest': 'dernières données',
  'treaties.setPhrase.one': '{name}',
  'treaties.setPhrase.any': 'au moins un des instruments suivants : {names}',
  'treaties.setPhrase.all': 'tous les instruments suivants : {names}',
  'treaties.noInstrument': 'Choisissez au moins un instrument.',
  'treaties.stale': 'Les données de {names} s’arrêtent au {date} ; les ratifications ultérieures n’y figurent pas.',
  'treaties.staleOne': '{name} : données arrêtées au {date}',
  'treaties.rule':
    'Un État est compté comme partie à partir du jour où son instrument a été déposé (ONU) ou enregistré (OIT). Lorsque seule l’année est connue, il est compté à partir du 31 décembre de cette année ; lorsque seule la date d’entrée en vigueur de la convention à son égard est connue, à partir de cette date ; un consentement sans aucune date n’est compté que sous « dernières données ». La seule signature ne fait pas d’un État une partie ; une dénonciation met fin à la qualité de partie. L’Union européenne est affichée lorsqu’elle est partie, mais n’est jamais comptée comme un État.',

  // carte
  'treaties.map.title': 'Quels États sont parties aux traités de protection des migrants',
  'treaties.map.subtitle': 'États parties à {set}, {asOf}',
  'treaties.map.label': 'Carte du monde : États parties à {set}, {asOf}',
  'treaties.map.description':
    'Chaque État est coloré selon son statut : partie, signataire non partie ou non partie. {party, plural, one {# État est partie} other {# États sont parties}}, {signed, plural, one {# a seulement signé} other {# ont seulement signé}}.',
  'treaties.map.legend': 'Statut {asOf}',
  'treaties.map.counts': '{party, plural, one {# État partie} other {# États parties}} · {signed, plural, one {# signataire seulement} other {# signataires seulement}} · UE : {eu}',
  'treaties.map.countsNoEu': '{party, plural, one {# État partie} other {# États parties}} · {signed, plural, one {# signataire seulement} other {# signataires seulement}}',
  'treaties.map.euParty': 'partie',
  'treaties.map.euNotParty': 'non partie',
  'treaties.map.detail': '{instrument} : {status}{date}',
  'treaties.map.detailDate': ' (depuis le {date})',
  'treaties.map.detailYear': ' (année {year} ; comptée à partir du 31 décembre)',
  'treaties.map.noDataLabel': 'Territoire ou zone ne figurant pas comme État',

  // chronologie
  'treaties.timeline.title': 'Combien d’États sont devenus parties, au fil du temps',
  'treaties.timeline.subtitle': 'Nombre cumulé d’États parties, {set} ; repère : {asOf}',
  'treaties.timeline.label': 'Graphique en escalier du nombre cumulé d’États parties à {set}. La date repérée est {asOf}.',
  'treaties.timeline.y': 'États parties',
  'treaties.timeline.setSeries': 'Parties à {set}',
  'treaties.timeline.hint': 'Cliquez ou faites glisser sur le graphique pour choisir la date.',
  'treaties.timeline.readout': '{name} : {count, plural, one {# État partie} other {# États parties}}, {asOf}',
  'treaties.timeline.undated': '{n, plural, one {# partie sans date, absente du graphique} other {# parties sans date, absentes du graphique}}',
  'treaties.timeline.plusEu': '(plus l’Union européenne)',
  'treaties.timeline.setNote': 'La série combinée s’arrête au plus ancien relevé de données parmi les instruments choisis.',

  // tableau
  'treaties.table.title': 'Signatures et ratifications, État par État',
  'treaties.table.subtitle': '{names} : situation {asOf}. Triez selon n’importe quelle colonne ; le CSV contient toutes les lignes et les sources complètes.',
  'treaties.table.count': '{n, plural, one {# État partie} other {# États parties}} dans les données, {asOf}',
  'treaties.table.countEu': '{n, plural, one {# État partie} other {# États parties}} dans les données, {asOf} (plus l’Union européenne)',
  'treaties.table.dataAsOf': 'Données au : {date}',
  'treaties.table.gaps': 'Lacunes connues',
  'treaties.table.approx': '{n, plural, one {# compté à partir d’une année ou d’une date d’entrée en vigueur} other {# comptés à partir d’une année ou d’une date d’entrée en vigueur}}',
  'treaties.table.undated': '{n, plural, one {# consentement sans date (compté seulement sous « dernières données »)} other {# consentements sans date (comptés seulement sous « dernières données »)}}',
  'treaties.table.signedOnly': '{n, plural, one {# signataire seulement} other {# signataires seulement}}',
  'treaties.col.instrument_id': 'Identifiant de l’instrument',
  'treaties.col.instrument': 'Instrument',
  'treaties.col.iso3': 'ISO3',
  'treaties.col.state': 'État',
  'treaties.col.signature_date': 'Signature',
  'treaties.col.consent_date': 'Consentement à être lié',
  'treaties.col.consent_year': 'Année du consentement',
  'treaties.col.consent_type': 'Type',
  'treaties.col.counted_from': 'Compté comme partie à partir du',
  'treaties.col.date_basis': 'Base de la date',
  'treaties.col.status_as_of': 'Statut, {asOf}',
  'treaties.col.source': 'Source',
  'treaties.col.data_as_of': 'Données au',
  'treaties.basis.exact': 'date exacte',
  'treaties.basis.derived': 'déduite de l’entrée en vigueur',
  'treaties.basis.year': 'année seulement',
  'treaties.basis.inForce': 'en vigueur depuis',
  'treaties.basis.undated': 'sans date',
  'treaties.eu': 'Union européenne',

  // ligne de source
  'treaties.source':
    'Collection des traités des Nations Unies (pages de l’état des traités du dépositaire et XML du MTDSG) et bases de données conventionnelles de l’OIT et nationales, compilées par Corridors ; données au : {asOf}. Lacunes : voir le tableau.',
  'treaties.map.asOfLatest': 'dernières données ({date})',
} as const;

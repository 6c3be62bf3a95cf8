/** Chaînes de « Le rapport de 2012, recalculé » (français) : mêmes clés que en/report.ts. */
export default {
  'shell.section.report': 'Le rapport de 2012',
  'report.title': 'Le rapport de 2012, recalculé',
  'report.subtitle': 'Chaque chiffre de la section II du rapport du Secrétaire général A/67/254 (2012), à côté de la même grandeur calculée avec les données actuelles',
  'report.intro':
    'Les chiffres publiés sont cités du rapport, avec leur paragraphe. Les chiffres recalculés sont calculés en direct à partir des données intégrées ici, avec les révisions actuelles. Chaque ligne explique pourquoi les deux diffèrent, ou pourquoi les données intégrées ne permettent pas de répondre.',
  'report.summary': '{computed} chiffres recalculés sur {total} ; {agree} d’entre eux reproduisent le chiffre publié avec la tolérance indiquée par les sources.',
  'report.regionLabel': 'Énoncés de la section II du A/67/254, publiés et recalculés',
  'report.col.paragraph': 'Paragraphe',
  'report.col.statement': 'Énoncé',
  'report.col.published': 'Publié',
  'report.col.recomputed': 'Recalculé',
  'report.col.difference': 'Écart',
  'report.col.basis': 'Pourquoi ils diffèrent',
  'report.paragraph': '§ {paragraph}',
  'report.notComputable': 'non calculable',
  'report.agrees': 'reproduit',
  'report.loading': 'Chargement des populations de migrants de 1990 et 2010 et des chiffres sur les réfugiés…',
  'report.loadError': 'Impossible de charger {what} : {message}',
  'report.what.stock': 'les populations de migrants de {year}',
  'report.what.refugees': 'les chiffres sur les réfugiés',
  'report.source': '{stock} ; {remittances} ; {prices} ; {treaties} ; HCR, Refugee Data Finder ; Nations Unies, A/67/254 (3 août 2012)',
  'report.unit.million': 'millions',
  'report.unit.percent': '%',
  'report.unit.usdBillion': 'milliards de dollars É.-U.',
  'report.unit.states': 'États',
  'report.unit.rank': 'rang',
  'report.unit.countries': 'pays',
  'report.basis.imsRevision': 'L’IMS 2024 révise 1990 et 2010 (le rapport utilisait la révision de 2008) ; les totaux par destination incluent les migrants d’origine inconnue.',
  'report.basis.imsOrigin':
    'L’IMS 2024 révise 1990 et 2010 et laisse {unknown1990} millions (1990) et {unknown2010} millions (2010) de migrants d’origine inconnue ni au Nord ni au Sud ; les estimations par origine du rapport les répartissaient.',
  'report.basis.wdiAggregate':
    'La version {vintage} des WDI révise {year} ; l’agrégat actuel des pays à revenu faible et intermédiaire exclut les économies reclassées à revenu élevé depuis 2012.',
  'report.basis.wdiCountry': 'La version {vintage} des WDI révise {year} (série de la balance des paiements).',
  'report.basis.wdiRank': 'Rang parmi {n} économies selon les envois de fonds reçus en % du PIB en {year}, version {vintage} des WDI.',
  'report.basis.rpwGlobal':
    'Calculé par Corridors : moyenne des {n} moyennes par corridor de RPW pour {quarter}, sans les {trim} plus basses et plus hautes ; l’ensemble de corridors de RPW diffère.',
  'report.basis.rpwProvider':
    'Calculé par Corridors : moyenne sur {n} corridors des moyennes des services transparents de ce type de prestataire, {quarter} ; le chiffre publié est la moyenne propre de RPW.',
  'report.basis.treatyCount': 'Statut de partie au {date}, États seulement (l’UE n’est pas comptée) ; données de ratification au {asOf}.',
  'report.basis.treatyCountIlo':
    'Statut de partie au {date}, États seulement ; les ratifications OIT connues par l’année seule comptent à partir du 31 décembre ({approximate} lignes datées par l’année ou l’entrée en vigueur) ; données au {asOf}.',
  'report.basis.hostedTreaty': 'Statut de partie au {date} ; populations de migrants de {year} selon l’IMS 2024, qui révise {year}.',
  'report.basis.refugeesTreaty':
    'Statut de partie au {date} ; réfugiés relevant du HCR à la fin de {year} (données actuelles), comme dans l’annuaire 2010 cité par le rapport ; le chiffre mondial avec les réfugiés de Palestine ajoute {unrwa} millions enregistrés auprès de l’UNRWA.',
  'report.basis.unrwa': 'Enregistrements de l’UNRWA à la fin de {year} dans les données actuelles du HCR ; les 4,8 millions du rapport sont proches du chiffre de fin {nextYear} ({next} millions).',
  'report.basis.noRpwBefore2011': 'Non calculable : les données RPW par corridor intégrées commencent au 1er trimestre 2011 (aucune enquête pour 2008–2010).',
  'report.basis.noFlowData': 'Non calculable : les données intégrées portent sur les populations de migrants, pas sur les flux annuels d’immigration par origine.',
  'report.basis.noStudy': 'Non calculable : résultat d’une étude de la CNUCED (régression sur des enquêtes auprès des ménages), absent des données intégrées.',
  'report.basis.noCensusData': 'Non calculable : les séries de recensements et leur couverture ne figurent pas dans les données intégrées.',
  'report.basis.noProfiles': 'Non calculable : les profils migratoires ne figurent pas dans les données intégrées.',
  'report.basis.noStudentData': 'Non calculable : les étudiants internationaux (UNESCO) ne figurent pas dans les données intégrées.',
};

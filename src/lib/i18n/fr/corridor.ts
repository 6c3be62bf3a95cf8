/** Chaînes de la vue des flux d’argent et de la vue corridor. Clés préfixées 'corridor.'. */
import en from '../en/corridor';
import { englishColumns } from '../columns';

// Noms de colonnes du tableau et du CSV : ceux de l’anglais, stables et lisibles par machine, dans toutes les langues.
const columns = englishColumns(en, 'corridor.col.');

export default {
  ...columns,
  // ---- l’argent renvoyé (matrice bilatérale des envois de fonds en Sankey)
  'corridor.flows.title': 'L’argent renvoyé au pays',
  'corridor.flows.source': 'KNOMAD / Banque mondiale, matrice bilatérale des envois de fonds {year} (estimations de modèle, $ US)',
  'corridor.flows.matrixYear': 'matrice {year}',
  'corridor.flows.estimates': 'estimations de modèle (Banque mondiale/KNOMAD), $ US',
  'corridor.flows.yearLabel': 'Année de la matrice',
  'corridor.flows.notBundled': 'La matrice bilatérale des envois de fonds {year} n’est pas incluse dans cette version.',
  'corridor.flows.noData': 'Aucune estimation d’envois de fonds pour cette sélection.',
  'corridor.flows.selectionIn': 'envoyés par les migrants vivant en {names}',
  'corridor.flows.selectionOut': 'reçus par {names} depuis les pays où vivent ses émigrés',
  'corridor.flows.senders': 'Pays d’envoi (où vivent les migrants)',
  'corridor.flows.receivers': 'Pays de réception (pays d’origine)',
  'corridor.flows.received': 'Reçoit {value} (estimation)',
  'corridor.flows.sent': 'Envoie {value} (estimation)',
  'corridor.flows.shareOfReceived': '{pct} de tout ce qu’il reçoit ({total})',
  'corridor.flows.shareOfSent': '{pct} de tout ce qu’il envoie ({total})',
  'corridor.flows.linkValue': '{value} envoyés (estimation)',
  'corridor.flows.shareOfSenders': '{pct} de ce qu’envoie {name}',
  'corridor.flows.shareOfReceivers': '{pct} de ce que reçoit {name}',
  'corridor.flows.openCorridor': 'Cliquez ou appuyez sur Entrée pour ouvrir ce corridor',
  'corridor.flows.nodeReceiver': '{name} reçoit {value}',
  'corridor.flows.nodeSender': '{name} envoie {value}',
  'corridor.flows.linkLabel': '{title} : {value} envoyés en {year} (estimation de modèle)',
  'corridor.flows.chartLabel':
    'Diagramme de Sankey : {total} d’envois de fonds ({year}, estimations de modèle) des pays où vivent les migrants, à gauche, vers leurs pays d’origine, à droite.',
  'corridor.flows.keyboardHelp':
    'Les flèches passent des pays d’envoi aux pays de réception et aux flux entre eux ; Entrée ou Espace sélectionne un pays, déplie un groupe ou ouvre un corridor ; Échap désépingle ou revient en arrière.',
  'corridor.flows.noteMatrix': 'La matrice {year} totalise {total} : des estimations de modèle de qui envoie à qui.',
  'corridor.flows.noteWdi':
    'Pour comparaison, envois de fonds personnels reçus par le monde en {year} selon les WDI : {value} (balance des paiements ; la matrice en représente {pct}).',
  'corridor.flows.noteNoWdi': 'Les WDI ne donnent pas de total mondial des envois de fonds personnels reçus pour {year}.',
  'corridor.flows.noteCountry': '{name} : {matrix} reçus selon la matrice, {wdi} selon les WDI.',
  'corridor.flows.noteCountryNoWdi': '{name} : {matrix} reçus selon la matrice ; pas de valeur WDI cette année-là.',
  'corridor.flows.noteNeverMixed': 'Ce sont deux mesures différentes, jamais additionnées.',

  // ---- la vue corridor
  'corridor.title': 'Un corridor, de bout en bout',
  'corridor.titlePair': '{origin} → {destination} : un corridor, de bout en bout',
  'corridor.subtitle': 'Personnes nées en {origin} vivant en {destination} ; l’argent qu’elles renvoient ; son coût ; les traités',
  'corridor.subtitleDefault':
    'Le plus grand corridor de la sélection actuelle : personnes nées en {origin} vivant en {destination}. Choisissez une autre paire ou cliquez sur un lien d’un Sankey.',
  'corridor.source':
    'DAES ONU IMS 2024 ; matrices bilatérales des envois de fonds KNOMAD / Banque mondiale et WDI ; Banque mondiale, Remittance Prices Worldwide ; Collection des traités de l’ONU et OIT (compilé par Corridors)',
  'corridor.note':
    'Les flux d’envois de fonds sont des estimations de modèle, pas des observations ; les frais perdus sont une estimation (flux × coût moyen d’un envoi de 200 USD). Chaque partie cite sa source.',
  'corridor.pick.origin': 'Né(e) en (origine)',
  'corridor.pick.destination': 'Vivant en (destination)',
  'corridor.pick.swap': 'Inverser origine et destination',
  'corridor.people.title': 'Les personnes',
  'corridor.people.migrants': 'personnes nées en {origin} vivent en {destination} ({year})',
  'corridor.people.shareOrigin': 'de toutes les personnes nées en {origin} qui vivent à l’étranger',
  'corridor.people.shareDestination': 'de tous les immigrés en {destination}',
  'corridor.people.rank': 'Rang {rank} sur {n} pays d’origine des immigrés en {destination}',
  'corridor.people.noRank': 'Ne figure pas parmi les pays d’origine connus des immigrés en {destination}',
  'corridor.people.reverse': 'Dans l’autre sens : {value} personnes nées en {destination} vivent en {origin}',
  'corridor.people.chart': 'Graphique linéaire : personnes nées en {origin} vivant en {destination}, 1990–2024, deux sexes, hommes et femmes',
  'corridor.people.y': 'Migrants (personnes)',
  'corridor.people.tip': '{sex}, {year} : {value} migrants',
  'corridor.money.title': 'L’argent renvoyé',
  'corridor.money.caption': 'Estimations bilatérales des envois de fonds dans les deux sens, par migrant, et total WDI du pays d’origine',
  'corridor.money.year': 'Année de la matrice',
  'corridor.money.toOrigin': '{destination} → {origin}',
  'corridor.money.toDestination': '{origin} → {destination}',
  'corridor.money.perMigrant': 'Par migrant',
  'corridor.money.perMigrantValue': '{value} (nombre de migrants en {year})',
  'corridor.money.wdi': 'Total reçu par {origin} (WDI)',
  'corridor.money.noCell': 'pas d’estimation',
  'corridor.money.estimates':
    'Les flux bilatéraux sont des estimations de modèle (Banque mondiale/KNOMAD), en $ US ; le total WDI provient de la balance des paiements, donné à titre de contexte.',
  'corridor.cost.title': 'Coût d’un envoi de 200 USD de {destination} vers {origin}',
  'corridor.cost.latest': 'Coût total moyen {cost} au {quarter} : rang {rank} sur {n} corridors relevés ce trimestre (1 = le moins cher).',
  'corridor.cost.noUsable': 'Relevé, mais aucun trimestre n’a de moyenne utilisable.',
  'corridor.cost.chart': 'Graphique linéaire : coût total moyen d’un envoi de 200 USD de {destination} vers {origin}, chaque trimestre relevé',
  'corridor.cost.y': 'Coût total moyen (%)',
  'corridor.cost.average': 'Moyenne du corridor',
  'corridor.cost.tip': '{series}, {quarter} : {cost}',
  'corridor.cost.lines': 'Lignes pointillées : {g8} (objectif G8/G20) et {sdg} (cible ODD 10.c).',
  'corridor.cost.notPriced': 'Remittance Prices Worldwide n’a jamais relevé le coût des envois de {destination} vers {origin}.',
  'corridor.cost.alternatives': 'Corridors relevés les plus proches (dernier trimestre utilisable) :',
  'corridor.fees.title': 'Frais perdus (estimation)',
  'corridor.fees.ok':
    '{year} : environ {fees} de frais sur {flow} envoyés (coût moyen {cost}, moyenne de {quarters}) ; {savings} resteraient aux familles avec la cible de 3 %.',
  'corridor.fees.noEstimate': '{year} : pas d’estimation d’envois de fonds pour ce corridor, donc pas d’estimation des frais.',
  'corridor.fees.notPriced': '{year} : le corridor n’a pas été relevé cette année-là, donc pas d’estimation des frais.',
  'corridor.fees.estimate':
    'Estimation : l’estimation bilatérale des envois de fonds (Banque mondiale/KNOMAD) × le coût moyen d’un envoi de 200 USD la même année (Remittance Prices Worldwide), appliqué à tout le flux.',
  'corridor.protection.title': 'Protection des migrants ({asOf})',
  'corridor.protection.caption': 'Situation des deux États au regard des huit instruments de protection des migrants',
  'corridor.protection.instrument': 'Instrument',
  'corridor.protection.partySince': 'Partie depuis le {date}',

  // ---- frais perdus, le monde entier (carte d’analyse et chiffre clé)
  'corridor.world.title': 'Les frais perdus en chemin',
  'corridor.world.unit': 'dollars É.-U. (estimation modélisée)',
  'corridor.world.subtitle': '{year} : frais estimés sur les envois de fonds passant par les corridors relevés cette année-là, par pays de réception',
  'corridor.world.summary':
    'Les corridors relevés portent {coverage} de la matrice {year} ({priced} sur {total}). Frais estimés : {fees} ; avec la cible de 3 %, {savings} resteraient aux familles.',
  'corridor.world.label': 'Barres classées : frais estimés sur les envois de fonds reçus, par pays de réception, {year}',
  'corridor.world.tip': '{name} : {fees} de frais sur {priced} passant par des corridors relevés (coût moyen {cost})',
  'corridor.world.x': 'Frais estimés ($ US)',
  'corridor.world.notBundled': 'La matrice bilatérale des envois de fonds {year} n’est pas incluse dans cette version.',
  'corridor.world.source':
    'Matrice bilatérale des envois de fonds KNOMAD / Banque mondiale {year} (estimations de modèle) × Banque mondiale, Remittance Prices Worldwide, trimestres {year}',
  'corridor.world.note':
    'Estimation : flux de chaque corridor × son coût moyen utilisable de l’année ; les corridors jamais relevés sont exclus (voir la couverture). Économies : ce que les mêmes flux coûteraient de moins à 3 %.',
  'corridor.world.key': 'Frais estimés sur les envois de fonds, {year}',
  'corridor.world.keyNote': '{coverage} de la matrice passe par des corridors relevés ; {savings} économisés à 3 %',
} as const;

/** Noms en français : régions M49, régions ODD, groupes de la Banque mondiale, zones et traités. */
import type { NamesList } from './types';

export default {
  // Régions géographiques M49 (Division de statistique de l’ONU).
  region: {
    Africa: 'Afrique',
    Americas: 'Amériques',
    Asia: 'Asie',
    Europe: 'Europe',
    Oceania: 'Océanie',
  },
  // Sous-régions M49 (régions intermédiaires pour l’Afrique et les Amériques), comme dans IMS 2024 du DESA.
  subregion: {
    'Eastern Africa': 'Afrique orientale',
    'Middle Africa': 'Afrique centrale',
    'Northern Africa': 'Afrique septentrionale',
    'Southern Africa': 'Afrique australe',
    'Western Africa': 'Afrique occidentale',
    Caribbean: 'Caraïbes',
    'Central America': 'Amérique centrale',
    'South America': 'Amérique du Sud',
    'Northern America': 'Amérique septentrionale',
    'Central Asia': 'Asie centrale',
    'Eastern Asia': 'Asie orientale',
    'South-eastern Asia': 'Asie du Sud-Est',
    'Southern Asia': 'Asie du Sud',
    'Western Asia': 'Asie occidentale',
    'Eastern Europe': 'Europe orientale',
    'Northern Europe': 'Europe septentrionale',
    'Southern Europe': 'Europe méridionale',
    'Western Europe': 'Europe occidentale',
    'Australia and New Zealand': 'Australie et Nouvelle-Zélande',
    Melanesia: 'Mélanésie',
    Micronesia: 'Micronésie',
    Polynesia: 'Polynésie',
  },
  // Régions des objectifs de développement durable (ODD).
  sdg: {
    'Sub-Saharan Africa': 'Afrique subsaharienne',
    'Northern Africa and Western Asia': 'Afrique du Nord et Asie occidentale',
    'Central and Southern Asia': 'Asie centrale et Asie du Sud',
    'Eastern and South-Eastern Asia': 'Asie de l’Est et Asie du Sud-Est',
    'Latin America and the Caribbean': 'Amérique latine et Caraïbes',
    'Australia and New Zealand': 'Australie et Nouvelle-Zélande',
    'Oceania (excluding Australia and New Zealand)': 'Océanie (hors Australie et Nouvelle-Zélande)',
    'Europe and Northern America': 'Europe et Amérique du Nord',
  },
  // Régions de la Banque mondiale.
  wbRegion: {
    'East Asia & Pacific': 'Asie de l’Est et Pacifique',
    'Europe & Central Asia': 'Europe et Asie centrale',
    'Latin America & Caribbean': 'Amérique latine et Caraïbes',
    'Middle East, North Africa, Afghanistan & Pakistan': 'Moyen-Orient, Afrique du Nord, Afghanistan et Pakistan',
    'North America': 'Amérique du Nord',
    'South Asia': 'Asie du Sud',
    'Sub-Saharan Africa': 'Afrique subsaharienne',
  },
  // Groupes de développement du DESA.
  development: {
    North: 'Nord (régions plus développées)',
    South: 'Sud (régions moins développées)',
  },
  // Groupes de revenu de la Banque mondiale.
  income: {
    L: 'Faible revenu',
    LM: 'Revenu intermédiaire (tranche inférieure)',
    UM: 'Revenu intermédiaire (tranche supérieure)',
    H: 'Revenu élevé',
  },
  special: {
    world: 'Monde',
    unknownOrigin: 'Origine inconnue',
    otherCountries: 'Autres pays',
    europeanUnion: 'Union européenne',
  },
  // Vérifiés sans entrée : Kosovo (code XK) et Côte d’Ivoire, que CLDR nomme déjà comme l’ONU.
  areas: {
    // Pas de code ISO 3166 alpha-2 : Intl.DisplayNames ne peut pas le nommer.
    CHI: 'Îles Anglo-Normandes',
    // CLDR nomme l’État de la Cité du Vatican ; l’ONU (et le DESA) recensent le Saint-Siège.
    VAT: 'Saint-Siège',
    // CLDR : « Territoires palestiniens » ; nom utilisé par l’ONU.
    PSE: 'État de Palestine',
    // CLDR : « Turquie » ; nom utilisé par l’ONU depuis 2022, à la demande du pays, dans toutes les langues.
    TUR: 'Türkiye',
    // CLDR : « Cap-Vert » ; nom utilisé par l’ONU depuis 2013, à la demande du pays.
    CPV: 'Cabo Verde',
    // CLDR : « Timor oriental » ; nom utilisé par l’ONU.
    TLS: 'Timor-Leste',
    // CLDR : « Myanmar (Birmanie) » ; nom utilisé par l’ONU.
    MMR: 'Myanmar',
    // CLDR : « Biélorussie » ; nom utilisé par l’ONU.
    BLR: 'Bélarus',
    // CLDR : « Moldavie » ; nom utilisé par l’ONU.
    MDA: 'République de Moldova',
    // CLDR : « Viêt Nam » ; graphie de l’ONU.
    VNM: 'Viet Nam',
    // CLDR : « Salvador » ; nom utilisé par l’ONU.
    SLV: 'El Salvador',
    // CLDR : « Saint-Christophe-et-Niévès » ; nom utilisé par l’ONU.
    KNA: 'Saint-Kitts-et-Nevis',
    // CLDR : « Irak » ; graphie de l’ONU.
    IRQ: 'Iraq',
    // CLDR : « Congo-Kinshasa » / « Congo-Brazzaville » ; noms utilisés par l’ONU.
    COD: 'République démocratique du Congo',
    COG: 'Congo',
    // CLDR : « Îles Malouines » ; l’ONU donne les deux noms du territoire contesté.
    FLK: 'Îles Falkland (Malvinas)',
    // CLDR : « R.A.S. chinoise de … » ; forme courte cohérente avec le nom de l’ONU (Chine, RAS de …).
    HKG: 'Hong Kong (Chine)',
    MAC: 'Macao (Chine)',
    // CLDR : « Taïwan » ; nom utilisé par l’ONU et le DESA.
    TWN: 'Chine, province de Taïwan',
    // CLDR : « Pays-Bas caribéens » ; nom M49 de l’ONU.
    BES: 'Bonaire, Saint-Eustache et Saba',
    // CLDR : « Saint-Martin (partie néerlandaise) » ; nom M49 de l’ONU.
    SXM: 'Sint Maarten (partie néerlandaise)',
    // CLDR : « Saint-Martin », ambigu à côté de Sint Maarten ; nom M49 de l’ONU.
    MAF: 'Saint-Martin (partie française)',
  },
  // Titres officiels français (Collection des traités des Nations Unies, NORMLEX de l’OIT).
  instruments: {
    'IV-13': 'Convention internationale sur la protection des droits de tous les travailleurs migrants et des membres de leur famille',
    'XVIII-12-a':
      'Protocole visant à prévenir, réprimer et punir la traite des personnes, en particulier des femmes et des enfants, additionnel à la Convention des Nations Unies contre la criminalité transnationale organisée',
    'XVIII-12-b':
      'Protocole contre le trafic illicite de migrants par terre, air et mer, additionnel à la Convention des Nations Unies contre la criminalité transnationale organisée',
    'V-2': 'Convention relative au statut des réfugiés',
    'V-5': 'Protocole relatif au statut des réfugiés',
    C097: 'Convention (n° 97) sur les travailleurs migrants (révisée), 1949',
    C143: 'Convention (n° 143) sur les travailleurs migrants (dispositions complémentaires), 1975',
    C189: 'Convention (n° 189) sur les travailleuses et travailleurs domestiques, 2011',
  },
} satisfies NamesList;

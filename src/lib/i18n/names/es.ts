/** Nombres en español: regiones M49, regiones de los ODS, grupos del Banco Mundial, zonas y tratados. */
import type { NamesList } from './types';

export default {
  // Regiones geográficas M49 (División de Estadística de las Naciones Unidas).
  region: {
    Africa: 'África',
    Americas: 'Américas',
    Asia: 'Asia',
    Europe: 'Europa',
    Oceania: 'Oceanía',
  },
  // Subregiones M49 (regiones intermedias en África y las Américas), como en IMS 2024 del DAES.
  subregion: {
    'Eastern Africa': 'África oriental',
    'Middle Africa': 'África central',
    'Northern Africa': 'África septentrional',
    'Southern Africa': 'África austral',
    'Western Africa': 'África occidental',
    Caribbean: 'Caribe',
    'Central America': 'Centroamérica',
    'South America': 'América del Sur',
    'Northern America': 'América septentrional',
    'Central Asia': 'Asia central',
    'Eastern Asia': 'Asia oriental',
    'South-eastern Asia': 'Asia sudoriental',
    'Southern Asia': 'Asia meridional',
    'Western Asia': 'Asia occidental',
    'Eastern Europe': 'Europa oriental',
    'Northern Europe': 'Europa septentrional',
    'Southern Europe': 'Europa meridional',
    'Western Europe': 'Europa occidental',
    'Australia and New Zealand': 'Australia y Nueva Zelandia',
    Melanesia: 'Melanesia',
    Micronesia: 'Micronesia',
    Polynesia: 'Polinesia',
  },
  // Regiones de los Objetivos de Desarrollo Sostenible (ODS).
  sdg: {
    'Sub-Saharan Africa': 'África subsahariana',
    'Northern Africa and Western Asia': 'África septentrional y Asia occidental',
    'Central and Southern Asia': 'Asia central y meridional',
    'Eastern and South-Eastern Asia': 'Asia oriental y sudoriental',
    'Latin America and the Caribbean': 'América Latina y el Caribe',
    'Australia and New Zealand': 'Australia y Nueva Zelandia',
    'Oceania (excluding Australia and New Zealand)': 'Oceanía (excepto Australia y Nueva Zelandia)',
    'Europe and Northern America': 'Europa y América del Norte',
  },
  // Regiones del Banco Mundial.
  wbRegion: {
    'East Asia & Pacific': 'Asia oriental y el Pacífico',
    'Europe & Central Asia': 'Europa y Asia central',
    'Latin America & Caribbean': 'América Latina y el Caribe',
    'Middle East, North Africa, Afghanistan & Pakistan': 'Oriente Medio, Norte de África, Afganistán y Pakistán',
    'North America': 'América del Norte',
    'South Asia': 'Asia meridional',
    'Sub-Saharan Africa': 'África subsahariana',
  },
  // Grupos de desarrollo del DAES.
  development: {
    North: 'Norte (regiones más desarrolladas)',
    South: 'Sur (regiones menos desarrolladas)',
  },
  // Grupos de ingreso del Banco Mundial.
  income: {
    L: 'Ingreso bajo',
    LM: 'Ingreso mediano bajo',
    UM: 'Ingreso mediano alto',
    H: 'Ingreso alto',
  },
  special: {
    world: 'Mundo',
    unknownOrigin: 'Origen desconocido',
    otherCountries: 'Otros países',
    europeanUnion: 'Unión Europea',
  },
  // Comprobados sin entrada: Kosovo (código XK) y Côte d’Ivoire, que CLDR ya nombra como las Naciones Unidas.
  areas: {
    // Sin código ISO 3166 alfa-2: Intl.DisplayNames no puede nombrarlo.
    CHI: 'Islas del Canal',
    // CLDR nombra la Ciudad del Vaticano; las Naciones Unidas (y el DAES) registran la Santa Sede.
    VAT: 'Santa Sede',
    // CLDR: «Territorios Palestinos»; nombre que usan las Naciones Unidas.
    PSE: 'Estado de Palestina',
    // CLDR: «Turquía»; nombre que usan las Naciones Unidas desde 2022, a petición del país, en todos los idiomas.
    TUR: 'Türkiye',
    // CLDR: «Myanmar (Birmania)»; nombre que usan las Naciones Unidas.
    MMR: 'Myanmar',
    // CLDR: «Bielorrusia»; nombre que usan las Naciones Unidas.
    BLR: 'Belarús',
    // CLDR: «Moldavia»; nombre que usan las Naciones Unidas.
    MDA: 'República de Moldova',
    // CLDR: «Vietnam»; grafía de las Naciones Unidas.
    VNM: 'Viet Nam',
    // CLDR: «Esuatini»; las Naciones Unidas conservan la grafía del país.
    SWZ: 'Eswatini',
    // CLDR adapta la grafía; las Naciones Unidas conservan la del país (Bahrein, Bangladesh, Botswana…).
    BHR: 'Bahrein',
    BGD: 'Bangladesh',
    BWA: 'Botswana',
    DJI: 'Djibouti',
    FJI: 'Fiji',
    GNB: 'Guinea-Bissau',
    IRQ: 'Iraq',
    KEN: 'Kenya',
    LSO: 'Lesotho',
    MWI: 'Malawi',
    QAT: 'Qatar',
    RWA: 'Rwanda',
    SUR: 'Suriname',
    ZWE: 'Zimbabwe',
    // CLDR: «Arabia Saudí», «Nueva Zelanda»; nombres que usan las Naciones Unidas.
    SAU: 'Arabia Saudita',
    NZL: 'Nueva Zelandia',
    // CLDR: «Islas Malvinas»; las Naciones Unidas dan los dos nombres del territorio en disputa.
    FLK: 'Islas Malvinas (Falkland)',
    // CLDR: «RAE de … (China)»; forma corta coherente con el nombre de las Naciones Unidas (China, RAE de …).
    HKG: 'Hong Kong (China)',
    MAC: 'Macao (China)',
    // CLDR: «Taiwán»; nombre que usan las Naciones Unidas y el DAES.
    TWN: 'China, provincia de Taiwán',
    // CLDR: «Caribe neerlandés»; nombre M49 de las Naciones Unidas.
    BES: 'Bonaire, San Eustaquio y Saba',
    // CLDR: «Sint Maarten» / «San Martín», ambiguos entre sí; nombres M49 de las Naciones Unidas.
    SXM: 'San Martín (parte neerlandesa)',
    MAF: 'San Martín (parte francesa)',
  },
  // Títulos oficiales en español (Colección de Tratados de las Naciones Unidas, NORMLEX de la OIT).
  instruments: {
    'IV-13': 'Convención Internacional sobre la protección de los derechos de todos los trabajadores migratorios y de sus familiares',
    'XVIII-12-a':
      'Protocolo para prevenir, reprimir y sancionar la trata de personas, especialmente mujeres y niños, que complementa la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional',
    'XVIII-12-b':
      'Protocolo contra el tráfico ilícito de migrantes por tierra, mar y aire, que complementa la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional',
    'V-2': 'Convención sobre el Estatuto de los Refugiados',
    'V-5': 'Protocolo sobre el Estatuto de los Refugiados',
    C097: 'Convenio sobre los trabajadores migrantes (revisado), 1949 (núm. 97)',
    C143: 'Convenio sobre los trabajadores migrantes (disposiciones complementarias), 1975 (núm. 143)',
    C189: 'Convenio sobre las trabajadoras y los trabajadores domésticos, 2011 (núm. 189)',
  },
} satisfies NamesList;

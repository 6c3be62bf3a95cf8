/** Cadenas de los tratados (español): mismas claves que en/treaties.ts. */
export default {
  // nombres de los instrumentos (cortos, para controles y leyendas); títulos oficiales en names/
  'treaties.inst.IV-13': 'Convención sobre los trabajadores migratorios (1990)',
  'treaties.inst.XVIII-12-a': 'Protocolo sobre la trata de personas (2000)',
  'treaties.inst.XVIII-12-b': 'Protocolo contra el tráfico ilícito de migrantes (2000)',
  'treaties.inst.V-2': 'Convención sobre el Estatuto de los Refugiados (1951)',
  'treaties.inst.V-5': 'Protocolo sobre el Estatuto de los Refugiados (1967)',
  'treaties.inst.C097': 'OIT C097 Trabajadores migrantes (revisado) (1949)',
  'treaties.inst.C143': 'OIT C143 Trabajadores migrantes (1975)',
  'treaties.inst.C189': 'OIT C189 Trabajadoras y trabajadores domésticos (2011)',

  // situaciones
  'treaties.status.party': 'Parte',
  'treaties.status.signed': 'Firmante, no parte',
  'treaties.status.none': 'No es parte',
  'treaties.statusAny.party': 'Parte en al menos uno',
  'treaties.statusAny.signed': 'Firmante de al menos uno, parte en ninguno',
  'treaties.statusAny.none': 'Parte en ninguno',
  'treaties.statusAll.party': 'Parte en todos',
  'treaties.statusAll.signed': 'Parte o firmante de cada uno, no parte en todos',
  'treaties.statusAll.none': 'No es parte en todos',
  'treaties.status.noRecord': 'Sin registro en los datos: no es parte según los datos',

  // controles
  'treaties.controls.instruments': 'Instrumentos',
  'treaties.controls.set': 'Con varios instrumentos, mostrar los Estados partes en',
  'treaties.set.any': 'al menos uno',
  'treaties.set.all': 'todos',
  'treaties.controls.date': 'Situación al',
  'treaties.controls.latest': 'Datos más recientes',
  'treaties.controls.latestHint': 'Mostrar la situación más reciente de los datos (cada instrumento a la fecha de su propia instantánea)',
  'treaties.controls.dateHint': 'Flechas: ±1 mes; Re Pág / Av Pág: ±1 año.',

  // redacción del estado actual
  'treaties.asOfDate': 'al {date}',
  'treaties.asOfLatest': 'datos más recientes',
  'treaties.setPhrase.one': '{name}',
  'treaties.setPhrase.any': 'al menos uno de estos instrumentos: {names}',
  'treaties.setPhrase.all': 'todos estos instrumentos: {names}',
  'treaties.noInstrument': 'Elija al menos un instrumento.',
  'treaties.stale': 'Los datos de {names} terminan el {date}; las ratificaciones posteriores no figuran en ellos.',
  'treaties.staleOne': '{name}: los datos terminan el {date}',
  'treaties.rule':
    'Un Estado cuenta como parte desde el día en que se depositó (Naciones Unidas) o registró (OIT) su instrumento. Si solo se conoce el año, cuenta desde el 31 de diciembre de ese año; si solo se conoce la fecha de entrada en vigor de la convención para ese Estado, desde esa fecha; un consentimiento sin fecha alguna solo cuenta en “datos más recientes”. La firma por sí sola no hace de un Estado una parte; una denuncia pone fin a la condición de parte. La Unión Europea se muestra cuando es parte, pero nunca se cuenta como un Estado.',

  // mapa
  'treaties.map.title': 'Qué Estados son partes en los tratados de protección de los migrantes',
  'treaties.map.subtitle': 'Estados partes en {set}, {asOf}',
  'treaties.map.label': 'Mapa del mundo: Estados partes en {set}, {asOf}',
  'treaties.map.description':
    'Cada Estado se colorea según su situación: parte, firmante pero no parte, o no parte. {party, plural, one {# Estado es parte} other {# Estados son partes}}; {signed, plural, one {# solo ha firmado} other {# solo han firmado}}.',
  'treaties.map.legend': 'Situación {asOf}',
  'treaties.map.counts': '{party, plural, one {# Estado parte} other {# Estados partes}} · {signed, plural, one {# solo firmante} other {# solo firmantes}} · UE: {eu}',
  'treaties.map.countsNoEu': '{party, plural, one {# Estado parte} other {# Estados partes}} · {signed, plural, one {# solo firmante} other {# solo firmantes}}',
  'treaties.map.euParty': 'parte',
  'treaties.map.euNotParty': 'no es parte',
  'treaties.map.detail': '{instrument}: {status}{date}',
  'treaties.map.detailDate': ' (desde el {date})',
  'treaties.map.detailYear': ' (año {year}; cuenta desde el 31 de diciembre)',
  'treaties.map.noDataLabel': 'Territorio o zona que no figura como Estado',

  // cronología
  'treaties.timeline.title': 'Cuántos Estados se hicieron partes a lo largo del tiempo',
  'treaties.timeline.subtitle': 'Número acumulado de Estados partes, {set}; marcado: {asOf}',
  'treaties.timeline.label': 'Gráfico escalonado del número acumulado de Estados partes en {set}. La fecha marcada es {asOf}.',
  'treaties.timeline.y': 'Estados partes',
  'treaties.timeline.setSeries': 'Partes en {set}',
  'treaties.timeline.hint': 'Haga clic o arrastre sobre el gráfico para fijar la fecha.',
  'treaties.timeline.readout': '{name}: {count, plural, one {# Estado parte} other {# Estados partes}}, {asOf}',
  'treaties.timeline.undated': '{n, plural, one {# parte sin fecha, no está en el gráfico} other {# partes sin fecha, no están en el gráfico}}',
  'treaties.timeline.plusEu': '(más la Unión Europea)',
  'treaties.timeline.setNote': 'La serie combinada termina en la instantánea de datos más antigua de los instrumentos elegidos.',

  // tabla
  'treaties.table.title': 'Firmas y ratificaciones, Estado por Estado',
  'treaties.table.subtitle': '{names}: situación {asOf}. Ordene por cualquier columna; el CSV contiene todas las filas y las fuentes completas.',
  'treaties.table.count': '{n, plural, one {# Estado parte} other {# Estados partes}} en los datos, {asOf}',
  'treaties.table.countEu': '{n, plural, one {# Estado parte} other {# Estados partes}} en los datos, {asOf} (más la Unión Europea)',
  'treaties.table.dataAsOf': 'Datos al: {date}',
  'treaties.table.gaps': 'Lagunas conocidas',
  'treaties.table.approx': '{n, plural, one {# contado desde un año o una fecha de entrada en vigor} other {# contados desde un año o una fecha de entrada en vigor}}',
  'treaties.table.undated': '{n, plural, one {# consentimiento sin fecha (solo cuenta en “datos más recientes”)} other {# consentimientos sin fecha (solo cuentan en “datos más recientes”)}}',
  'treaties.table.signedOnly': '{n, plural, one {# solo firmante} other {# solo firmantes}}',
  'treaties.col.instrument_id': 'Identificador del instrumento',
  'treaties.col.instrument': 'Instrumento',
  'treaties.col.iso3': 'ISO3',
  'treaties.col.state': 'Estado',
  'treaties.col.signature_date': 'Firma',
  'treaties.col.consent_date': 'Consentimiento en obligarse',
  'treaties.col.consent_year': 'Año del consentimiento',
  'treaties.col.consent_type': 'Tipo',
  'treaties.col.counted_from': 'Cuenta como parte desde',
  'treaties.col.date_basis': 'Base de la fecha',
  'treaties.col.status_as_of': 'Situación, {asOf}',
  'treaties.col.source': 'Fuente',
  'treaties.col.data_as_of': 'Datos al',
  'treaties.basis.exact': 'fecha exacta',
  'treaties.basis.derived': 'deducida de la entrada en vigor',
  'treaties.basis.year': 'solo el año',
  'treaties.basis.inForce': 'en vigor desde',
  'treaties.basis.undated': 'sin fecha',
  'treaties.eu': 'Unión Europea',

  // línea de fuente
  'treaties.source':
    'Colección de Tratados de las Naciones Unidas (páginas de situación del depositario y XML del MTDSG) y bases de datos de tratados de la OIT y nacionales, recopiladas por Corridors; datos al: {asOf}. Lagunas: véase la tabla.',
  'treaties.map.asOfLatest': 'últimos datos ({date})',
} as const;

/** Cadenas de «El informe de 2012, recalculado» (español): las mismas claves que en/report.ts. */
export default {
  'shell.section.report': 'El informe de 2012',
  'report.title': 'El informe de 2012, recalculado',
  'report.subtitle': 'Cada cifra de la sección II del informe del Secretario General A/67/254 (2012), junto a la misma magnitud calculada con los datos actuales',
  'report.intro':
    'Las cifras publicadas se citan del informe, con su párrafo. Las cifras recalculadas se calculan en directo a partir de los datos incluidos aquí, con las revisiones actuales. Cada fila explica por qué difieren, o por qué los datos incluidos no permiten responder.',
  'report.summary': '{computed} de {total} cifras recalculadas; {agree} de ellas reproducen la cifra publicada dentro de la tolerancia que indican las fuentes.',
  'report.regionLabel': 'Enunciados de la sección II del A/67/254, publicados y recalculados',
  'report.col.paragraph': 'Párrafo',
  'report.col.statement': 'Enunciado',
  'report.col.published': 'Publicado',
  'report.col.recomputed': 'Recalculado',
  'report.col.difference': 'Diferencia',
  'report.col.basis': 'Por qué difieren',
  'report.paragraph': '§ {paragraph}',
  'report.notComputable': 'no calculable',
  'report.agrees': 'reproducido',
  'report.loading': 'Cargando las poblaciones de migrantes de 1990 y 2010 y las cifras de refugiados…',
  'report.loadError': 'No se pudo cargar {what}: {message}',
  'report.what.stock': 'las poblaciones de migrantes de {year}',
  'report.what.refugees': 'las cifras de refugiados',
  'report.source': '{stock}; {remittances}; {prices}; {treaties}; ACNUR, Refugee Data Finder; Naciones Unidas, A/67/254 (3 de agosto de 2012)',
  'report.unit.million': 'millones',
  'report.unit.percent': '%',
  'report.unit.usdBillion': 'miles de millones de US$',
  'report.unit.states': 'Estados',
  'report.unit.rank': 'puesto',
  'report.unit.countries': 'países',
  'report.basis.imsRevision': 'La IMS 2024 revisa 1990 y 2010 (el informe usó la revisión de 2008); los totales por destino incluyen a los migrantes de origen desconocido.',
  'report.basis.imsOrigin':
    'La IMS 2024 revisa 1990 y 2010 y deja {unknown1990} millones (1990) y {unknown2010} millones (2010) de migrantes de origen desconocido fuera del Norte y del Sur; las estimaciones por origen del informe los repartían.',
  'report.basis.wdiAggregate':
    'La versión {vintage} de los WDI revisa {year}; el agregado actual de ingreso bajo y mediano excluye las economías reclasificadas como de ingreso alto desde 2012.',
  'report.basis.wdiCountry': 'La versión {vintage} de los WDI revisa {year} (serie de la balanza de pagos).',
  'report.basis.wdiRank': 'Puesto entre {n} economías según las remesas recibidas en % del PIB en {year}, versión {vintage} de los WDI.',
  'report.basis.rpwGlobal':
    'Calculado por Corridors: media de los {n} promedios por corredor de RPW de {quarter}, sin los {trim} más bajos y más altos; el conjunto de corredores de RPW es otro.',
  'report.basis.rpwProvider':
    'Calculado por Corridors: media sobre {n} corredores de los promedios de los servicios transparentes de este tipo de proveedor, {quarter}; la cifra publicada es el promedio propio de RPW.',
  'report.basis.treatyCount': 'Condición de parte al {date}, solo Estados (la UE no se cuenta); datos de ratificación al {asOf}.',
  'report.basis.treatyCountIlo':
    'Condición de parte al {date}, solo Estados; las ratificaciones de la OIT conocidas solo por el año cuentan desde el 31 de diciembre ({approximate} filas fechadas por el año o la entrada en vigor); datos al {asOf}.',
  'report.basis.hostedTreaty': 'Condición de parte al {date}; poblaciones de migrantes de {year} según la IMS 2024, que revisa {year}.',
  'report.basis.refugeesTreaty':
    'Condición de parte al {date}; refugiados bajo el mandato del ACNUR a fines de {year} (datos actuales), como en el anuario 2010 citado por el informe; la cifra mundial con los refugiados de Palestina suma {unrwa} millones registrados en el OOPS.',
  'report.basis.unrwa': 'Registros del OOPS a fines de {year} en los datos actuales del ACNUR; los 4,8 millones del informe se acercan a la cifra de fines de {nextYear} ({next} millones).',
  'report.basis.noRpwBefore2011': 'No calculable: los datos de RPW por corredor incluidos empiezan en el primer trimestre de 2011 (sin encuestas para 2008–2010).',
  'report.basis.noFlowData': 'No calculable: los datos incluidos son poblaciones de migrantes, no flujos anuales de inmigración por origen.',
  'report.basis.noStudy': 'No calculable: resultado de un estudio de la UNCTAD (regresión sobre encuestas de hogares), no está en los datos incluidos.',
  'report.basis.noCensusData': 'No calculable: las rondas de censos y su cobertura no están en los datos incluidos.',
  'report.basis.noProfiles': 'No calculable: los perfiles migratorios no están en los datos incluidos.',
  'report.basis.noStudentData': 'No calculable: los estudiantes internacionales (UNESCO) no están en los datos incluidos.',
};

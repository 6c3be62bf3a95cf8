/**
 * Textos de las exportaciones para presentaciones y redacciones (presentación de PowerPoint, paquete
 * de datos, fragmentos «usar en código», encabezado de los CSV, copia de imagen), en español: mismas claves que en/export-formats.ts.
 */
export default {
  // Presentación de PowerPoint
  'export.pptx.tableTitle': '{title}: datos',
  'export.pptx.tableRows': 'Filas {from}–{to} de {total}',
  'export.pptx.references': 'Líneas de referencia: {lines}',
  'export.pptx.reference': '{label} ({value})',
  'export.pptx.citation': 'Cita: {citation}',
  'export.pptx.author': 'Corridors',
  // Encabezado de los CSV (líneas de comentario)
  'export.csvHeader.source': 'Fuente: {source}',
  'export.csvHeader.licence': 'Licencia: {licence}',
  'export.csvHeader.permalink': 'Enlace permanente: {url}',
  // Paquete de datos
  'export.package.title':
    'Corridors: migración, remesas, costo de las remesas y tratados de protección de los migrantes (conjuntos de datos completos)',
  'export.package.description':
    'Los conjuntos de datos completos incluidos en el tablero Corridors, un CSV por conjunto de datos (UTF-8 con BOM, separado por comas, una fila por observación). Cite a los editores originales indicados para cada recurso.',
  // Fragmentos «usar en código»
  'export.snippet.pandas': 'Python (pandas)',
  'export.snippet.r': 'R (readr + dplyr)',
  'export.snippet.sheets': 'Hojas de cálculo de Google',
  'export.snippet.powerQuery': 'Excel Power Query (M)',
  'export.snippet.comment': '{title}. Fuente: {source}',
  // Copiar la imagen al portapapeles
  'export.copyImage': 'Copiar imagen',
  'export.copyImage.copied': 'Imagen copiada',
  'export.copyImage.unsupported': 'Este navegador no puede copiar imágenes. Descargue el PNG.',
  'export.copyImage.refused': 'El navegador no permitió copiar la imagen. Descargue el PNG.',
  'export.groupReuse': 'Diapositivas y código',
  'export.pptxItem': 'Descargar PowerPoint (.pptx)',
  'export.pptxWhat': 'PowerPoint',
  'export.csvShownHeader': 'Datos mostrados (CSV con encabezado de fuente)',
  'export.csvFullHeader': 'Conjunto de datos completo (CSV con encabezado de fuente)',
  'export.useInCode': 'Usar en código…',
  'export.code.title': 'Usar los datos en código: {title}',
  'export.code.intro': 'Cada fragmento lee {file}, el conjunto de datos completo de esta vista, desde este sitio.',
  'export.code.filtered': 'Los filtros actuales se aplican cuando son sencillos.',
  'export.code.unfiltered': 'Los fragmentos leen el archivo completo: fíltrelo después de cargarlo.',
  'export.code.unpublished': 'Esta copia del panel no publica los archivos de datos (falta downloads/): los fragmentos funcionarán cuando lo haga.',
  'export.code.copy': 'Copiar',
  'export.code.copyLabel': 'Copiar el fragmento de {language}',
  'export.code.copied': 'Copiado',
  'export.code.copyFailed': 'No se pudo copiar: seleccione el código y cópielo.',
  'export.code.package': 'Todos los conjuntos de datos y sus esquemas: {url}',
} as const;

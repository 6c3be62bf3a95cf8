/**
 * Chaînes des exports pour présentations et rédactions (diaporama PowerPoint, paquet de données,
 * extraits « utiliser dans du code », en-tête des CSV, copie d’image), en français : mêmes clés que en/export-formats.ts.
 */
export default {
  // Diaporama PowerPoint
  'export.pptx.tableTitle': '{title} : données',
  'export.pptx.tableRows': 'Lignes {from} à {to} sur {total}',
  'export.pptx.references': 'Lignes de référence : {lines}',
  'export.pptx.reference': '{label} ({value})',
  'export.pptx.citation': 'Citer : {citation}',
  'export.pptx.author': 'Corridors',
  // En-tête des CSV (lignes de commentaire)
  'export.csvHeader.source': 'Source : {source}',
  'export.csvHeader.licence': 'Licence : {licence}',
  'export.csvHeader.permalink': 'Permalien : {url}',
  // Paquet de données
  'export.package.title':
    'Corridors : migrations, envois de fonds, coût des envois de fonds et traités de protection des migrants (jeux de données complets)',
  'export.package.description':
    'Les jeux de données complets intégrés au tableau de bord Corridors, un CSV par jeu de données (UTF-8 avec BOM, séparateur virgule, une ligne par observation). Citez les éditeurs d’origine indiqués pour chaque ressource.',
  // Extraits « utiliser dans du code »
  'export.snippet.pandas': 'Python (pandas)',
  'export.snippet.r': 'R (readr + dplyr)',
  'export.snippet.sheets': 'Google Sheets',
  'export.snippet.powerQuery': 'Excel Power Query (M)',
  'export.snippet.comment': '{title}. Source : {source}',
  // Copier l’image dans le presse-papiers
  'export.copyImage': 'Copier l’image',
  'export.copyImage.copied': 'Image copiée',
  'export.copyImage.unsupported': 'Ce navigateur ne peut pas copier d’images. Téléchargez plutôt le PNG.',
  'export.copyImage.refused': 'Le navigateur n’a pas autorisé la copie de l’image. Téléchargez plutôt le PNG.',
} as const;

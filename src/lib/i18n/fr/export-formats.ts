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
  'export.groupReuse': 'Diapositives et code',
  'export.pptxItem': 'Télécharger en PowerPoint (.pptx)',
  'export.pptxWhat': 'PowerPoint',
  'export.csvShownHeader': 'Données affichées (CSV avec en-tête de source)',
  'export.csvFullHeader': 'Jeu de données complet (CSV avec en-tête de source)',
  'export.useInCode': 'Utiliser dans du code…',
  'export.code.title': 'Utiliser les données dans du code : {title}',
  'export.code.intro': 'Chaque extrait lit {file}, le jeu de données complet de cette vue, depuis ce site.',
  'export.code.filtered': 'Les filtres en cours sont appliqués lorsqu’ils sont simples.',
  'export.code.unfiltered': 'Les extraits lisent tout le fichier : filtrez-le après le chargement.',
  'export.code.unpublished': 'Cette copie du tableau de bord ne publie pas les fichiers de données (downloads/ est absent) : les extraits fonctionneront dès qu’elle les publiera.',
  'export.code.copy': 'Copier',
  'export.code.copyLabel': 'Copier l’extrait {language}',
  'export.code.copied': 'Copié',
  'export.code.copyFailed': 'Copie impossible : sélectionnez le code et copiez-le.',
  'export.code.package': 'Tous les jeux de données et leurs schémas : {url}',
} as const;

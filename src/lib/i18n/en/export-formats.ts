/**
 * Strings of the presenter and newsroom exports (PowerPoint deck, data package, "use in code"
 * snippets, CSV source header, copy image). Keys are prefixed 'export.' like the rest of the export area.
 */
export default {
  // PowerPoint deck
  'export.pptx.tableTitle': '{title}: data',
  'export.pptx.tableRows': 'Rows {from}–{to} of {total}',
  'export.pptx.references': 'Reference lines: {lines}',
  'export.pptx.reference': '{label} ({value})',
  'export.pptx.citation': 'Cite: {citation}',
  'export.pptx.author': 'Corridors',
  // CSV source header (comment lines)
  'export.csvHeader.source': 'Source: {source}',
  'export.csvHeader.licence': 'Licence: {licence}',
  'export.csvHeader.permalink': 'Permalink: {url}',
  // Data package
  'export.package.title': 'Corridors: migration, remittances, remittance costs and migrant-protection treaties (full datasets)',
  'export.package.description':
    'The complete datasets bundled in the Corridors dashboard, one CSV per dataset (UTF-8 with BOM, comma separated, one row per observation). Cite the original publishers listed for each resource.',
  // "Use in code" snippets
  'export.snippet.pandas': 'Python (pandas)',
  'export.snippet.r': 'R (readr + dplyr)',
  'export.snippet.sheets': 'Google Sheets',
  'export.snippet.powerQuery': 'Excel Power Query (M)',
  'export.snippet.comment': '{title}. Source: {source}',
  // Copy image to the clipboard
  'export.copyImage': 'Copy image',
  'export.copyImage.copied': 'Image copied',
  'export.copyImage.unsupported': 'This browser cannot copy images. Download the PNG instead.',
  'export.copyImage.refused': 'The browser did not allow copying the image. Download the PNG instead.',
  // Download menu: presenter and newsroom items
  'export.groupReuse': 'Slides and code',
  'export.pptxItem': 'Download PowerPoint (.pptx)',
  'export.pptxWhat': 'PowerPoint',
  'export.csvShownHeader': 'Data shown (CSV with source header)',
  'export.csvFullHeader': 'Full dataset (CSV with source header)',
  'export.useInCode': 'Use in code…',
  // "Use in code" dialog
  'export.code.title': 'Use the data in code: {title}',
  'export.code.intro': 'Each snippet reads {file}, the full dataset behind this view, from this site.',
  'export.code.filtered': 'The current filters are applied where they are simple.',
  'export.code.unfiltered': 'The snippets read the whole file: filter it after loading.',
  'export.code.unpublished': 'This copy of the dashboard does not publish the data files (downloads/ is missing): the snippets will work once it does.',
  'export.code.copy': 'Copy',
  'export.code.copyLabel': 'Copy the {language} snippet',
  'export.code.copied': 'Copied',
  'export.code.copyFailed': 'Could not copy: select the code and copy it.',
  'export.code.package': 'All datasets and their schemas: {url}',
} as const;

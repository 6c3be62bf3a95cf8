/** Strings of the maps area. Keys are prefixed 'maps.'. */
export default {
  // Shared world map component
  'maps.loadingMap': 'Loading map…',
  'maps.mapError': 'Could not load the map outlines: {message}',
  'maps.noData': 'No data',
  'maps.selected': 'Selected',
  'maps.dotsNote': 'Circles: areas too small to draw at this scale.',
  'maps.keyboardHint':
    'Countries with data can be reached with the keyboard: Tab into the map, arrow keys move between countries in alphabetical order, a letter jumps to the next country starting with it, Enter or Space selects, Shift+Enter adds to the selection.',
  'maps.featureLabel': '{name}: {value}',
  'maps.featureLabelPeriod': '{name}: {value}, {period}',
  'maps.valueUnit': '{value} {unit}',
  'maps.legendLabel': 'Legend: {title}',
  'maps.kosovoDesa': 'Kosovo is included in Serbia, as in the source.',
  'maps.kosovoWb': 'Kosovo is shown separately, as in World Bank data.',
} as const;

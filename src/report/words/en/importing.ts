/** Replacing a series: from a file, a workbook table or Eurostat (the Data tab). */
export const importing = {
  'import.heading': 'Replace a series',
  'import.indicator': 'Indicator',
  'import.fromFile': 'From a file…',
  'import.fileLabel': 'Indicator file (CSV, SDMX-CSV, TSV, JSON-stat or XLSX)',
  'import.fromTable': 'From a workbook table…',
  'import.table': 'Workbook table',
  'import.chooseTable': 'Choose a table',
  'import.eurostatYear': 'Eurostat {dataset}: year',
  'import.eurostatMonth': 'Eurostat {dataset}: month',
  'import.fetch': 'Fetch from Eurostat',
  'import.privacy':
    'Sends one request to Eurostat’s public API (ec.europa.eu). Nothing from this workbook is sent.',
  'import.period': 'Period',
  'import.load': 'Load {period}',
  'import.periodOfValues': 'Year or period of these values',
  'import.checkAndLoad': 'Check and load',
} as const;

/**
 * The English words of the file readers' reasons: a file's text (readers/text.ts), delimited text
 * (readers/csvTokens.ts, csvTable.ts), the long CSV, SDMX-CSV and bulk TSV readers, and a workbook
 * table read as an indicator (readers/table.ts).
 */
export const FILE_REASONS = {
  'file.utf16':
    'The file is UTF-16: save it as UTF-8 (in Excel: Save As, "CSV UTF-8 (Comma delimited)").',
  'file.notUtf8':
    'The file is not UTF-8: this line has characters that cannot be read (shown as �). Save it as UTF-8 (in Excel: Save As, "CSV UTF-8 (Comma delimited)").',
  'file.empty': 'The file is empty: {what}',
  'file.what.csv': 'it needs a header line and one line per row.',
  'file.what.tsv': 'a Eurostat TSV has a header line and one line per series.',
  'file.what.json': 'it should hold a JSON-stat dataset.',
  'file.tooLong':
    'The text has {length} characters, more than the {limit} Excel holds in a cell: shorten it.',
  'csv.unclosedQuote':
    'A quote opened on this line is never closed, so the rest of the file cannot be read: close the quote (a quote inside a quoted cell is written twice, "").',
  'csv.columnTwice':
    'The column "{header}" appears twice (columns {first} and {second}): keep one, or rename the other.',
  'csv.textAfterQuote':
    'Text after a closing quote ({text}): a quote inside a quoted cell is written twice, "".',
  'csv.quoteInCell':
    'A quote inside an unquoted cell ({text}): quote the whole cell and write the quote twice, "".',
  'csv.joined':
    '{problem} Lines {line} to {end} were read as this one row, because of a quote: check them all.',
  'csv.moreFieldsComma':
    'The line has {n} fields where the header has {header}: nothing of it was read. A number with thousands separators must be quoted ("83,456,045") or written without them (83456045); a text with a comma must be quoted.',
  'csv.moreFields':
    'The line has {n} fields where the header has {header}: nothing of it was read. A text holding the {separator} must be quoted.',
  'csv.fewerFields':
    'The line has {n} fields where the header has {header} (missing: {missing}): nothing of it was read. Separate the cells with a {separator}, and write an empty cell as nothing between two of them.',
  'csv.fewerFields.one':
    'The line has {n} field where the header has {header} (missing: {missing}): nothing of it was read. Separate the cells with a {separator}, and write an empty cell as nothing between two of them.',
  'csv.separator.comma': 'comma',
  'csv.separator.semicolon': 'semicolon',
  'csv.separator.tab': 'tab',
  'csv.separator.bar': 'bar',
  'csv.unnamedColumn': 'an unnamed column',
  'csv.noHeader':
    '"{text}" is under a column with no header: give the column a name or clear the cell.',
  'csv.lineBreak':
    'Lines {line} to {end} were read as one row: a quote opened in {column} joins them. Check the quotes on these lines (a quote inside a quoted cell is written twice, "").',
  'long.noColumn': 'The file has no column "{column}" to read as {role} (found: {found}).',
  'long.nearHeader':
    'The column "{header}" was read as {name}, one letter from it: rename it "{name}" if that is right.',
  'long.missing':
    'The header lacks the columns {names}: a long CSV has geo,year,value (found: {found}). {then}',
  'long.missing.one':
    'The header lacks the column {names}: a long CSV has geo,year,value (found: {found}). {then}',
  'long.role.geo': 'geo (the Eurostat country code)',
  'long.role.period': 'year',
  'long.role.value': 'value',
  'long.noHeader': 'no header',
  'long.oneLetter': '"{header}" is one letter from "{name}"',
  'long.confirm': '{near}: confirm it, or map the columns.',
  'long.map': 'Map the columns, or rename them.',
  'sdmx.notSdmx': 'Not an SDMX-CSV file: it needs the columns geo, TIME_PERIOD and OBS_VALUE.',
  'sdmx.mixes':
    'The file mixes {n} values of {column} ({values}): filter the extract on one {column} before loading it.',
  'tsv.notTsv':
    'Not a Eurostat bulk TSV: the first header cell must end in geo\\TIME_PERIOD, and the columns be separated by tabs.',
  'tsv.cells':
    'The line has {n} tab-separated cells where the header has {header}: nothing of it was read. Separate the cells with tabs (not commas or spaces) and write ":" for a missing value.',
  'tsv.codes':
    'The line names {n} codes ({codes}) where the header has {dims} ({names}): give one code per dimension, separated by commas.',
  'tsv.mixes': 'The file mixes {n} values of {dimension} ({values}): keep one.',
  'tsv.emptyCell': 'The cell is empty: write ":" for a missing value.',
  'tsv.notACell':
    '"{text}" is not a Eurostat cell: write the value, then a space and the flags ("5 p"), or ":" when missing.',
  'tsv.joined':
    '"{text}" joins value and flag: Eurostat writes a space between them ("{value} {flag}").',
  'grid.noCode':
    'No column names the state: call one "Code" (Eurostat codes such as DE) or "State" (found: {found}).',
  'grid.noColumn': 'No column "{column}".',
  'grid.noPeriod': 'No period: add a "Year" column or say which year the values are for.',
  'grid.noState':
    'The row has figures but no state: write the state code (such as DE) or clear the row.',
  'grid.valueFor': 'The value for {geo}: {problem}',
  'grid.logical': 'the logical value {value} is not a number: write the figure.',
  'grid.notANumber': 'the cell is not a number: write the figure.',
} as const;

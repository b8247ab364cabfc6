/**
 * The English words of the JSON-stat reader's reasons (readers/jsonStat*.ts), of the error object
 * the Eurostat API answers with (readers/eurostatError.ts), and of a request to that API that
 * fails or is not asked right (eurostat.ts, the pane's Eurostat service). Members of the document
 * ("size", "category.index") are JSON's own names, quoted as the document writes them.
 */
export const JSON_STAT_REASONS = {
  'json.notJson': 'Not valid JSON: {detail}.',
  'json.notDataset':
    'Not a JSON-stat 2.0 dataset: it needs "class": "dataset" with "id", "size", "dimension" and "value".',
  'json.idList':
    '"id" must list the dimensions by name, e.g. ["freq","unit","sex","age","geo","time"].',
  'json.idTwice': '"id" names a dimension twice: name each once.',
  'json.sizeList': '"size" must list the number of categories of each dimension, as whole numbers.',
  'json.sizeCount': '"size" has {sizes} entries where "id" has {ids}: give one size per dimension.',
  'json.dimensionMissing': '"dimension" must describe each dimension named in "id".',
  'json.sizeDisagrees':
    'The dimension {dimension} has {n} categories but "size" says {size}: make them agree.',
  'json.noCategory':
    'The dimension {dimension} has no "category": give its categories with "index" (and "label").',
  'json.noIndex':
    'The dimension {dimension} has no "category.index": list its categories in order.',
  'json.indexNotTexts':
    'The dimension {dimension} lists categories that are not texts in "category.index".',
  'json.badPosition':
    'The dimension {dimension} gives {category} the position {position}: positions run from 0 to {last}.',
  'json.samePosition':
    'The dimension {dimension} gives {first} and {second} the same position {position} in "category.index": give each category its own.',
  'json.indexKind':
    'The dimension {dimension} has a "category.index" that is neither a list nor an object.',
  'json.categoryTwice':
    'The dimension {dimension} lists the category {category} twice in "category.index": list each once.',
  'json.noDimension': 'The dataset has no "{dimension}" dimension (it has {dimensions}).',
  'json.manyCategories':
    'The dimension {dimension} has {n} categories ({categories}): request one, e.g. &{dimension}={first}.',
  'json.tooManyCells':
    'The dataset declares {cells} cells (size {sizes}), more than the {limit} this tool reads: request fewer periods or states.',
  'json.entries':
    '"{member}" holds {n} entries where "size" declares {cells} cells: make them agree.',
  'json.notACell':
    '"{member}" has the key "{key}", not a cell of the {cells} that "size" declares (0 to {last}).',
  'json.memberKind':
    '"{member}" must be a list with one entry per cell, or an object keyed by cell number (found {found}).',
  'json.observation': 'observation {index} ({geo} {period})',
  'json.valueOf': 'The value of {where}: {problem}',
  'json.valueIs': 'The value of {where} is {found}: JSON-stat values are numbers or null.',
  'json.statusIs': 'The status of {where} is {found}: a status is a text such as "p".',
  'json.found.null': 'null',
  'json.found.list': 'a list',
  'json.found.object': 'an object',
  'json.found.text': 'the text {text}',
  'eurostat.error': 'Eurostat answered with error {id}: {label}.',
  'eurostat.errorMeaning': 'Eurostat answered with error {id} ({meaning}): {label}.',
  'eurostat.noDetail': 'no detail',
  'eurostat.meaning.100': 'no results match the request: check the period and the codes',
  'eurostat.meaning.140': 'the request has a syntax error',
  'eurostat.meaning.150': 'the request names a dimension or code the dataset does not have',
  'eurostat.meaning.500': 'Eurostat had an internal error: try again later',
  'eurostat.timeout':
    'Eurostat did not answer within {seconds} seconds: try again later, or load a file instead.',
  'eurostat.unreachable':
    'Eurostat could not be reached: check the internet connection, or load a file instead.',
  'eurostat.tooLarge':
    'Eurostat refused the request as too large (HTTP 413): ask for one period at a time.',
  'eurostat.http': 'Eurostat answered with HTTP {status}: try again later.',
  'eurostat.giveYear': 'Give a year, such as 2024.',
  'eurostat.giveMonth': 'Give a month, such as 2025-12.',
} as const;

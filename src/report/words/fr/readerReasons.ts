import type { readerReasons as en } from '../en/readerReasons';
import type { Localized } from '../translate';

// The readers' reasons (src/data/reasons) in French; terms of the Regulation: GLOSSARY.md.
export const readerReasons: Localized<typeof en> = {
  'readers.number.quoted': '« {text} »',
  'readers.number.quotedFor': '« {text} » pour {code}',
  'readers.number.empty': 'la cellule est vide : écrivez un nombre.',
  'readers.number.twoMeanings':
    '{quoted} peut valoir {grouped} (un point entre les milliers) ou {decimal} : écrivez {grouped} ou {plain} sans ambiguïté (ou, si le fichier écrit des virgules décimales, lisez-le avec des virgules décimales).',
  'readers.number.nan': 'la valeur n’est pas un nombre (NaN) : vérifiez le chiffre.',
  'readers.number.tooLarge':
    '{quoted} dépasse le plus grand nombre qu’un tableur puisse contenir (environ 1E+308) : vérifiez le chiffre.',
  'readers.number.underflow':
    '{quoted} est trop petit pour être conservé (moins de 1E-308) et deviendrait 0 : vérifiez le chiffre.',
  'readers.number.tooSmall':
    '{quoted} est trop petit pour être conservé dans un tableur (moins d’environ 2,2E-308) : vérifiez le chiffre.',
  'readers.number.hexadecimal':
    '{quoted} est écrit en hexadécimal : écrivez le nombre en chiffres décimaux.',
  'readers.number.binary':
    '{quoted} est écrit en binaire : écrivez le nombre en chiffres décimaux.',
  'readers.number.octal': '{quoted} est écrit en octal : écrivez le nombre en chiffres décimaux.',
  'readers.number.infinite': '{quoted} n’est pas un chiffre : écrivez un nombre fini.',
  'readers.number.percent': '{quoted} comporte un signe pour cent : écrivez le nombre seul.',
  'readers.number.space':
    '{quoted} contient une espace : écrivez les chiffres sans espace (sans séparateur des milliers).',
  'readers.number.commaNotGroups':
    '{quoted} contient une virgule qui n’est ni un séparateur décimal ni un séparateur de groupes de trois chiffres : écrivez uniquement des chiffres, avec un point pour les décimales.',
  'readers.number.comma':
    '{quoted} contient une virgule : écrivez uniquement des chiffres, avec un point pour les décimales et sans séparateur des milliers (ou mettez la cellule entre guillemets, "83,456,045", dans un fichier séparé par des virgules).',
  'readers.number.dots':
    '{quoted} contient plus d’un point : écrivez uniquement des chiffres, avec un seul point pour les décimales et sans séparateur des milliers.',
  'readers.number.notANumber':
    '{quoted} n’est pas un nombre : écrivez uniquement des chiffres, avec un point pour les décimales.',
  'readers.comma.twoMeanings':
    '{quoted} peut valoir {grouped} (une virgule entre les milliers) ou {decimal} (des décimales) : écrivez {grouped} ou {decimals} sans ambiguïté (ou, si le fichier écrit des points décimaux, lisez-le avec des points décimaux).',
  'readers.comma.decimalPoint':
    '{quoted} comporte un point décimal, mais le fichier est lu avec des virgules décimales : écrivez {asComma}, ou lisez le fichier avec des points décimaux.',
  'readers.comma.commas':
    '{quoted} contient plus d’une virgule : avec des virgules décimales, écrivez une seule virgule avant les décimales (494087,6).',
  'readers.comma.groups':
    '{quoted} n’est pas groupé par trois : avec des virgules décimales, un point ou une espace ne peut séparer que des groupes de trois chiffres (9.215.956 ou 9 215 956), le même partout.',
  'readers.comma.notANumber':
    '{quoted} n’est pas un nombre : écrivez des chiffres, avec une virgule pour les décimales (494087,6).',
  'readers.convention.mixed':
    'Le fichier écrit les nombres des deux manières : « {comma} » (ligne {commaLine}) ne se lit qu’avec une virgule décimale, « {point} » (ligne {pointLine}) qu’avec un point décimal ; on ne peut donc pas savoir ce que vaut un chiffre, et rien n’a été lu. Choisissez comment le lire : avec des virgules décimales ou avec des points décimaux (dans le volet : dans cette vérification ; en ligne de commande : --decimal comma ou --decimal point) ; les chiffres écrits autrement sont alors refusés sur leur ligne.',
  'readers.series.noObservations': 'Le fichier ne contient aucune observation.',
  'readers.series.periods': 'Le fichier contient {n} périodes ({periods}) : choisissez-en une.',
  'readers.series.missingPeriod':
    'Aucune observation pour {period} : les données couvrent {periods}.',
  'readers.series.noPeriods': 'Aucune observation pour {period}.',
  'readers.series.notAState':
    '{geo} n’est pas un État (un agrégat, une région ou une route) : ignoré ; l’outil calcule lui-même les totaux.',
  'readers.series.unknownCode':
    'Code d’État inconnu « {geo} » : utilisez un code Eurostat tel que DE, ou EL (ou GR) pour la Grèce.',
  'readers.series.valueFor': 'La valeur pour {code} : {problem}',
  'readers.series.gap': 'Aucune valeur pour {code} : laissée vide (jamais comptée comme zéro).',
  'readers.series.negative':
    'La valeur {value} pour {code} est négative : un effectif ou un montant ne peut pas l’être.',
  'readers.series.again':
    '{code} {period} apparaît de nouveau (d’abord à la ligne {first}) : gardez une ligne par État.',
  'readers.file.utf16':
    'Le fichier est en UTF-16 : enregistrez-le en UTF-8 (dans Excel : Enregistrer sous, « CSV UTF-8 (délimité par des virgules) »).',
  'readers.file.notUtf8':
    'Le fichier n’est pas en UTF-8 : cette ligne contient des caractères illisibles (affichés �). Enregistrez-le en UTF-8 (dans Excel : Enregistrer sous, « CSV UTF-8 (délimité par des virgules) »).',
  'readers.file.empty': 'Le fichier est vide : {what}',
  'readers.file.what.csv': 'il faut une ligne d’en-tête et une ligne par enregistrement.',
  'readers.file.what.tsv':
    'un fichier TSV d’Eurostat a une ligne d’en-tête et une ligne par série.',
  'readers.file.what.json': 'il devrait contenir un jeu de données JSON-stat.',
  'readers.file.tooLong':
    'Le texte compte {length} caractères, plus que les {limit} qu’Excel admet dans une cellule : raccourcissez-le.',
  'readers.csv.unclosedQuote':
    'Un guillemet ouvert sur cette ligne n’est jamais fermé, si bien que la suite du fichier ne peut être lue : fermez le guillemet (un guillemet à l’intérieur d’une cellule entre guillemets s’écrit deux fois, "").',
  'readers.csv.columnTwice':
    'La colonne « {header} » apparaît deux fois (colonnes {first} et {second}) : gardez-en une, ou renommez l’autre.',
  'readers.csv.textAfterQuote':
    'Texte après un guillemet fermant ({text}) : un guillemet à l’intérieur d’une cellule entre guillemets s’écrit deux fois, "".',
  'readers.csv.quoteInCell':
    'Un guillemet dans une cellule sans guillemets ({text}) : mettez toute la cellule entre guillemets et écrivez le guillemet deux fois, "".',
  'readers.csv.joined':
    '{problem} Les lignes {line} à {end} ont été lues comme cette seule ligne, à cause d’un guillemet : vérifiez-les toutes.',
  'readers.csv.moreFieldsComma':
    'La ligne compte {n} champs alors que l’en-tête en compte {header} : rien n’en a été lu. Un nombre avec des séparateurs des milliers doit être entre guillemets ("83,456,045") ou écrit sans eux (83456045) ; un texte contenant une virgule doit être entre guillemets.',
  'readers.csv.moreFields':
    'La ligne compte {n} champs alors que l’en-tête en compte {header} : rien n’en a été lu. Un texte contenant {separator} doit être entre guillemets.',
  'readers.csv.fewerFields':
    'La ligne compte {n} champs alors que l’en-tête en compte {header} (manquent : {missing}) : rien n’en a été lu. Séparez les cellules par {separator}, et écrivez une cellule vide en ne mettant rien entre deux séparateurs.',
  'readers.csv.fewerFields.one':
    'La ligne compte {n} champ alors que l’en-tête en compte {header} (manquent : {missing}) : rien n’en a été lu. Séparez les cellules par {separator}, et écrivez une cellule vide en ne mettant rien entre deux séparateurs.',
  'readers.csv.separator.comma': 'une virgule',
  'readers.csv.separator.semicolon': 'un point-virgule',
  'readers.csv.separator.tab': 'une tabulation',
  'readers.csv.separator.bar': 'une barre verticale',
  'readers.csv.unnamedColumn': 'une colonne sans nom',
  'readers.csv.noHeader':
    '« {text} » se trouve sous une colonne sans en-tête : donnez un nom à la colonne ou videz la cellule.',
  'readers.csv.lineBreak':
    'Les lignes {line} à {end} ont été lues comme une seule : un guillemet ouvert dans {column} les réunit. Vérifiez les guillemets de ces lignes (un guillemet à l’intérieur d’une cellule entre guillemets s’écrit deux fois, "").',
  'readers.long.noColumn':
    'Le fichier n’a pas de colonne « {column} » à lire comme {role} (trouvé : {found}).',
  'readers.long.nearHeader':
    'La colonne « {header} » a été lue comme {name}, à une lettre près : renommez-la « {name} » si c’est exact.',
  'readers.long.missing':
    'Il manque à l’en-tête les colonnes {names} : un CSV long a les colonnes geo,year,value (trouvé : {found}). {then}',
  'readers.long.missing.one':
    'Il manque à l’en-tête la colonne {names} : un CSV long a les colonnes geo,year,value (trouvé : {found}). {then}',
  'readers.long.role.geo': 'geo (le code pays Eurostat)',
  'readers.long.role.period': 'year (l’année)',
  'readers.long.role.value': 'value (la valeur)',
  'readers.long.noHeader': 'aucun en-tête',
  'readers.long.oneLetter': '« {header} » est à une lettre de « {name} »',
  'readers.long.confirm': '{near} : confirmez-le, ou associez les colonnes.',
  'readers.long.map': 'Associez les colonnes, ou renommez-les.',
  'readers.sdmx.notSdmx':
    'Ce n’est pas un fichier SDMX-CSV : il lui faut les colonnes geo, TIME_PERIOD et OBS_VALUE.',
  'readers.sdmx.mixes':
    'Le fichier mélange {n} valeurs de {column} ({values}) : filtrez l’extraction sur une seule valeur de {column} avant de la charger.',
  'readers.tsv.notTsv':
    'Ce n’est pas un fichier TSV d’Eurostat : la première cellule de l’en-tête doit se terminer par geo\\TIME_PERIOD, et les colonnes être séparées par des tabulations.',
  'readers.tsv.cells':
    'La ligne compte {n} cellules séparées par des tabulations alors que l’en-tête en compte {header} : rien n’en a été lu. Séparez les cellules par des tabulations (et non par des virgules ou des espaces) et écrivez « : » pour une valeur manquante.',
  'readers.tsv.codes':
    'La ligne donne {n} codes ({codes}) alors que l’en-tête en compte {dims} ({names}) : donnez un code par dimension, séparés par des virgules.',
  'readers.tsv.mixes': 'Le fichier mélange {n} valeurs de {dimension} ({values}) : gardez-en une.',
  'readers.tsv.emptyCell': 'La cellule est vide : écrivez « : » pour une valeur manquante.',
  'readers.tsv.notACell':
    '« {text} » n’est pas une cellule Eurostat : écrivez la valeur, puis une espace et les indicateurs (« 5 p »), ou « : » si elle manque.',
  'readers.tsv.joined':
    '« {text} » colle la valeur et l’indicateur : Eurostat met une espace entre eux (« {value} {flag} »).',
  'readers.json.notJson': 'Ce n’est pas du JSON valide : {detail}.',
  'readers.json.notDataset':
    'Ce n’est pas un jeu de données JSON-stat 2.0 : il lui faut "class": "dataset" avec "id", "size", "dimension" et "value".',
  'readers.json.idList':
    '"id" doit énumérer les dimensions par leur nom, par exemple ["freq","unit","sex","age","geo","time"].',
  'readers.json.idTwice': '"id" nomme une dimension deux fois : nommez chacune une seule fois.',
  'readers.json.sizeList':
    '"size" doit donner le nombre de catégories de chaque dimension, en nombres entiers.',
  'readers.json.sizeCount':
    'Le nombre d’entrées de "size" ({sizes}) diffère de celui de "id" ({ids}) : donnez une taille par dimension.',
  'readers.json.dimensionMissing': '"dimension" doit décrire chaque dimension nommée dans "id".',
  'readers.json.sizeDisagrees':
    'Le nombre de catégories de la dimension {dimension} ({n}) diffère de celui qu’indique "size" ({size}) : mettez-les en accord.',
  'readers.json.noCategory':
    'La dimension {dimension} n’a pas de "category" : donnez ses catégories avec "index" (et "label").',
  'readers.json.noIndex':
    'La dimension {dimension} n’a pas de "category.index" : énumérez ses catégories dans l’ordre.',
  'readers.json.indexNotTexts':
    'La dimension {dimension} énumère dans "category.index" des catégories qui ne sont pas des textes.',
  'readers.json.badPosition':
    'La dimension {dimension} donne à {category} la position {position} : les positions vont de 0 à {last}.',
  'readers.json.samePosition':
    'La dimension {dimension} donne à {first} et à {second} la même position {position} dans "category.index" : donnez à chaque catégorie la sienne.',
  'readers.json.indexKind':
    'La dimension {dimension} a un "category.index" qui n’est ni une liste ni un objet.',
  'readers.json.categoryTwice':
    'La dimension {dimension} énumère la catégorie {category} deux fois dans "category.index" : énumérez chacune une seule fois.',
  'readers.json.noDimension':
    'Le jeu de données n’a pas de dimension "{dimension}" (ses dimensions : {dimensions}).',
  'readers.json.manyCategories':
    'La dimension {dimension} compte {n} catégories ({categories}) : demandez-en une seule, par exemple &{dimension}={first}.',
  'readers.json.tooManyCells':
    'Le jeu de données déclare {cells} cellules (size {sizes}), plus que les {limit} que l’outil lit : demandez moins de périodes ou d’États.',
  'readers.json.entries':
    'Le nombre d’entrées de "{member}" ({n}) diffère du nombre de cellules que déclare "size" ({cells}) : mettez-les en accord.',
  'readers.json.notACell':
    '"{member}" a la clé "{key}", qui n’est pas une cellule que déclare "size" (nombre de cellules : {cells}, numérotées de 0 à {last}).',
  'readers.json.memberKind':
    '"{member}" doit être une liste d’une entrée par cellule, ou un objet dont les clés sont les numéros des cellules (trouvé : {found}).',
  'readers.json.observation': 'l’observation {index} ({geo} {period})',
  'readers.json.valueOf': 'La valeur de {where} : {problem}',
  'readers.json.valueIs':
    'La valeur de {where} est {found} : les valeurs JSON-stat sont des nombres ou null.',
  'readers.json.statusIs':
    'Le statut de {where} est {found} : un statut est un texte tel que « p ».',
  'readers.json.found.null': 'null',
  'readers.json.found.list': 'une liste',
  'readers.json.found.object': 'un objet',
  'readers.json.found.text': 'le texte {text}',
  'readers.eurostat.error': 'Eurostat a répondu par l’erreur {id} : {label}.',
  'readers.eurostat.errorMeaning': 'Eurostat a répondu par l’erreur {id} ({meaning}) : {label}.',
  'readers.eurostat.noDetail': 'sans précision',
  'readers.eurostat.meaning.100':
    'aucun résultat ne correspond à la demande : vérifiez la période et les codes',
  'readers.eurostat.meaning.140': 'la demande contient une erreur de syntaxe',
  'readers.eurostat.meaning.150':
    'la demande nomme une dimension ou un code que le jeu de données n’a pas',
  'readers.eurostat.meaning.500': 'Eurostat a subi une erreur interne : réessayez plus tard',
  'readers.eurostat.timeout':
    'Eurostat n’a pas répondu en {seconds} secondes : réessayez plus tard, ou chargez plutôt un fichier.',
  'readers.eurostat.unreachable':
    'Eurostat est injoignable : vérifiez la connexion à Internet, ou chargez plutôt un fichier.',
  'readers.eurostat.tooLarge':
    'Eurostat a refusé la demande comme trop volumineuse (HTTP 413) : demandez une période à la fois.',
  'readers.eurostat.http': 'Eurostat a répondu HTTP {status} : réessayez plus tard.',
  'readers.eurostat.giveYear': 'Indiquez une année, par exemple 2024.',
  'readers.eurostat.giveMonth': 'Indiquez un mois, par exemple 2025-12.',
  'readers.grid.noCode':
    'Aucune colonne ne désigne l’État : nommez-en une « Code » (codes Eurostat tels que DE) ou « State » (trouvé : {found}).',
  'readers.grid.noColumn': 'Aucune colonne « {column} ».',
  'readers.grid.noPeriod':
    'Aucune période : ajoutez une colonne « Year » ou indiquez l’année des valeurs.',
  'readers.grid.noState':
    'La ligne contient des chiffres mais aucun État : écrivez le code de l’État (par exemple DE) ou videz la ligne.',
  'readers.grid.valueFor': 'La valeur pour {geo} : {problem}',
  'readers.grid.logical': 'la valeur logique {value} n’est pas un nombre : écrivez le chiffre.',
  'readers.grid.notANumber': 'la cellule n’est pas un nombre : écrivez le chiffre.',
  'readers.needs.unknownColumn':
    'Colonne inconnue « {header} » : un fichier de besoins a les colonnes {columns}.',
  'readers.needs.noColumn': 'Aucune colonne « {name} » : l’en-tête est {header}.',
  'readers.needs.atColumn': 'colonne {column} : {problem}',
  'readers.needs.notACode':
    '« {text} » n’est pas un code d’État : utilisez un code Eurostat tel que IT.',
  'readers.needs.notBenefitting':
    '{code} n’est pas un État membre bénéficiaire (art. 58, par. 1, et art. 59, par. 4) : déclarez-le bénéficiaire ou supprimez la ligne.',
  'readers.needs.notAType':
    '« {text} » n’est pas un type de l’art. 56, par. 2 : écrivez relocation, financial ou alternative.',
  'readers.needs.negative': '{value} est négatif : un besoin ne peut pas l’être.',
  'readers.needs.notWhole':
    '{value} n’est pas un nombre entier : les relocalisations comptent des personnes.',
  'readers.needs.second':
    'un deuxième besoin de type {type} pour {code} (le premier est à la ligne {first}) : gardez-en un.',
  'readers.records.unknownColumn':
    'Colonne inconnue « {header} » : un fichier de mise en œuvre a les colonnes {columns}.',
  'readers.records.twoColumns':
    'Les colonnes « {first} » et « {second} » donnent toutes deux « {key} » : gardez-en une.',
  'readers.records.missing': 'Colonnes manquantes : {missing} ; l’en-tête est {header}.',
  'readers.records.missing.one': 'Colonne manquante : {missing} ; l’en-tête est {header}.',
  'readers.records.atColumn': 'colonne {column} : {problem}',
  'readers.records.notADate':
    '« {text} » n’est pas une date écrite aaaa-mm-jj : écrivez-la 2026-09-14 (un seul ordre, pour que 03/04 ne puisse se lire de deux façons).',
  'readers.records.notADay': '{text} n’est pas un jour du calendrier : vérifiez la date.',
  'readers.records.noContributing': 'aucun État contributeur : écrivez son code (par exemple DE).',
  'readers.records.notACode':
    '« {text} » n’est pas un code d’État : utilisez un code Eurostat tel que DE, ou EL pour la Grèce.',
  'readers.records.notABenefittingCode':
    '« {text} » n’est pas un code d’État : utilisez un code Eurostat tel que IT.',
  'readers.records.mayNotImplement':
    '{code} n’est ni un État participant ni un État associé à Dublin contribuant ad hoc (art. 13, par. 1) : vérifiez le code.',
  'readers.records.notAType':
    '« {text} » n’est pas un type : écrivez relocation, offset, financial ou alternative.',
  'readers.records.noBenefitting':
    '{type} est mise en œuvre au profit d’un État membre bénéficiaire : écrivez son code (seule une contribution financière peut n’en nommer aucun, art. 64, par. 1).',
  'readers.records.towardsItself':
    '{code} est aussi l’État contributeur : un État ne met pas en œuvre la solidarité envers lui-même.',
  'readers.records.inPersons':
    '{type} se compte en personnes : déplacez le chiffre dans {own} et videz {other}.',
  'readers.records.inEuros':
    '{type} se compte en euros : déplacez le chiffre dans {own} et videz {other}.',
  'readers.records.needsPersons': '{type} exige son nombre de personnes.',
  'readers.records.needsEuros': '{type} exige son montant en euros.',
  'readers.records.notAboveZero':
    '{value} n’est pas supérieur à zéro : un enregistrement porte sur ce qui a été mis en œuvre.',
  'readers.records.notWhole':
    '{value} n’est pas un nombre entier : un enregistrement compte des personnes.',
  'readers.records.type.relocation': 'une relocalisation',
  'readers.records.type.offset': 'une compensation des responsabilités',
  'readers.records.type.financial': 'une contribution financière',
  'readers.records.type.alternative': 'une mesure de solidarité alternative',
  'readers.place.(file)': '(fichier)',
  'readers.place.(document)': '(document)',
  'readers.place.(row)': '(ligne)',
  'readers.place.(header)': '(en-tête)',
  'readers.place.(table)': '(tableau)',
  'readers.place.(first column)': '(première colonne)',
  'readers.place.numbered': 'colonne {n}',
};

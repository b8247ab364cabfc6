import type { IndicatorSet, Provenance } from '../data';
import { isFormula, type Block, type Cell, type SheetSpec, type WorkbookSpec } from './types';

/**
 * A copy for delegations names scenarios, dates and sources in words (issue 16): a scenario by the
 * name the pane shows, never its id ("2026-council"); a date in words ("11 July 2025"), never an
 * ISO timestamp; a source as publisher, dataset and release, saying in words where a third party
 * transcribed the figures, never a file name, a repository or a mirror's address. The tool's own
 * workbook keeps the details (they are its audit trail); the copy says what a reader needs.
 * The words are the copy's, in the copy's language (English, as its sheets).
 */
export interface CopyVocabulary {
  /** Exact texts and what the copy says instead, applied longest first. */
  readonly exact: ReadonlyMap<string, string>;
  /** Ids that stand alone in a text (a preset's, a vintage's) and their names. */
  readonly ids: ReadonlyMap<string, string>;
}

// Made on first use, not as the module loads (the pane's start-up, npm run bench).
let months: Intl.DateTimeFormat | undefined;
const inMonths = (date: Date) =>
  (months ??= new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  })).format(date);

/** "2025-07-11" as "11 July 2025"; text that is not such a date is left as it is. */
export function isoDateInWords(text: string): string {
  return text
    .replace(
      /\b(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?/g,
      (_, y, m, d) => inMonths(new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)))),
    )
    .replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, (whole: string, y, m, d) => {
      const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
      return Number.isNaN(date.getTime()) ? whole : inMonths(date);
    });
}

/** Where figures were taken from someone other than their publisher: a copy, a mirror, the press. */
const THIRD_PARTY =
  /github|wikipedia|mirror|as reported|reported by|in the press|copy in|blogspot|https?:\/\/(?!ec\.europa\.eu)/i;
/** A file the analyst loaded (data's provenance of a file: "File x.csv, loaded …"). */
const ANALYST_FILE = /^File .+, loaded /;
/** A live request to Eurostat's API. */
const EUROSTAT_API = /^https:\/\/ec\.europa\.eu\/eurostat\/api\//;

/** The publisher and the dataset of a provenance: "Eurostat" and "demo_gind (…)". */
function publisherOf(dataset: string): { publisher: string; dataset: string } {
  const m = /^(Eurostat)\s+(.+)$/.exec(dataset);
  return m ? { publisher: m[1]!, dataset: m[2]! } : { publisher: dataset, dataset: '' };
}

/** A source as a reader of the copy needs it: publisher, dataset, release, and who transcribed it. */
export function sourceInWords(provenance: Provenance, source = provenance.source): string {
  const { publisher, dataset } = publisherOf(provenance.dataset);
  const release = isoDateInWords(provenance.release);
  const what = `${publisher}${dataset ? `, ${dataset}` : ''}, release ${release}`;
  if (ANALYST_FILE.test(source)) return `${what}: from a file the analyst loaded`;
  if (EUROSTAT_API.test(source)) return `${what}: requested from Eurostat’s public API`;
  if (THIRD_PARTY.test(source))
    return `${what}: figures transcribed by a third party from the published release (a public copy, not the publisher’s own file)`;
  return `${what}: as ${publisher} published it`;
}

/** The vocabulary of a copy: its data's sources in words, and the names of presets and vintages. */
export function copyVocabulary(
  sets: readonly IndicatorSet[],
  named: readonly { readonly id: string; readonly label: string }[],
): CopyVocabulary {
  const exact = new Map<string, string>();
  for (const set of sets) {
    for (const s of set.series) {
      exact.set(s.provenance.source, sourceInWords(s.provenance));
      for (const o of s.observations.values())
        if (o.source) exact.set(o.source, sourceInWords(s.provenance, o.source));
    }
  }
  // Ids with a year stand alone in texts; a word-like id ("latest") only where the tool names it.
  const ids = new Map<string, string>();
  for (const n of named) {
    exact.set(`${n.id} (as set in the task pane)`, `${n.label} (as set in the task pane)`);
    exact.set(` (${n.id})`, '');
    if (/\d/.test(n.id)) ids.set(n.id, n.label);
  }
  return { exact, ids };
}

const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A file's name: "the file pledges.csv", "data/raw/x.csv @9be36d29". */
const FILE_NAME =
  /(?:\b(?:the )?file )?[\w./-]*\w\.(?:csv|tsv|txt|json|xlsx?)\b(?:\s*@[0-9a-f]{7,40})?/gi;

/** A text of the copy in words. */
export function textInWords(text: string, vocabulary: CopyVocabulary): string {
  let out = text;
  const exact = [...vocabulary.exact.keys()].sort((a, b) => b.length - a.length);
  for (const from of exact)
    if (out.includes(from)) out = out.split(from).join(vocabulary.exact.get(from)!);
  for (const [id, label] of vocabulary.ids)
    out = out.replace(new RegExp(`(?<![\\w-])${escaped(id)}(?![\\w-])`, 'g'), label);
  return isoDateInWords(out).replace(FILE_NAME, 'a file');
}

const cellInWords = (cell: Cell, v: CopyVocabulary): Cell =>
  typeof cell === 'string' && !isFormula(cell) ? textInWords(cell, v) : cell;

function blockInWords(block: Block, v: CopyVocabulary): Block {
  switch (block.kind) {
    case 'title':
    case 'heading':
    case 'text':
      return { ...block, text: textInWords(block.text, v) };
    case 'grid':
      return { ...block, rows: block.rows.map((r) => r.map((c) => cellInWords(c, v))) };
    case 'table':
      // Headers stay: formulas name them. Values of text cells are words.
      return {
        ...block,
        table: {
          ...block.table,
          rows: block.table.rows.map((r) => r.map((c) => cellInWords(c, v))),
        },
      };
    default:
      return block;
  }
}

/** The copy with every text in words (the tool's sheets; the analyst's own sheets are theirs). */
export function copyInWords(
  spec: WorkbookSpec,
  vocabulary: CopyVocabulary,
  own: ReadonlySet<string> = new Set(),
): WorkbookSpec {
  return {
    ...spec,
    sheets: spec.sheets.map((s): SheetSpec =>
      own.has(s.name) ? s : { ...s, blocks: s.blocks.map((b) => blockInWords(b, vocabulary)) },
    ),
    properties: { ...spec.properties, title: textInWords(spec.properties.title, vocabulary) },
  };
}

import type { ReadIssue } from '../types';
import { pledgeIssue } from './reasons';

/** The columns of a pledges source, by the names a CSV or the workbook's Pledges table uses. */
export const COLUMNS = {
  code: ['code', 'geo', 'state code', 'country code', 'state'],
  relocations: ['relocations', 'relocation'],
  financialEur: [
    'financial contribution (eur)',
    'financial_eur',
    'financial',
    'financial contribution',
  ],
  // Art. 57(4): the financial value the pledging state indicates.
  alternativeEur: [
    'alternative measures (eur)',
    'alternative_eur',
    'alternative measures',
    'alternative_indicated_eur',
    'alternative measures: value indicated (eur)',
  ],
  // Art. 65(1): requested by a benefitting state (yes, no, not yet), and the value set jointly.
  alternativeRequested: ['alternative_requested', 'alternative measures: requested'],
  alternativeJointEur: ['alternative_joint_eur', 'alternative measures: value set jointly (eur)'],
  description: ['alternative measures: description', 'alternative_description', 'description'],
  offsets: ['responsibility offsets', 'offsets', 'responsibility_offsets'],
  deductionFraction: ['deduction requested', 'deduction'],
  deductionPercent: ['deduction_percent', 'deduction (%)', 'deduction percent'],
  article: ['deduction basis', 'deduction_article', 'article'],
  benefitting: ['benefitting', 'benefits from the pool'],
  note: ['source or note', 'source', 'note'],
} as const;

export type Key = keyof typeof COLUMNS;

/** The fields that hold figures, read under the file's number convention (numberConvention.ts). */
export const FIGURE_KEYS = [
  'relocations',
  'financialEur',
  'alternativeEur',
  'alternativeJointEur',
  'offsets',
  'deductionFraction',
  'deductionPercent',
] as const satisfies readonly Key[];

/** The columns a pledges CSV has, in order (the Pledges grid's too); files with only these still read. */
export const PLEDGES_CSV_HEADER =
  'code,relocations,financial_eur,alternative_eur,alternative_description,offsets,deduction_percent,deduction_article,benefitting,source';

/**
 * The optional columns on alternative measures (issue 14): whether a benefitting state requested
 * them (yes, no, not yet; Art. 65(1)) and the value set jointly (Art. 65(1)); `alternative_eur`
 * is the value the pledging state indicated (Art. 57(4)).
 */
export const PLEDGES_CSV_ALTERNATIVE_COLUMNS = 'alternative_requested,alternative_joint_eur';

/** The texts (what a measure is, the source): the only cells that may span lines. */
export const TEXT_COLUMNS: readonly string[] = [...COLUMNS.description, ...COLUMNS.note];

/**
 * Which column holds each field. Every header must be one the format knows (a misspelt header
 * would otherwise leave its column unread, every pledge 0), each field given once, and the state
 * code present. The Pledges table's "State" beside "Code" is the state's name, for reading.
 */
export function mapColumns(
  headers: readonly string[],
  line: number,
): { columns: Partial<Record<Key, string>>; issues: ReadIssue[] } {
  const issues: ReadIssue[] = [];
  const found: Partial<Record<Key, string[]>> = {};
  const codeNames: readonly string[] = COLUMNS.code.filter((n) => n !== 'state');
  const hasCode = headers.some((h) => codeNames.includes(h.toLowerCase()));
  const columnList = PLEDGES_CSV_HEADER.split(',').join(', ');
  headers.forEach((header, i) => {
    const name = header.toLowerCase();
    if (header === '') return;
    if (name === 'state' && hasCode) return; // the state's name beside its code
    const key = (Object.keys(COLUMNS) as Key[]).find((k) =>
      (COLUMNS[k] as readonly string[]).includes(name),
    );
    if (!key) {
      const near = closestHeader(name);
      const at = { header, index: i + 1, columns: columnList };
      issues.push(
        near
          ? pledgeIssue(line, header, { code: 'unknownColumnNear', values: { ...at, near } })
          : pledgeIssue(line, header, { code: 'unknownColumn', values: at }),
      );
      return;
    }
    (found[key] ??= []).push(header);
  });
  for (const [key, names] of Object.entries(found) as [Key, string[]][]) {
    if (names.length > 1) {
      const both = names.map((n) => `"${n}"`).join(' and ');
      issues.push(
        key === 'code'
          ? pledgeIssue(line, names[1] as string, { code: 'twoCodeColumns', values: { both } })
          : pledgeIssue(line, names[1] as string, {
              code: 'twoColumns',
              values: { both, field: names[0] as string },
            }),
      );
    }
  }
  if (found.deductionFraction && found.deductionPercent) {
    const fraction = found.deductionFraction[0] as string;
    const percent = found.deductionPercent[0] as string;
    issues.push(
      pledgeIssue(line, percent, { code: 'twoDeductionColumns', values: { fraction, percent } }),
    );
  }
  if (!found.code) {
    issues.push(
      pledgeIssue(line, '(header)', {
        code: 'noCodeColumn',
        values: { found: headers.join(', ') || 'no header' },
      }),
    );
  }
  const columns = Object.fromEntries(
    Object.entries(found).map(([k, names]) => [k, (names as string[])[0]]),
  ) as Partial<Record<Key, string>>;
  if (issues.length === 0 && !FIGURE_KEYS.some((k) => columns[k])) {
    issues.push(pledgeIssue(line, '(header)', { code: 'noPledgeColumn' }));
  }
  return { columns, issues };
}

/** The known header closest to a misspelt one (edit distance at most 3), to suggest. */
function closestHeader(name: string): string | undefined {
  let best: string | undefined;
  let distance = 4;
  for (const known of Object.values(COLUMNS).flat()) {
    const d = editDistance(name, known);
    if (d < distance) [best, distance] = [known, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 99;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
}

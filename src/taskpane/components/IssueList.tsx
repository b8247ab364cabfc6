import { Caption1, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { ReadIssue } from '../../data';
import type { Words } from '../../report/words';
import { issueInWords, issuePlace } from '../../report/words/issueWords';
import { displayLocale, formatNumber } from '../locale';
import { originInWords, type SourceOrigin } from '../origin';
import { reasonNumbers } from '../reasonNumbers';
import { useWords } from '../words';

const useStyles = makeStyles({
  group: { marginTop: tokens.spacingVerticalXS },
  summary: {
    cursor: 'pointer',
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  list: { margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '6px' },
  item: {
    listStyleType: 'none',
    display: 'grid',
    gridTemplateColumns: '16px 1fr',
    columnGap: tokens.spacingHorizontalXS,
    alignItems: 'start',
  },
  icon: { marginTop: '2px' },
  error: { color: tokens.colorPaletteRedForeground1 },
  note: { color: tokens.colorNeutralForeground3 },
  where: { color: tokens.colorNeutralForeground2 },
  kind: { fontWeight: tokens.fontWeightSemibold },
});

/** Rows shown per group before "and N more". */
const SHOWN = 50;
/** A group longer than this starts folded. */
const FOLD_AFTER = 4;

/**
 * What the review of a read says on top, in the pane's language: rows with problems (counted in
 * the culture of the pane's numbers), or the header of the file, table or Eurostat answer.
 */
export function problemTitle(
  w: Words,
  issues: readonly ReadIssue[],
  rejected: number,
  origin: SourceOrigin,
) {
  const where = originInWords(w, origin);
  if (rejected > 0) {
    const n = { n: reasonNumbers(displayLocale())(rejected), origin: where };
    return w.plural('review.rowProblems', rejected, n);
  }
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length > 0 && errors.every((i) => i.line <= 1)) {
    return origin.kind === 'eurostat'
      ? w.t('review.header.eurostat', { dataset: origin.dataset })
      : w.t(origin.kind === 'file' ? 'review.header.file' : 'review.header.table', {
          name: origin.name,
        });
  }
  return w.t('review.problems', { origin: where });
}

function Glyph({ error }: { readonly error: boolean }) {
  const s = useStyles();
  return (
    <svg
      className={mergeClasses(s.icon, error ? s.error : s.note)}
      width="14"
      height="14"
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="8" cy="8" r="7" fill="currentColor" />
      {error ? (
        <path d="M5.5 5.5l5 5m0-5l-5 5" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" />
      ) : (
        <path d="M8 7v4.5M8 4.6v.1" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" />
      )}
    </svg>
  );
}

function Group({
  issues,
  error,
}: {
  readonly issues: readonly ReadIssue[];
  readonly error: boolean;
}) {
  const s = useStyles();
  const w = useWords();
  const locale = useMemo(() => displayLocale(), []);
  // Counts and the figures in a problem in the culture of the pane's numbers; a line as it is named.
  const number = (n: number) => formatNumber(n, locale, 12);
  const figures = reasonNumbers(locale);
  const line = (n: number) => figures(n, { names: true });
  const n = { n: number(issues.length) };
  const label = error
    ? w.plural('readers.errors', issues.length, n)
    : w.plural('readers.notes', issues.length, n);
  return (
    <details className={s.group} open={error || issues.length <= FOLD_AFTER}>
      <summary className={mergeClasses(s.summary, error ? s.error : undefined)}>{label}</summary>
      <ul className={s.list} aria-label={label}>
        {issues.slice(0, SHOWN).map((i, n) => (
          <li key={n} className={s.item}>
            <Glyph error={error} />
            <span>
              <Caption1 block className={s.where}>
                {issuePlace(w, i, line)}
              </Caption1>
              <Text size={200}>
                <span className={mergeClasses(s.kind, error ? s.error : s.note)}>
                  {w.t(error ? 'readers.error' : 'readers.note')}
                </span>
                {issueInWords(w, i, figures)}
              </Text>
            </span>
          </li>
        ))}
      </ul>
      {issues.length > SHOWN && (
        <Caption1>{w.t('readers.more', { n: number(issues.length - SHOWN) })}</Caption1>
      )}
    </details>
  );
}

/**
 * Problems found in imported data, errors first: where as a small caption (line · column), the
 * problem full width, errors and notes told apart by icon, colour and word; long groups fold.
 */
export function IssueList({ issues }: { readonly issues: readonly ReadIssue[] }) {
  const byLine = (a: ReadIssue, b: ReadIssue) => a.line - b.line;
  const errors = issues.filter((i) => i.severity === 'error').sort(byLine);
  const notes = issues.filter((i) => i.severity !== 'error').sort(byLine);
  return (
    <div>
      {errors.length > 0 && <Group issues={errors} error />}
      {notes.length > 0 && <Group issues={notes} error={false} />}
    </div>
  );
}

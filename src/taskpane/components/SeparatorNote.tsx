import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useNumberCulture } from '../numberCulture';
import { useWords } from '../words';

/** The tabs where the analyst types numbers: the scenario's, pledges, implementation records. */
const NUMBER_TABS: ReadonlySet<string> = new Set(['scenario', 'pledges', 'implementation']);

const useStyles = makeStyles({
  note: { display: 'block', marginBottom: tokens.spacingVerticalS },
});

/**
 * One short note above a tab's number fields when the pane reads numbers with the display
 * language's separators because Excel's own could not be read (numberCulture `source: fallback`:
 * no ExcelApi 1.11, or the read failed; excel-rules.md rule 6), so that "30.000" typed under other
 * regional settings is not silently read as 30. Nothing while Excel's separators are in force.
 */
export function SeparatorNote({ tab }: { readonly tab: string }) {
  const s = useStyles();
  const w = useWords();
  const culture = useNumberCulture();
  if (!NUMBER_TABS.has(tab) || culture?.source !== 'fallback') return null;
  const mark = (c: string) =>
    c.trim() === '' ? w.t('culture.space') : w.t('culture.mark', { mark: c });
  return (
    <Caption1 as="p" role="note" className={s.note}>
      {w.t('culture.fallback', {
        decimal: mark(culture.decimal),
        group: mark(culture.group),
        why: w.t(`culture.why.${culture.reason ?? 'no-api'}`),
      })}
    </Caption1>
  );
}

import { Button, Caption1, Field, Input } from '@fluentui/react-components';
import { checkPeriod, eurostatQuery, type EurostatQuery } from '../../data';
import { sentenceInWords } from '../../report/words/issueWords';
import { displayLocale } from '../locale';
import { reasonNumbers } from '../reasonNumbers';
import { useWords } from '../words';
import { useImportStyles } from './importStyles';

interface Props {
  readonly indicator: string;
  /** Eurostat's dataset for the indicator; none: the indicator is not published there. */
  readonly query: EurostatQuery | undefined;
  /** Its lower-case name in the pane's language, for the note that Eurostat has no series. */
  readonly indicatorWords: string;
  readonly period: string;
  readonly onPeriod: (period: string) => void;
  readonly busy: boolean;
  readonly onFetch: () => void;
}

/** Asks Eurostat for the indicator's series of one period, checked as typed. */
export function EurostatFetch(props: Props) {
  const { indicator, query, indicatorWords, period, onPeriod, busy, onFetch } = props;
  const s = useImportStyles();
  const w = useWords();
  if (!query) {
    return (
      <Caption1>{w.t('dataTab.noEurostat', { indicator: indicatorWords.toLowerCase() })}</Caption1>
    );
  }
  const periodProblem = period !== '' ? checkPeriod(eurostatQuery(indicator), period) : undefined;
  const problem =
    periodProblem && sentenceInWords(w, periodProblem, reasonNumbers(displayLocale()));
  return (
    <div className={s.box}>
      <div className={s.row}>
        <Field
          label={w.t(query.period === 'year' ? 'import.eurostatYear' : 'import.eurostatMonth', {
            dataset: query.dataset,
          })}
          size="small"
          validationMessage={problem}
          validationState={problem ? 'error' : 'none'}
        >
          <Input
            size="small"
            value={period}
            placeholder={query.period === 'year' ? '2025' : '2025-12'}
            onChange={(_, d) => onPeriod(d.value.trim())}
          />
        </Field>
        <Button size="small" disabled={busy || period === '' || !!problem} onClick={onFetch}>
          {w.t('import.fetch')}
        </Button>
      </div>
      <Caption1>{w.t('import.privacy')}</Caption1>
    </div>
  );
}

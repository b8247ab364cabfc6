import { useMemo } from 'react';
import type { IndicatorSet } from '../../data';
import { NO_PLEDGES } from '../paneRound';
import { computeResults, type ResultsOutcome } from '../results';
import type { ReportState } from '../state';

/**
 * The pool as the pledges stand, for the summary beside the grid, which is always there (issue 16).
 * Where the pane's pledges go into the tables, the pane's own results. Otherwise the same pool
 * measured with the round's pledges, or with none before the first is typed: the summary then says
 * nothing is pledged yet and that no Art. 63 threshold is met, rather than showing nothing.
 */
export function usePoolAsPledged(
  state: ReportState,
  data: IndicatorSet | undefined,
  results: ResultsOutcome,
): ResultsOutcome {
  const { vintage, replacements, scenario, pledging, includePledges } = state;
  return useMemo(
    () =>
      pledging && includePledges
        ? results
        : computeResults(
            {
              vintage,
              replacements,
              scenario,
              pledging: pledging ?? NO_PLEDGES,
              includePledges: true,
            },
            data,
          ),
    [vintage, replacements, scenario, pledging, includePledges, data, results],
  );
}

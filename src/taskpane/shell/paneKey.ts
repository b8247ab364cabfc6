import { ENGLISH, type Words } from '../../report/words';
import type { ReportState } from '../state';

/** What the tables are computed from, part by part: the data, the scenario, the pledging round. */
export interface PaneKey {
  readonly data: string;
  readonly scenario: string;
  readonly pledges: string;
}

export type PanePart = keyof PaneKey;

/** JSON that keeps Maps and Sets (observations are Maps) instead of writing them as {}. */
function stable(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v instanceof Map ? [...v.entries()] : v instanceof Set ? [...v.values()] : v,
  );
}

/** The key of what a write from this state would put in the workbook. */
export function paneKey(state: ReportState): PaneKey {
  return {
    data: stable({ vintage: state.vintage, replaced: state.replacements.map((r) => r.series) }),
    scenario: stable(state.scenario),
    pledges: state.includePledges && state.pledging ? stable(state.pledging) : 'none',
  };
}

/** The parts that changed since the key was taken: what the workbook does not show yet. */
export function changedParts(written: PaneKey, now: PaneKey): PanePart[] {
  return (['data', 'scenario', 'pledges'] as const).filter((p) => written[p] !== now[p]);
}

/** "the scenario and the pledges", in the pane's language. */
export function partsInWords(parts: readonly PanePart[], w: Words = ENGLISH): string {
  const words = parts.map((p) => w.t(`workbook.part.${p}`));
  return words.length <= 1
    ? (words[0] ?? '')
    : w.t('workbook.and', {
        first: words.slice(0, -1).join(', '),
        last: words[words.length - 1] ?? '',
      });
}

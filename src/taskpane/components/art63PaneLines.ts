import type { Art63Assessment } from '../../core';
import type { Words } from '../../report/words';

/**
 * Art. 63 in the pane's language, each paragraph on its own number (the report's art63Lines in
 * English, for the workbook): 63(1) on the Commission proposal's number, 63(3) and its target,
 * 63(4) on the pledges to be implemented, and what follows (Art. 13(4), 63(3), (7)).
 */
export function art63PaneLines(
  a: Art63Assessment,
  count: (n: number) => string,
  w: Words,
): string[] {
  const r = a.request;
  const m = a.mandatory;
  const target = {
    target: count(m.target),
    floor: count(m.floor),
    share: count(m.shareThreshold),
  };
  return [
    `${w.t('results.art63.request', {
      pledges: count(r.pledges),
      number: count(r.number),
      threshold: count(r.threshold),
    })} ${w.t(r.met ? 'results.art63.requestMet' : 'results.art63.requestNotMet')}`,
    `${w.t(m.gross.below ? 'results.art63.targetBelow' : 'results.art63.targetReached', target)} ${w.t(
      m.net.below ? 'results.art63.netBelow' : 'results.art63.netReached',
      { net: count(m.net.pledges) },
    )}`,
    w.t(`results.art63.${m.status}`),
  ];
}

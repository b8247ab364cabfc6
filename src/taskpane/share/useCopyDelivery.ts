import { useEffect, useState, type Dispatch } from 'react';
import { displayLocale, formatNumber } from '../locale';
import { errorInWords } from '../outcomeWords';
import type { PaneServices } from '../services';
import type { Action, Status } from '../state';
import { useWords } from '../words';
import { copyFile } from './makeCopy';

/** A copy kept in the pane as a file to save: always offered, since Excel may open nothing (rule 12). */
export interface SavedCopy {
  readonly url: string;
  readonly name: string;
}

/** A workbook made for a delegation: its bytes, how many sheets, its file name and its marking. */
export interface MadeCopy {
  readonly bytes: Uint8Array;
  readonly sheets: number;
  readonly name: string;
  readonly marking: string;
}

/**
 * How the Share tab hands a copy over: a file link first (Excel may open nothing, rule 12), then
 * Excel asked to open it, the outcome said in the status bar; the link let go when replaced or when
 * the tab closes.
 */
export function useCopyDelivery(dispatch: Dispatch<Action>, services: PaneServices) {
  const w = useWords();
  const [saved, setSaved] = useState<SavedCopy>();
  // The file link holds the copy in memory: let it go when replaced or when the tab closes.
  useEffect(() => (saved ? () => URL.revokeObjectURL(saved.url) : undefined), [saved]);

  const fail = (body: string) =>
    dispatch({
      type: 'status',
      status: { kind: 'done', intent: 'error', title: w.t('share.failed'), body },
    });

  const deliver = async ({ bytes, sheets: sheetCount, name, marking }: MadeCopy) => {
    setSaved({ url: copyFile(bytes), name });
    const opening = await services.openCopy(bytes);
    const sheets = formatNumber(sheetCount, displayLocale());
    const status: Status =
      opening.kind === 'asked'
        ? {
            kind: 'done',
            intent: 'info',
            title: w.t('share.asked.title'),
            body: w.t('share.asked.body', { sheets, marking }),
          }
        : opening.kind === 'refused'
          ? {
              kind: 'done',
              intent: 'warning',
              title: w.t('share.refused.title'),
              body: w.t('share.refused.body', { message: opening.message, name }),
            }
          : {
              kind: 'done',
              intent: 'warning',
              title: w.t('share.unsupported.title'),
              body: w.t('share.unsupported.body', { name }),
            };
    dispatch({ type: 'status', status });
  };

  /** Makes a copy, the pane busy meanwhile, and hands it over; a failure said in the pane's words. */
  const handOver = async (make: () => Promise<MadeCopy>) => {
    dispatch({ type: 'status', status: { kind: 'busy', label: w.t('share.preparing') } });
    try {
      await deliver(await make());
    } catch (e) {
      fail(errorInWords(w, e));
    }
  };

  return {
    saved,
    /** Forgets the last copy's link, as a new copy is asked for. */
    forget: () => setSaved(undefined),
    fail,
    handOver,
  };
}

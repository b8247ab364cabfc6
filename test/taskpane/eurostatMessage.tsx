import { fireEvent, render, screen } from '@testing-library/react';
import type { Words } from '../../src/report/words';
import { App } from '../../src/taskpane/App';
import type { PaneServices } from '../../src/taskpane/services';

/**
 * The Data tab asks Eurostat for a dataset's period (the indicator chosen first, where given) and
 * Eurostat's answer is refused: what the message under "Not from Eurostat" says, in `w`'s words.
 */
export async function eurostatRefusal(
  w: Words,
  services: PaneServices,
  ask: { readonly dataset: string; readonly period: string; readonly indicator?: string },
): Promise<string | undefined> {
  render(<App services={services} initialWords={w} />);
  if (ask.indicator)
    fireEvent.change(screen.getByRole('combobox', { name: w.t('import.indicator') }), {
      target: { value: ask.indicator },
    });
  const period = w.t('import.eurostatYear', { dataset: ask.dataset });
  fireEvent.change(screen.getByRole('textbox', { name: period }), {
    target: { value: ask.period },
  });
  fireEvent.click(screen.getByRole('button', { name: w.t('import.fetch') }));
  const title = w.t('dataTab.notFromEurostat');
  const bar = (await screen.findByText(title)).parentElement;
  return bar?.textContent?.slice(title.length);
}

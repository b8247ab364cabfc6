/** @jest-environment jsdom */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { loadVintage } from '../../src/data';
import { loadWords } from '../../src/report/words';
import { labels as english } from '../../src/report/words/en/labels';
import { App } from '../../src/taskpane/App';
import { fakeServices } from '../fakes/fakeServices';

/** The bundled population, as a file of the analyst's (same values, another origin). */
function populationCsv(): string {
  const series = loadVintage('latest').series.find((s) => s.indicator === 'population')!;
  const lines = [...series.observations.entries()].map(
    ([code, o]) => `${code},${series.period},${o.value}`,
  );
  return `geo,year,value\n${lines.join('\n')}\n`;
}

/** The English texts of the question, without their holes, long enough to tell. */
const ENGLISH_TEXTS = Object.values(english)
  .flatMap((t) => t.split(/\{\w+\}/))
  .map((t) => t.trim())
  .filter((t) => t.length >= 8);

describe('the question before a pool replaces what the analyst loaded (issue 16)', () => {
  it.each(['en', 'fr', 'de'] as const)(
    '%s: names the pool by its name and what it replaces in the pane’s words, then says what was kept',
    async (language) => {
      const w = await loadWords(language);
      render(<App services={fakeServices()} initialWords={w} />);
      const text = populationCsv();
      const file = Object.assign(new File([text], 'population.csv', { type: 'text/csv' }), {
        text: async () => text,
      });
      fireEvent.change(screen.getByLabelText(w.t('import.fileLabel')), {
        target: { files: [file] },
      });
      await screen.findByText(w.t('dataTab.replaced'));
      const pool = w.t('pool.2027-proposal.name');
      fireEvent.click(screen.getByRole('radio', { name: pool }));
      const dialog = await screen.findByRole('alertdialog');
      // The pool by the name the pane offers it under, never its id or the preset's own label.
      // As Testing Library reads the text: its spaces, French's narrow no-break ones too, plain.
      const title = w.t('replace.title.preset', { pool }).replace(/\s+/g, ' ');
      expect(within(dialog).getByText(title)).toBeTruthy();
      expect(dialog.textContent).not.toMatch(/2027-proposal|Art\. 12\(2\) minima|Preset/);
      expect(dialog.textContent).toContain(w.t('indicator.population.label'));
      if (language !== 'en')
        expect(ENGLISH_TEXTS.filter((t) => dialog.textContent?.includes(t))).toEqual([]);
      fireEvent.click(within(dialog).getByRole('button', { name: w.t('replace.keep') }));
      await screen.findByText(w.t('replace.done.preset'));
      expect(document.body.textContent).toContain(w.t('replace.undo'));
    },
  );
});

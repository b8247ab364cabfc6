/** @jest-environment jsdom */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { loadWords } from '../../src/report/words';
import { App } from '../../src/taskpane/App';
import { fakeServices } from '../fakes/fakeServices';

// Rendering the whole pane and a 26-row comparison in jsdom: seconds on a loaded machine.
jest.setTimeout(60_000);

describe('Compare names the pools as the pane offers them, the unit in words (issue 16)', () => {
  it.each(['en', 'fr', 'de'] as const)(
    '%s: pools by their names, never “Preset:” or an id; the change in percentage points, said so',
    async (language) => {
      const w = await loadWords(language);
      render(<App services={fakeServices()} initialWords={w} />);
      fireEvent.click(screen.getByRole('tab', { name: w.t('shell.tab.results') }));
      fireEvent.click(await screen.findByRole('radio', { name: w.t('results.layout.compare') }));
      fireEvent.click(screen.getByRole('combobox', { name: w.t('compare.with') }));
      const offered = screen.getAllByRole('option').map((o) => o.textContent);
      expect(offered).toEqual(
        expect.arrayContaining([
          w.t('pool.2026-council.name'),
          w.t('pool.2026-proposal.name'),
          w.t('pool.2027-proposal.name'),
          w.t('pool.latest.name'),
        ]),
      );
      expect(offered.join(' ')).not.toMatch(/Preset|Préréglage|Vorgabe|Art\. 12\(2\) minima/);
      await act(async () => {
        fireEvent.click(screen.getByRole('option', { name: w.t('pool.2027-proposal.name') }));
      });
      const a = w.t('pool.latest.name');
      const b = w.t('pool.2027-proposal.name');
      const measure = w.t('compare.measure.fairShare');
      const table = await screen.findByRole('table', {
        name: w.t('compare.table', { measure, a, b }),
      });
      const headers = within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent);
      expect(headers).toEqual([
        w.t('compare.state'),
        w.t('compare.side', { name: a, side: 'A' }),
        w.t('compare.side', { name: b, side: 'B' }),
        w.t('compare.changePoints'),
      ]);
      // The cells are numbers; the unit is the header's, in words, not "pp".
      const changes = within(table)
        .getAllByRole('row')
        .slice(1)
        .map((r) => r.querySelectorAll('td')[3]?.textContent ?? '');
      expect(changes.filter((c) => /pp|[a-z]/i.test(c))).toEqual([]);
    },
  );
});

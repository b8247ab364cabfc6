/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import { createWords, ENGLISH } from '../../src/report/words';
import { de } from '../../src/report/words/de';
import { fr } from '../../src/report/words/fr';
import { DistributionView } from '../../src/taskpane/components/ImplementationViews';
import { WordsContext } from '../../src/taskpane/words';
import { implementationReport } from '../helpers/implementation';

// Art. 60(1)-(2): the Coordinator distributes what the pool holds among the benefitting states. A
// figure the analyst types replaces its cell only (nothing is rebalanced), so typed figures can
// hand out more than there is: the pane says so, with the excess, rather than showing nothing.
describe('the Implementation tab warns when typed figures distribute more than the pool holds', () => {
  const available = implementationReport().implementation.distribution.byType.relocation.available;

  it('says nothing while the proposal is kept', () => {
    render(<DistributionView impl={implementationReport().implementation} onType={() => {}} />);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('names the type, what is distributed and the excess once a typed figure exceeds the pool', () => {
    const impl = implementationReport({
      typed: [{ code: 'IT', type: 'relocation', value: available + 500 }],
    }).implementation;
    expect(impl.distribution.byType.relocation.undistributed).toBeLessThan(0);
    const over = -impl.distribution.byType.relocation.undistributed;
    render(
      <WordsContext.Provider value={ENGLISH}>
        <DistributionView impl={impl} onType={() => {}} />
      </WordsContext.Provider>,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(/^People: the figures typed distribute /);
    const n = (x: number) => x.toLocaleString('en', { maximumFractionDigits: 1 });
    const byType = impl.distribution.byType.relocation;
    expect(alert.textContent).toContain(
      `distribute ${n(byType.distributed)}, ${n(over)} more than the pool to be implemented holds (${n(available)})`,
    );
  });

  it.each([
    [
      'fr',
      fr,
      /^Personnes\u202F: les chiffres saisis répartissent .* de plus que ce que contient la réserve/,
    ],
    [
      'de',
      de,
      /^Personen: Die eingegebenen Zahlen verteilen .* mehr, als der umzusetzende Pool enthält/,
    ],
  ] as const)('%s: in the language of the pane, with its headers', (language, catalogue, words) => {
    const impl = implementationReport({
      typed: [{ code: 'IT', type: 'relocation', value: available + 500 }],
    }).implementation;
    render(
      <WordsContext.Provider value={createWords(language, catalogue)}>
        <DistributionView impl={impl} onType={() => {}} />
      </WordsContext.Provider>,
    );
    expect(screen.getByRole('alert').textContent).toMatch(words);
    expect(screen.queryByText('Distributed')).toBeNull();
  });
});

/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import { createWords } from '../../src/report/words';
import { de } from '../../src/report/words/de';
import { fr } from '../../src/report/words/fr';
import { YearEndView } from '../../src/taskpane/components/ImplementationViews';
import { WordsContext } from '../../src/taskpane/words';
import { implementationReport } from '../helpers/implementation';

describe('the year end of the Implementation tab in French and German', () => {
  const impl = implementationReport().implementation;

  it.each([
    [
      'fr',
      fr,
      /Art\. 63, par\. 5 : .* compensations des responsabilités .* États membres contributeurs/,
    ],
    [
      'de',
      de,
      /Art\. 63 Abs\. 5: Von den beitragenden Mitgliedstaaten kann Verantwortungsausgleich/,
    ],
  ] as const)('%s: says Art. 63(5) in the Regulation’s terms', (language, catalogue, words) => {
    render(
      <WordsContext.Provider value={createWords(language, catalogue)}>
        <YearEndView impl={impl} />
      </WordsContext.Provider>,
    );
    expect(screen.getByText(words)).toBeTruthy();
    expect(screen.queryByText(/contributing states may be asked/)).toBeNull();
  });
});

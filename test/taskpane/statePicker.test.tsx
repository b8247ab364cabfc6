/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { renderToStaticMarkup } from 'react-dom/server';
import { loadWords, type Words } from '../../src/report/words';
import { StatePicker } from '../../src/taskpane/components/StatePicker';
import { WordsContext } from '../../src/taskpane/words';

const markup = (words: Words, label: string) =>
  renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <WordsContext.Provider value={words}>
        <StatePicker label={label} selected={['DE']} onChange={() => {}} />
      </WordsContext.Provider>
    </FluentProvider>,
  );

// The list's expand button is named in the render itself, in the pane's language: Fluent names it
// in an effect, in English, and an axe audit run between the two found it unnamed
// (aria-command-name, in the French e2e of the Scenario tab).
describe('the state picker’s expand button', () => {
  it.each([
    ['en', 'Benefitting states', 'Open the list: Benefitting states', 'Germany'],
    ['fr', 'États bénéficiaires', 'Ouvrir la liste : États bénéficiaires', 'Allemagne'],
    ['de', 'Begünstigte Staaten', 'Liste öffnen: Begünstigte Staaten', 'Deutschland'],
  ] as const)(
    '%s: named before any effect runs, the chosen state in its words',
    async (l, label, name, state) => {
      const html = markup(await loadWords(l), label);
      expect(html).toMatch(
        new RegExp(`role="button"[^>]*aria-label="${name}"|aria-label="${name}"[^>]*role="button"`),
      );
      expect(html).toContain(`>${state}<`);
    },
  );
});

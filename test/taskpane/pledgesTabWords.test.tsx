/** @jest-environment jsdom */
import { fireEvent, render, screen } from '@testing-library/react';
import { loadWords } from '../../src/report/words';
import { pledgeGrid as englishGrid } from '../../src/report/words/en/pledgeGrid';
import { pledges as englishPledges } from '../../src/report/words/en/pledges';
import { App } from '../../src/taskpane/App';
import { fakeServices } from '../fakes/fakeServices';
import { germanPledgesCsv } from '../helpers/continentalFiles';

const pick = (name: string, text: string, label: string) => {
  const file = Object.assign(new File([text], name, { type: 'text/csv' }), {
    text: async () => text,
  });
  fireEvent.change(screen.getByLabelText(label), { target: { files: [file] } });
};

/** The English texts of the Pledges tab's own words (and its grid's), without their holes, long enough to tell. */
const ENGLISH_TEXTS = [...Object.values(englishPledges), ...Object.values(englishGrid)]
  .flatMap((t) => t.split(/\{\w+\}/))
  .map((t) => t.trim())
  .filter((t) => t.length >= 12);

describe('the Pledges tab in French and German (issue 18)', () => {
  it.each([
    ['fr', 'Engagements', 'Fichier d’engagements (CSV)', 'Charger le cycle illustratif 2026'],
    ['de', 'Zusagen', 'Zusagendatei (CSV)', 'Die illustrative Runde 2026 laden'],
  ] as const)(
    '%s: its words come from the catalogue, none of them left in English, its problems too',
    async (language, tab, fileLabel, example) => {
      render(<App services={fakeServices()} initialWords={await loadWords(language)} />);
      fireEvent.click(screen.getByRole('tab', { name: tab }));
      expect(screen.getByRole('button', { name: example })).toBeTruthy();
      // A pledges file with a row for a state that is not a participant: the problem in words.
      pick('zusagen.csv', germanPledgesCsv(['XX;1;;;;;;ILLUSTRATIVE']), fileLabel);
      await screen.findByText(
        language === 'fr' ? /« XX » n’est pas un code d’État/ : /„XX“ ist kein Staatencode/,
      );
      const shown = document.body.textContent ?? '';
      expect(ENGLISH_TEXTS.filter((t) => shown.includes(t))).toEqual([]);
      expect(shown).not.toMatch(/is not a state code|must be fixed/);
    },
  );
});

describe('the Pledges tab’s Art. 63 lines follow the language (issue 16)', () => {
  /** The fixed words of a catalogue entry, between its {holes}, long enough to tell. */
  const fixedWords = (text: string) =>
    text
      .split(/\{\w+\}/)
      .map((t) => t.trim())
      .filter((t) => t.length >= 12);

  it.each([
    ['fr', 'Engagements', 'Charger le cycle illustratif 2026'],
    ['de', 'Zusagen', 'Die illustrative Runde 2026 laden'],
  ] as const)(
    '%s: with the illustrative round loaded, Art. 63(1), (3) and (4) are said in the pane’s language',
    async (language, tab, example) => {
      const words = await loadWords(language);
      render(<App services={fakeServices()} initialWords={words} />);
      fireEvent.click(screen.getByRole('tab', { name: tab }));
      fireEvent.click(screen.getByRole('button', { name: example }));
      const request =
        fixedWords(
          words.t('results.art63.request', {
            pledges: '{pledges}',
            number: '{number}',
            threshold: '{threshold}',
          }),
        )[0] ?? '';
      const item = await screen.findByText((_, el) =>
        el?.tagName === 'LI' ? (el.textContent ?? '').includes(request) : false,
      );
      expect(item).toBeTruthy();
      const shown = document.body.textContent ?? '';
      // The English lines (report/words/solidarity's art63Lines) are no longer shown.
      expect(shown).not.toMatch(/relocations pledged against|Commission proposal’s/);
    },
  );
});

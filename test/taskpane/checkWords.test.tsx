/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { FindingsGrid } from '../../src/taskpane/components/FindingsGrid';
import { NumberField } from '../../src/taskpane/components/NumberField';
import { damagedScenario } from '../../src/taskpane/savedScenario';
import { StatusBar } from '../../src/taskpane/components/StatusBar';
import { readGridValue } from '../../src/taskpane/gridPaste';
import { historyReducer, initialHistory } from '../../src/taskpane/history';
import { WordsContext } from '../../src/taskpane/words';
import { createWords, type Words } from '../../src/report/words';
import { de } from '../../src/report/words/de';
import { fr } from '../../src/report/words/fr';
import { sentenceInWords } from '../../src/report/words/issueWords';

/**
 * A number field's and a grid cell's refusals, and undo's and redo's status, are facts the pane
 * says in its language; the bounds are in the analyst's number culture (Excel's), which is not
 * the display language: a French pane over an English Excel says "4,555 ou 4,556".
 */
const FRENCH = createWords('fr', fr);
const GERMAN = createWords('de', de);

function inLanguage(w: Words, ui: ReactElement) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <WordsContext.Provider value={w}>{ui}</WordsContext.Provider>
    </FluentProvider>,
  );
}

describe("the pane's checks in French and German", () => {
  it('a grid cell of persons refuses half a person in each language, in the culture’s figures', () => {
    const half = readGridValue('4.555,5', 'de-DE', { whole: true });
    expect(half.ok).toBe(false);
    if (half.ok) return;
    expect(half.message).toBe('Whole persons only: type 4.555 or 4.556.');
    expect(sentenceInWords(GERMAN, half.why)).toBe(
      'Nur ganze Personen: Geben Sie 4.555 oder 4.556 ein.',
    );
    const english = readGridValue('4,555.5', 'en-GB', { whole: true });
    if (english.ok) throw new Error('read');
    expect(sentenceInWords(FRENCH, english.why)).toBe(
      'Des personnes entières uniquement : saisissez 4,555 ou 4,556.',
    );
    const stray = readGridValue('30o00', 'fr-FR');
    if (stray.ok) throw new Error('read');
    expect(sentenceInWords(FRENCH, stray.why)).toBe(
      '« o » ne fait pas partie d’un nombre : saisissez uniquement des chiffres, par exemple 30\u202F000 ou 1\u202F234,5.',
    );
  });

  it('a number field says its bounds and the number reader’s reasons in the pane’s language', () => {
    inLanguage(
      FRENCH,
      <NumberField
        label="Relocalisations"
        value={10}
        onCommit={jest.fn()}
        max={100}
        locale="fr-FR"
      />,
    );
    const input = screen.getByRole('textbox', { name: 'Relocalisations' });
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: '150' } });
    expect(screen.getByText('Doit être au plus égal à 100.')).toBeTruthy();
    fireEvent.change(input, { target: { value: '' } });
    expect(screen.getByText('Saisissez un nombre.')).toBeTruthy();
  });

  it('undo and redo say what they did in the pane’s language', () => {
    const start = initialHistory({ status: { kind: 'idle' } } as never);
    const edited = historyReducer(start, { type: 'status', status: { kind: 'idle' } } as never);
    const stepped = { ...edited, past: [start.present], present: { ...start.present } };
    const undone = historyReducer(stepped, { type: 'undo' });
    expect(undone.present.status).toMatchObject({ title: 'Undone', fact: 'undone' });
    inLanguage(GERMAN, <StatusBar status={undone.present.status} onDismiss={jest.fn()} />);
    expect(screen.getByText('Rückgängig gemacht')).toBeTruthy();
    expect(screen.getByText('Wiederholen (Strg+Y) macht es erneut.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Schließen: Rückgängig gemacht' })).toBeTruthy();
    const redone = historyReducer(undone, { type: 'redo' });
    inLanguage(FRENCH, <StatusBar status={redone.present.status} />);
    expect(screen.getByText('Rétabli')).toBeTruthy();
    expect(screen.getByText('Annuler (Ctrl+Z) le défait.')).toBeTruthy();
  });

  it('the findings of Art. 11 and a damaged saved scenario are said in the pane’s language', () => {
    inLanguage(
      GERMAN,
      <FindingsGrid
        participants={['IT']}
        categories={{ IT: ['under-pressure'] }}
        defaults={{ IT: ['under-pressure'] }}
        source="Commission Implementing Decision (EU) 2025/2323"
        dispatch={jest.fn()}
      />,
    );
    expect(
      screen.getByRole('table', { name: 'Feststellungen der Kommission je Staat' }),
    ).toBeTruthy();
    expect(screen.getByText('Unter Druck').closest('th')?.getAttribute('title')).toBe(
      'Unter Migrationsdruck',
    );
    const cell = screen.getByRole('checkbox', { name: 'Italien: unter Migrationsdruck' });
    expect((cell as HTMLInputElement).checked).toBe(true);
    expect(damagedScenario(FRENCH, 'Variante B', 'compared')).toEqual({
      kind: 'done',
      intent: 'error',
      title: 'Non comparé',
      body: 'Le scénario enregistré « Variante B » est endommagé ou provient d’une autre version : enregistrez-le de nouveau depuis l’onglet Scénario.',
    });
  });
});

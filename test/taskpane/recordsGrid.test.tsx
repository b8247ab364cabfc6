/** @jest-environment jsdom */
import { fireEvent, render, screen } from '@testing-library/react';
import {
  DEFAULT_PARTICIPANTS,
  type CheckedRecord,
  type ImplementationRecord,
} from '../../src/core';
import { FINDING_WORDS } from '../../src/report';
import { createWords } from '../../src/report/words';
import { de } from '../../src/report/words/de';
import { fr } from '../../src/report/words/fr';
import { WordsContext } from '../../src/taskpane/words';
import { RecordsGrid } from '../../src/taskpane/components/RecordsGrid';
import { EMPTY_ROW, readRecordRows, type RecordRow } from '../../src/taskpane/recordsGrid';

const row = (r: Partial<RecordRow>): RecordRow => ({ ...EMPTY_ROW, ...r });

describe('the records grid read as the CSV reader reads a file', () => {
  it('reads amounts in the separators of the analyst’s Excel, and whole persons only (Art. 56(2)(a))', () => {
    const read = readRecordRows(
      [
        row({
          date: '2026-07-20',
          contributing: 'de',
          benefitting: 'IT',
          type: 'relocation',
          amount: '1 200',
        }),
        row({
          date: '2026-07-21',
          contributing: 'FR',
          benefitting: 'EL',
          type: 'relocation',
          amount: '12,5',
        }),
        row({
          date: '2026-07-22',
          contributing: 'FR',
          benefitting: '',
          type: 'financial',
          amount: '1 500 000,50',
        }),
      ],
      DEFAULT_PARTICIPANTS,
      'fr-FR',
    );
    expect(read.records.map((r) => [r.contributing, r.amount])).toEqual([
      ['DE', 1200],
      ['FR', 1_500_000.5],
    ]);
    expect(read.rowOf).toEqual([0, 2]);
    expect(read.refused['1:amount']).toMatch(/Whole persons only/);
  });

  it('refuses what the reader refuses, in its cell, and counts the other rows', () => {
    const read = readRecordRows(
      [
        row({
          date: '20/07/2026',
          contributing: 'DE',
          benefitting: 'IT',
          type: 'relocation',
          amount: '5',
        }),
        row({
          date: '2026-07-20',
          contributing: 'XX',
          benefitting: 'IT',
          type: 'relocation',
          amount: '5',
        }),
        row({
          date: '2026-07-20',
          contributing: 'DE',
          benefitting: '',
          type: 'relocation',
          amount: '5',
        }),
        row({
          date: '2026-07-20',
          contributing: 'DE',
          benefitting: 'IT',
          type: 'relocation',
          amount: '5',
        }),
      ],
      DEFAULT_PARTICIPANTS,
      'en-GB',
    );
    expect(read.refused['0:date']).toMatch(/not a date written yyyy-mm-dd/);
    expect(read.refused['1:contributing']).toMatch(/not a state code/);
    // Only a financial contribution may name no benefitting state (Art. 64(1)).
    expect(read.refused['2:benefitting']).toMatch(/Art\. 64\(1\)/);
    expect(read.rowOf).toEqual([3]);
  });
});

describe('the records grid in the pane', () => {
  const setup = (checked?: CheckedRecord[]) => {
    const seen: (readonly ImplementationRecord[])[] = [];
    const initial: ImplementationRecord[] = [
      { date: '2026-07-20', contributing: 'DE', benefitting: 'MT', type: 'relocation', amount: 50 },
    ];
    render(
      <RecordsGrid
        initial={initial}
        participants={DEFAULT_PARTICIPANTS}
        checked={checked}
        onRecords={(r) => seen.push(r)}
        locale="en-GB"
      />,
    );
    return seen;
  };
  const cell = (label: string, record: number) =>
    screen.getByRole('textbox', { name: `${label}, record ${record}` });
  const DATE = 'Date (yyyy-mm-dd)';
  const AMOUNT = 'Persons for relocations and offsets, euros for the others';

  it('pastes an Excel block down and across, marks a refused cell in place, and keeps its other rows', () => {
    const seen = setup();
    const block =
      '2026-08-01\tFR\tEL\trelocation\t1,200\r\n2026-08-02\tFR\tCY\trelocation\t3.5\r\n';
    fireEvent.paste(cell(DATE, 2), { clipboardData: { getData: () => block } });
    expect(seen.at(-1)!.map((r) => [r.benefitting, r.amount])).toEqual([
      ['MT', 50],
      ['EL', 1200],
    ]);
    const refused = cell(AMOUNT, 3);
    expect(refused.getAttribute('aria-invalid')).toBe('true');
    // The row keeps what was pasted in it; the cell says why, in its place.
    expect((cell('Contributing state (code)', 3) as HTMLInputElement).value).toBe('FR');
    expect(document.getElementById(refused.getAttribute('aria-describedby')!)!.textContent).toMatch(
      /Whole persons only/,
    );
    expect(screen.getByRole('status').textContent).toMatch(/1 cells refused, marked in place/);
    // Ctrl+Z takes the paste back.
    fireEvent.keyDown(refused, { key: 'z', ctrlKey: true });
    expect(seen.at(-1)!).toHaveLength(1);
    fireEvent.keyDown(cell(DATE, 1), { key: 'y', ctrlKey: true });
    expect(seen.at(-1)!).toHaveLength(2);
  });

  it('moves down with Enter and up with Shift+Enter, and restores a cell with Escape', () => {
    const seen = setup();
    const amount = cell(AMOUNT, 1);
    fireEvent.focus(amount);
    fireEvent.change(amount, { target: { value: '70' } });
    expect(seen.at(-1)![0]!.amount).toBe(70);
    fireEvent.keyDown(amount, { key: 'Escape' });
    expect((cell(AMOUNT, 1) as HTMLInputElement).value).toBe('50');
    expect(seen.at(-1)![0]!.amount).toBe(50);
    fireEvent.keyDown(cell(AMOUNT, 1), { key: 'Enter' });
    expect(document.activeElement).toBe(cell(AMOUNT, 2));
    fireEvent.keyDown(cell(AMOUNT, 2), { key: 'Enter', shiftKey: true });
    expect(document.activeElement).toBe(cell(AMOUNT, 1));
  });

  it('marks a record the core flags under its row, with the article (Art. 58(1), 59(4))', () => {
    setup([
      {
        date: '2026-07-20',
        contributing: 'DE',
        benefitting: 'MT',
        type: 'relocation',
        amount: 50,
        findings: [{ code: 'towards-not-benefitting', article: 'Art. 58(1), 59(4)' }],
      },
    ]);
    const amount = cell(AMOUNT, 1);
    expect(amount.getAttribute('aria-invalid')).toBeNull();
    expect(document.getElementById(amount.getAttribute('aria-describedby')!)!.textContent).toBe(
      FINDING_WORDS['towards-not-benefitting'],
    );
  });
});

describe('the records grid in French and German (the Regulation’s terms, GLOSSARY.md)', () => {
  it.each([
    [
      'fr',
      fr,
      'État membre bénéficiaire',
      'Envers un État qui n’est pas un État membre bénéficiaire',
    ],
    ['de', de, 'Begünstigter Mitgliedstaat', 'kein begünstigter Mitgliedstaat'],
  ] as const)(
    '%s: labels its cells and says its findings in the language',
    (language, catalogue, label, finding) => {
      render(
        <WordsContext.Provider value={createWords(language, catalogue)}>
          <RecordsGrid
            initial={[
              {
                date: '2026-07-20',
                contributing: 'DE',
                benefitting: 'MT',
                type: 'relocation',
                amount: 50,
              },
            ]}
            participants={DEFAULT_PARTICIPANTS}
            checked={[
              {
                date: '2026-07-20',
                contributing: 'DE',
                benefitting: 'MT',
                type: 'relocation',
                amount: 50,
                findings: [{ code: 'towards-not-benefitting', article: 'Art. 58(1), 59(4)' }],
              },
            ]}
            onRecords={() => undefined}
            locale={language === 'fr' ? 'fr-FR' : 'de-DE'}
          />
        </WordsContext.Provider>,
      );
      expect(screen.getAllByRole('textbox', { name: new RegExp(`^${label}`) })).toHaveLength(2);
      expect(screen.getByText(new RegExp(finding))).toBeTruthy();
    },
  );
});

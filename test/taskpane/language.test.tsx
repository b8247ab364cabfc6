/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { loadWords } from '../../src/report/words';
import { App } from '../../src/taskpane/App';
import { fakeServices } from '../fakes/fakeServices';

describe('the pane’s language', () => {
  beforeEach(() => localStorage.clear());

  it('opens in the words it was given (Office’s display language, loaded before the first render)', async () => {
    render(<App services={fakeServices()} initialWords={await loadWords('fr')} />);
    expect(screen.getByRole('tab', { name: 'Données' })).toBeTruthy();
    // Writing is offered once the pool is chosen, in French too (issue 16).
    fireEvent.click(screen.getByRole('button', { name: 'Choisir la réserve' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Réserve 2026 adoptée par le Conseil' }));
    expect(
      screen.getByRole('button', { name: 'Écrire les tableaux dans ce classeur' }),
    ).toBeTruthy();
    await waitFor(() => expect(document.documentElement.lang).toBe('fr'));
  });

  it('changes to the language the analyst picks, and keeps the choice on this computer', async () => {
    render(<App services={fakeServices()} />);
    expect(screen.getByRole('tab', { name: 'Data' })).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), {
      target: { value: 'de' },
    });
    await screen.findByRole('tab', { name: 'Daten' });
    expect(screen.getByRole('combobox', { name: 'Sprache' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('de');
    expect(localStorage.getItem('eupact.language')).toBe('de');
  });
});

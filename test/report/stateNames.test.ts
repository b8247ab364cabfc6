import { STATES } from '../../src/core';
import { createWords, ENGLISH } from '../../src/report/words';
import { de } from '../../src/report/words/de';
import { fr } from '../../src/report/words/fr';
import { NAMED_CODES } from '../../src/report/words/stateNames';
import { matchesState } from '../../src/taskpane/stateSearch';

// The pane names states in its language, as the Interinstitutional Style Guide lists them (7.1.2).
describe('state names in the pane’s language', () => {
  const french = createWords('fr', fr);
  const german = createWords('de', de);

  it('names every state of the core’s list in French and in German', () => {
    const codes = STATES.map((s) => s.code).sort();
    expect([...NAMED_CODES.fr].sort()).toEqual(codes);
    expect([...NAMED_CODES.de].sort()).toEqual(codes);
  });

  it.each([
    ['DE', 'Germany', 'Allemagne', 'Deutschland'],
    ['CZ', 'Czechia', 'Tchéquie', 'Tschechien'],
    ['EL', 'Greece', 'Grèce', 'Griechenland'],
    ['NL', 'Netherlands', 'Pays-Bas', 'Niederlande'],
    ['AT', 'Austria', 'Autriche', 'Österreich'],
    ['CH', 'Switzerland', 'Suisse', 'Schweiz'],
  ])('%s: %s, %s, %s', (code, english, french_, german_) => {
    expect(ENGLISH.state(code)).toBe(english);
    expect(french.state(code)).toBe(french_);
    expect(german.state(code)).toBe(german_);
  });

  it('finds a state by its name in the pane’s language as well as by its English name and code', () => {
    expect(matchesState('DE', 'allem', french.state('DE'))).toBe(true);
    expect(matchesState('DE', 'deutsch', german.state('DE'))).toBe(true);
    expect(matchesState('DE', 'germ', german.state('DE'))).toBe(true);
    expect(matchesState('AT', 'oster', german.state('AT'))).toBe(true); // accents ignored
    expect(matchesState('DE', 'allem')).toBe(false);
  });
});

import { stateName } from '../../core';
import type { Language } from './language';

/**
 * The states' short names in French and German, for the pane in those languages, as the EU's
 * Interinstitutional Style Guide lists the Member States in point 7.1.2 (its table A, "in the
 * language of publication"): style-guide.europa.eu, FR 7.1.2 ("Belgique … Tchéquie … Suède") and
 * publications.europa.eu/code/de/de-370102.htm ("Belgien … Tschechien … Schweden"); the four
 * Dublin-associated states as its list of countries names them. English is the core's own list
 * (STATES). Codes are Eurostat's (EL for Greece).
 */
const NAMES: Readonly<Record<Exclude<Language, 'en'>, Readonly<Record<string, string>>>> = {
  fr: {
    BE: 'Belgique',
    BG: 'Bulgarie',
    CZ: 'Tchéquie',
    DK: 'Danemark',
    DE: 'Allemagne',
    EE: 'Estonie',
    IE: 'Irlande',
    EL: 'Grèce',
    ES: 'Espagne',
    FR: 'France',
    HR: 'Croatie',
    IT: 'Italie',
    CY: 'Chypre',
    LV: 'Lettonie',
    LT: 'Lituanie',
    LU: 'Luxembourg',
    HU: 'Hongrie',
    MT: 'Malte',
    NL: 'Pays-Bas',
    AT: 'Autriche',
    PL: 'Pologne',
    PT: 'Portugal',
    RO: 'Roumanie',
    SI: 'Slovénie',
    SK: 'Slovaquie',
    FI: 'Finlande',
    SE: 'Suède',
    IS: 'Islande',
    LI: 'Liechtenstein',
    NO: 'Norvège',
    CH: 'Suisse',
  },
  de: {
    BE: 'Belgien',
    BG: 'Bulgarien',
    CZ: 'Tschechien',
    DK: 'Dänemark',
    DE: 'Deutschland',
    EE: 'Estland',
    IE: 'Irland',
    EL: 'Griechenland',
    ES: 'Spanien',
    FR: 'Frankreich',
    HR: 'Kroatien',
    IT: 'Italien',
    CY: 'Zypern',
    LV: 'Lettland',
    LT: 'Litauen',
    LU: 'Luxemburg',
    HU: 'Ungarn',
    MT: 'Malta',
    NL: 'Niederlande',
    AT: 'Österreich',
    PL: 'Polen',
    PT: 'Portugal',
    RO: 'Rumänien',
    SI: 'Slowenien',
    SK: 'Slowakei',
    FI: 'Finnland',
    SE: 'Schweden',
    IS: 'Island',
    LI: 'Liechtenstein',
    NO: 'Norwegen',
    CH: 'Schweiz',
  },
};

/** A state's name in a language; its English name, else its code, where none is known. */
export function stateNameIn(language: Language, code: string): string {
  return language === 'en' ? stateName(code) : (NAMES[language][code] ?? stateName(code));
}

/** The codes named in French and German, for the test that no state is missing. */
export const NAMED_CODES: Readonly<Record<Exclude<Language, 'en'>, readonly string[]>> = {
  fr: Object.keys(NAMES.fr),
  de: Object.keys(NAMES.de),
};

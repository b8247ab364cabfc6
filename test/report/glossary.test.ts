import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Entry } from '../../src/report/words';
import { de } from '../../src/report/words/de';
import { fr } from '../../src/report/words/fr';

// The terms read in the official French and German texts, and the variants they rule out:
// src/report/words/GLOSSARY.md says where each was read. Council Implementing Decision (EU)
// 2025/2642, adopted under Art. 57(1) of Regulation (EU) 2024/1351: "établissant la réserve
// annuelle de solidarité pour 2026" / "zur Einrichtung des Jährlichen Solidaritätspools für 2026";
// recital 2: "calculer la part équitable de chaque État membre" / "die Berechnung des gerechten
// Anteils jedes einzelnen Mitgliedstaats".

const ROOT = resolve(__dirname, '../..');
const read = (path: string) => readFileSync(resolve(ROOT, path), 'utf8');

type Language = 'fr' | 'de';

interface Rejected {
  /** As GLOSSARY.md's "Rejected variants" names it. */
  readonly variant: string;
  readonly pattern: RegExp;
  readonly use: string;
}

// \p{L} instead of \b: \b does not see "é" or "ä" as letters.
const word = (text: string, flags = 'iu') => new RegExp(`(?<!\\p{L})${text}(?!\\p{L})`, flags);

const REJECTED: Record<Language, readonly Rejected[]> = {
  fr: [
    {
      variant: 'pool de solidarité',
      pattern: word('pools? de solidarité'),
      use: 'réserve annuelle de solidarité',
    },
    {
      variant: 'fonds de solidarité',
      pattern: word('fonds de solidarité'),
      use: 'réserve annuelle de solidarité',
    },
    {
      variant: 'contingent de solidarité',
      pattern: word('contingents? (annuels? )?de solidarité'),
      use: 'réserve annuelle de solidarité',
    },
    { variant: 'juste part', pattern: word('justes? parts?'), use: 'part équitable' },
    {
      variant: 'juste contribution',
      pattern: word('justes? contributions?'),
      use: 'part équitable',
    },
    {
      variant: 'réduction totale ou partielle',
      pattern: word('réductions? totales? ou partielles?'),
      use: 'déduction totale ou partielle',
    },
    {
      variant: 'réinstallation',
      pattern: word('réinstallations?'),
      use: 'relocalisation (réinstallation is resettlement)',
    },
    // Agreement: "la réserve annuelle", "la part équitable" are feminine.
    { variant: 'réserve annuel', pattern: word('réserves? annuels?'), use: 'réserve annuelle' },
    {
      variant: 'le part équitable',
      pattern: word('(le|du|au) parts? équitables?'),
      use: 'la part équitable',
    },
  ],
  de: [
    {
      variant: 'Solidaritätsreserve',
      pattern: word('Solidaritätsreserven?'),
      use: 'Jährlicher Solidaritätspool',
    },
    {
      variant: 'Solidaritätsfonds',
      pattern: word('Solidaritätsfonds'),
      use: 'Jährlicher Solidaritätspool (the Solidaritätsfonds is the EU Solidarity Fund)',
    },
    // The Decision writes the pool as a name: "des Jährlichen Solidaritätspools" (case-sensitive).
    {
      variant: 'jährlicher Solidaritätspool',
      pattern: word('jährliche[nrs]? Solidaritätspools?', 'u'),
      use: 'Jährlicher Solidaritätspool',
    },
    {
      variant: 'des Jährlichen Solidaritätspool',
      pattern: word('des Jährlichen Solidaritätspool'),
      use: 'des Jährlichen Solidaritätspools',
    },
    { variant: 'fairer Anteil', pattern: word('faire[nrs]? Anteile?'), use: 'gerechter Anteil' },
    {
      variant: 'angemessener Anteil',
      pattern: word('angemessene[nrs]? Anteile?'),
      use: 'gerechter Anteil',
    },
    {
      variant: 'des gerechten Anteil',
      pattern: word('des gerechten Anteil'),
      use: 'des gerechten Anteils',
    },
    { variant: 'Umverteilung', pattern: word('Umverteilung(en)?'), use: 'Umsiedlung' },
    { variant: 'Relokation', pattern: word('Relokation(en)?'), use: 'Umsiedlung' },
    {
      variant: 'vollständige oder teilweise Befreiung',
      pattern: word('(vollständige|teilweise) (oder (vollständige|teilweise) )?Befreiung'),
      use: 'vollständiger oder teilweiser Abzug',
    },
  ],
};

function textsOf(entry: Entry): string[] {
  return typeof entry === 'string' ? [entry] : Object.values(entry);
}

function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

/** The values of the manifest's overrides for one language's locales (fr-FR, de-CH, ...). */
const overrideOf = (language: Language) =>
  new RegExp(`<(?:bt:)?Override Locale="${language}-[A-Z]{2}" Value="([^"]*)"`, 'g');

/** Every French or German text a user reads: the catalogue (every section file spread in its
 * index), the functions' metadata, the help page, the help page's headings, and what the manifest
 * has Office show (the add-in's name, the ribbon). */
function sources(language: Language): Record<string, string[]> {
  const catalogue = (language === 'fr' ? fr : de) as Readonly<Record<string, Entry>>;
  const byKey: Record<string, string[]> = {};
  for (const [key, entry] of Object.entries(catalogue)) byKey[`words ${key}`] = textsOf(entry);
  return {
    ...byKey,
    [`src/functions/locales/${language}.json`]: stringsIn(
      JSON.parse(read(`src/functions/locales/${language}.json`)),
    ),
    [`src/functions/locales/help-${language}.md`]: [
      read(`src/functions/locales/help-${language}.md`),
    ],
    'scripts/helpPages.cjs': [read('scripts/helpPages.cjs')],
    'manifest.xml': [...read('manifest.xml').matchAll(overrideOf(language))].map((m) => m[1]!),
  };
}

function offences(language: Language): string[] {
  const found: string[] = [];
  for (const [where, texts] of Object.entries(sources(language))) {
    for (const text of texts) {
      for (const r of REJECTED[language]) {
        const hit = text.match(r.pattern);
        if (hit) found.push(`${where}: "${hit[0]}", say "${r.use}"`);
      }
    }
  }
  return found;
}

describe('the Regulation’s terms in French and German (GLOSSARY.md)', () => {
  it.each(['fr', 'de'] as const)(
    '%s uses no variant the glossary rejects, in the pane, the report, the functions, the help and the ribbon',
    (language) => {
      expect(offences(language)).toEqual([]);
    },
  );

  it('names the pool and the fair share as Decision (EU) 2025/2642 does', () => {
    const all = (language: Language) => Object.values(sources(language)).flat().join('\n');
    expect(all('fr')).toMatch(/réserve annuelle de solidarité/);
    expect(all('fr')).toMatch(/part équitable/);
    expect(all('de')).toMatch(/Jährlichen? Solidaritätspools?/);
    expect(all('de')).toMatch(/gerechte[nr]? Anteils?/);
  });

  it('lists each rejected variant in GLOSSARY.md, and each pattern catches the variant it names', () => {
    const glossary = read('src/report/words/GLOSSARY.md');
    const section = glossary.slice(glossary.indexOf('## Rejected variants'));
    for (const language of ['fr', 'de'] as const) {
      for (const r of REJECTED[language]) {
        expect([r.variant, r.pattern.test(r.variant)]).toEqual([r.variant, true]);
        expect([r.variant, section.replace(/\s+/g, ' ').includes(`"${r.variant}"`)]).toEqual([
          r.variant,
          true,
        ]);
      }
    }
  });

  it('does not reject the terms in use: the pool, the fair share, the deduction, relocation', () => {
    const kept = {
      fr: [
        'la réserve annuelle de solidarité',
        'la part équitable',
        'déduction totale ou partielle',
        'relocalisations',
      ],
      de: [
        'des Jährlichen Solidaritätspools',
        'des gerechten Anteils',
        'vollständiger oder teilweiser Abzug',
        'Umsiedlungen',
        'nicht umverteilt',
      ],
    };
    for (const language of ['fr', 'de'] as const) {
      for (const text of kept[language]) {
        expect([
          text,
          REJECTED[language].filter((r) => r.pattern.test(text)).map((r) => r.variant),
        ]).toEqual([text, []]);
      }
    }
  });
});

import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { functionsAsExcelLoads, metadataUrlFor } from '../fakes/functionsMetadata';
import { generatedMetadata } from './metadataOf';

// The build's own module: what webpack runs to write functions-fr.json and functions-de.json.
const build = require('../../scripts/localizeFunctions.cjs') as {
  LANGUAGES: readonly string[];
  localizeFunctions: (
    english: unknown,
    translations: unknown,
    language: string,
  ) => { json: Metadata; problems: string[] };
  translationsOf: (language: string) => Record<string, Translation>;
};
interface Translation {
  name: string;
  description: string;
  parameters: Record<string, [string, string]>;
}
interface Metadata {
  functions: {
    id: string;
    name: string;
    description: string;
    helpUrl?: string;
    parameters: { name: string; description: string; optional?: boolean; type?: string }[];
  }[];
}

const DIST = resolve(__dirname, '../../dist');
const ROOT = resolve(__dirname, '../..');

describe('the functions in French and German (issue 18)', () => {
  it.each(['fr', 'de'])(
    '%s: every function and argument translated, ids and types unchanged',
    async (language) => {
      const { metadata } = await generatedMetadata();
      const { json, problems } = build.localizeFunctions(
        metadata,
        build.translationsOf(language),
        language,
      );
      expect(problems).toEqual([]);
      const english = metadata.functions;
      expect(json.functions.map((f) => f.id)).toEqual(english.map((f) => f.id));
      json.functions.forEach((f, i) => {
        const en = english[i];
        expect(f.parameters.map((p) => [p.type, p.optional])).toEqual(
          en?.parameters.map((p) => [p.type, p.optional]),
        );
        expect(f.helpUrl).toMatch(new RegExp(`help-${language}\\.html#${f.id.toLowerCase()}$`));
      });
    },
  );

  it('uses the terms of the Regulation’s French and German versions', () => {
    const fr = build.translationsOf('fr');
    const de = build.translationsOf('de');
    // Council Implementing Decision (EU) 2025/2642, FR and DE (EUR-Lex): "part équitable",
    // "réserve annuelle de solidarité"; "gerechter Anteil", "Jährlicher Solidaritätspool".
    expect(fr.FAIRSHARE?.description).toMatch(/^Part équitable \(article 66, annexe I\)/);
    expect(fr.CONTRIBUTION?.description).toMatch(/réserve annuelle de solidarité/);
    expect(de.FAIRSHARE?.description).toMatch(/^Gerechter Anteil \(Artikel 66, Anhang I\)/);
    expect(de.CONTRIBUTION?.description).toMatch(/Jährlichen Solidaritätspool/);
    expect([fr.FAIRSHARE?.name, de.FAIRSHARE?.name]).toEqual([
      'PART_EQUITABLE',
      'GERECHTER_ANTEIL',
    ]);
  });

  it('refuses a translation that lacks an argument, names a function twice, or that Excel would refuse', async () => {
    const { metadata } = await generatedMetadata();
    const fr = build.translationsOf('fr');
    const broken = JSON.parse(JSON.stringify(fr)) as Record<string, Translation>;
    delete broken.CONTRIBUTION?.parameters.dataset;
    (broken.OFFSET_COUNT as Translation).name = 'VALEUR_COMPENSATION';
    (broken.SOURCE as Translation).name = 'AB12';
    delete broken.PRESSURE_SCORE;
    const { problems } = build.localizeFunctions(metadata, broken, 'fr');
    expect(problems).toEqual([
      'src/functions/locales/fr.json: no translation of PRESSURE_SCORE: add "PRESSURE_SCORE": { "name", "description", "parameters" }.',
      'src/functions/locales/fr.json: OFFSET_COUNT and OFFSET_VALUE are both named VALEUR_COMPENSATION.',
      'src/functions/locales/fr.json: CONTRIBUTION: parameter dataset needs ["name", "description"].',
      'src/functions/locales/fr.json: SOURCE: "AB12" reads as a cell reference.',
    ]);
  });

  it('points each French- and German-speaking display language to its file in the manifest', () => {
    const manifest = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
    const file = (language: string) => metadataUrlFor(manifest, language).split('/').pop();
    expect(['fr-FR', 'fr-be', 'FR-LU', 'fr-CH'].map(file)).toEqual(
      Array(4).fill('functions-fr.json'),
    );
    expect(['de-DE', 'de-AT', 'de-CH', 'de-LU', 'de-BE', 'de-LI'].map(file)).toEqual(
      Array(6).fill('functions-de.json'),
    );
    expect(['en-GB', 'it-IT', 'fr-CA'].map(file)).toEqual(Array(3).fill('functions.json'));
  });

  // npm test builds dist/ before Jest (build:local): the files Excel is served, loaded as Excel would.
  const built = existsSync(join(DIST, 'functions-fr.json')) ? it : it.skip;
  built.each([
    ['fr-FR', 'functions-fr.json', 'PART_EQUITABLE', 'help-fr.html'],
    ['de-AT', 'functions-de.json', 'GERECHTER_ANTEIL', 'help-de.html'],
    ['en-US', 'functions.json', 'FAIRSHARE', 'help.html'],
  ])(
    'Excel in %s loads %s: FAIRSHARE shown as %s, its help in %s',
    async (language, file, name, help) => {
      const loaded = functionsAsExcelLoads(DIST, language);
      expect(loaded.file).toBe(file);
      const { result } = await generatedMetadata();
      // Every function Excel lists has its code: the ids the script associates (never localized).
      const associated = new Set(result.associate.map((a) => a.id));
      expect(loaded.metadata.functions.every((f) => associated.has(f.id))).toBe(true);
      const fairShare = loaded.metadata.functions.find((f) => f.id === 'FAIRSHARE');
      expect(fairShare?.name).toBe(name);
      const page = fairShare?.helpUrl?.split('/').pop()?.split('#');
      expect(page?.[0]).toBe(help);
      // The production build minifies the page: id=fairshare, quoted or not.
      expect(readFileSync(join(DIST, help), 'utf8')).toMatch(
        new RegExp(`id="?${page?.[1]}[">\\s]`),
      );
    },
  );
});

import { readFileSync } from 'fs';
import { join } from 'path';
import type { Entry } from '../../src/report/words';

/**
 * The texts a language's typography tests read (frenchTypography, germanTypography): the pane's
 * catalogue, the functions' metadata and help page, and the help page's headings.
 */
const root = join(__dirname, '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

/** Each text of a catalogue with its key (an entry with forms gives each of its forms). */
export function catalogueTexts(catalogue: object): [string, string][] {
  return Object.entries(catalogue as Readonly<Record<string, Entry>>).flatMap(([key, entry]) =>
    (typeof entry === 'string' ? [entry] : Object.values(entry)).map(
      (t: string): [string, string] => [key, t],
    ),
  );
}

/**
 * The functions' help in a language: every string of their metadata (locales/<lang>.json) and the
 * help page's prose, its code (`#VALEUR!`, `"latest"`) left out: that is as Excel writes it.
 */
export function functionHelpTexts(lang: 'fr' | 'de'): { metadata: string[]; page: string } {
  const metadata: string[] = [];
  JSON.parse(read(`src/functions/locales/${lang}.json`), (_key, value: unknown) => {
    if (typeof value === 'string') metadata.push(value);
    return value;
  });
  const page = read(`src/functions/locales/help-${lang}.md`).replace(/`[^`]*`/g, '');
  return { metadata, page };
}

/** The help page's headings in a language: their block of scripts/helpPages.cjs. */
export function helpHeadings(lang: 'fr' | 'de'): string {
  return (
    new RegExp(`${lang}: \\{([\\s\\S]*?)\\n {2}\\},`).exec(read('scripts/helpPages.cjs'))?.[1] ?? ''
  );
}

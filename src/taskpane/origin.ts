import type { Words } from '../report/words';

/**
 * Where a series read for the Data tab came from, as a fact: a file or a workbook table by its name
 * (kept as it is), a Eurostat dataset by its code. Worded in the pane's language only when shown
 * (issue 18), so a French pane says "le fichier x.csv", a German one "der Datei x.csv".
 */
export type SourceOrigin =
  | { readonly kind: 'file'; readonly name: string }
  | { readonly kind: 'table'; readonly name: string }
  | { readonly kind: 'eurostat'; readonly dataset: string };

/**
 * Where a loaded series came from: a source (of which only the valid rows, where the analyst chose
 * so), or the workbook, which held it from an earlier session.
 */
export type LoadedOrigin =
  (SourceOrigin & { readonly validOnly?: boolean }) | { readonly kind: 'restored' };

/** The origin in words of the pane's language ("file x.csv", "le fichier x.csv", "der Datei x.csv"). */
export function originInWords(w: Words, origin: LoadedOrigin): string {
  switch (origin.kind) {
    case 'restored':
      return w.t('origin.restored');
    case 'eurostat':
      return w.t('origin.eurostat', { dataset: origin.dataset });
    default: {
      const said = w.t(origin.kind === 'file' ? 'origin.file' : 'origin.table', {
        name: origin.name,
      });
      return 'validOnly' in origin && origin.validOnly
        ? w.t('origin.validOnly', { origin: said })
        : said;
    }
  }
}

/** The name a file or a table is known by, as it is; none for Eurostat or the workbook. */
export function originName(origin: LoadedOrigin): string | undefined {
  return origin.kind === 'file' || origin.kind === 'table' ? origin.name : undefined;
}

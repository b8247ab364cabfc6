import type { Disclosure, Implementation } from '../../core';
import type { Language } from '../../report/words';
import {
  confirmationSpec,
  copyInWords,
  delegationCopy,
  type CopyVocabulary,
  type PoolReport,
  type SheetSpec,
  type WorkbookSpec,
} from '../../report';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface CopyRequest {
  readonly report: PoolReport;
  /** The tool's sheets and the analyst's own sheets that go in. */
  readonly toolSheets: ReadonlySet<string>;
  readonly ownSheets: readonly SheetSpec[];
  readonly marking: string;
  readonly stages: readonly Disclosure[];
  /** One delegation's code, or undefined for all. */
  readonly state?: string;
  /** Scenarios, dates and sources in words (copyWords.ts). */
  readonly vocabulary: CopyVocabulary;
}

/**
 * The copy, whole, before anything leaves the pane: checked (the marking, every chosen sheet's
 * formulas reading only sheets that go in) and written to bytes, or an error and nothing made.
 */
export async function makeCopy(
  request: CopyRequest,
): Promise<{ spec: WorkbookSpec; bytes: Uint8Array }> {
  const copy = delegationCopy(request.report.spec, {
    marking: request.marking,
    stages: request.stages,
    sheets: request.toolSheets,
    ...(request.state ? { state: request.state } : {}),
    extraSheets: request.ownSheets,
  });
  const spec = copyInWords(copy, request.vocabulary, new Set(request.ownSheets.map((s) => s.name)));
  // ExcelJS is loaded only now, for this command: it is not part of the pane's first paint.
  const { toXlsxBuffer } = await import(/* webpackChunkName: "xlsx" */ '../../xlsx');
  return { spec, bytes: await toXlsxBuffer(spec) };
}

/**
 * One delegation's January confirmation (Art. 60(6)) as a copy: only that state's confirmation,
 * under the same rules as every copy (marking, Read me, words), checked and written whole.
 */
export async function makeConfirmation(request: {
  readonly implementation: Implementation;
  readonly state: string;
  readonly marking: string;
  readonly stages: readonly Disclosure[];
  readonly vocabulary: CopyVocabulary;
  readonly properties: WorkbookSpec['properties'];
}): Promise<{ spec: WorkbookSpec; bytes: Uint8Array }> {
  const one = confirmationSpec(request.implementation, request.state, request.properties);
  const copy = delegationCopy(one, {
    marking: request.marking,
    stages: request.stages,
    state: request.state,
  });
  const spec = copyInWords(copy, request.vocabulary);
  const { toXlsxBuffer } = await import(/* webpackChunkName: "xlsx" */ '../../xlsx');
  return { spec, bytes: await toXlsxBuffer(spec) };
}

/** The copy as a file the analyst can save: a link to bytes held in the pane, nothing sent. */
export function copyFile(bytes: Uint8Array): string {
  return URL.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX_TYPE }));
}

/** The locale of dates in words for a language, as the EU institutions write them ("24 November 2026"). */
const DATE_LOCALES: Readonly<Record<Language, string>> = { en: 'en-GB', fr: 'fr-FR', de: 'de-DE' };

/** A date in words in a language: "24 November 2026", "24 novembre 2026", "24. November 2026". */
export function dateInWords(d: Date, language: Language): string {
  return new Intl.DateTimeFormat(DATE_LOCALES[language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(d);
}

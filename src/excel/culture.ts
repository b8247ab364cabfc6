import type { ExcelRunner } from './store';

/**
 * The decimal and group separators Excel itself reads and shows numbers with. They come from
 * Excel's settings (`Application.cultureInfo.numberFormat`, or Excel's own separators when
 * `useSystemSeparators` is off: ExcelApi 1.11), never from `Office.context.displayLanguage`, which
 * is only the language of the interface: an English interface with German regional settings types
 * "30.000" for thirty thousand ("Work with workbooks: access application culture settings";
 * excel-rules.md rule 6).
 */
export interface NumberCulture {
  readonly decimal: string;
  readonly group: string;
  /**
   * `excel`: read from Excel. `fallback`: Excel cannot tell (before ExcelApi 1.11, or the read
   * failed): the separators of the display language stand in, and the pane says so.
   */
  readonly source: 'excel' | 'fallback';
  /** Why the fallback stands in (the pane says it in words). */
  readonly reason?: CultureFallbackReason;
  /** Excel's own message, where reading the settings failed. */
  readonly detail?: string;
}

/**
 * `no-api`: this Excel lacks ExcelApi 1.11; `no-separators`: Excel answered with an empty decimal
 * mark or the same one for decimals and groups; `read-failed`: the read was refused.
 */
export type CultureFallbackReason = 'no-api' | 'no-separators' | 'read-failed';

/** Reads Excel's separators in one round trip; the fallback's where Excel cannot tell. */
export async function readNumberCulture(
  run: ExcelRunner,
  fallback: { readonly decimal: string; readonly group: string },
): Promise<NumberCulture> {
  const stand = (reason: CultureFallbackReason, detail?: string): NumberCulture => ({
    ...fallback,
    source: 'fallback',
    reason,
    ...(detail ? { detail } : {}),
  });
  if (!Office.context.requirements.isSetSupported('ExcelApi', '1.11')) return stand('no-api');
  try {
    return await run(async (context) => {
      const app = context.workbook.application;
      app.load('decimalSeparator,thousandsSeparator,useSystemSeparators');
      const system = app.cultureInfo.numberFormat.load(
        'numberDecimalSeparator,numberGroupSeparator',
      );
      await context.sync();
      const own = !app.useSystemSeparators;
      const decimal = own ? app.decimalSeparator : system.numberDecimalSeparator;
      const group = own ? app.thousandsSeparator : system.numberGroupSeparator;
      if (!decimal || decimal === group) return stand('no-separators');
      return { decimal, group, source: 'excel' as const };
    });
  } catch (e) {
    return stand('read-failed', (e as Error).message);
  }
}

/**
 * A cell's value as Excel would show it under a number format of the tool's tables ("0.0%",
 * "#,##0", "#,##0.00"), in the analyst's locale. Other formats and text show as they are.
 */
export function formatCell(value: unknown, numberFormat?: string, locale?: string): string {
  if (value === undefined || value === null || value === '') return '(empty)';
  if (typeof value !== 'number' || !numberFormat) return String(value);
  const section = numberFormat.split(';')[0] ?? '';
  const decimals = /\.([0#]+)/.exec(section)?.[1]?.length ?? 0;
  const percent = section.includes('%');
  return new Intl.NumberFormat(locale, {
    style: percent ? 'percent' : 'decimal',
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: percent || section.includes(','),
  }).format(value);
}

/** What the analyst's cell holds, as the snapshot read it: a formula, or a value to format. */
export function formatYours(yours: string, numberFormat?: string, locale?: string): string {
  if (yours === '(empty)' || yours.startsWith('=')) return yours;
  const n = Number(yours);
  return Number.isFinite(n) && yours.trim() !== '' ? formatCell(n, numberFormat, locale) : yours;
}

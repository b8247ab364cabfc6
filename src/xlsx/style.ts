import type ExcelJS from 'exceljs';

/** The look of a generated workbook (shared by the file writer; Office.js mirrors it). */
export const STYLE = {
  title: { bold: true, size: 14 } as Partial<ExcelJS.Font>,
  heading: { bold: true, size: 12 } as Partial<ExcelJS.Font>,
  note: { italic: true, color: { argb: 'FF595959' } } as Partial<ExcelJS.Font>,
  warning: { color: { argb: 'FF9C5700' } } as Partial<ExcelJS.Font>,
  inputFill: {
    type: 'pattern',
    pattern: 'solid',
    fgColor: { argb: 'FFFFF2CC' },
  } as ExcelJS.Fill,
  tableTheme: 'TableStyleMedium2',
  /** A summary range's header (no table style applies to a plain range). */
  summaryHeader: { bold: true } as Partial<ExcelJS.Font>,
  summaryHeaderFill: {
    type: 'pattern',
    pattern: 'solid',
    fgColor: { argb: 'FFDDEBF7' },
  } as ExcelJS.Fill,
} as const;

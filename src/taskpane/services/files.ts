import type { Grid } from '../../data';
import type { PickedFile } from '../services';

/** Reads a picked file: .xlsx through ExcelJS (loaded only then), anything else as text. */
export async function readPickedFile(file: File): Promise<PickedFile> {
  if (!/\.xlsx$/i.test(file.name)) return { kind: 'text', text: await file.text() };
  const { default: ExcelJS } = await import(/* webpackChunkName: "exceljs" */ 'exceljs');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await file.arrayBuffer());
  const ws = wb.worksheets[0];
  if (!ws) throw new Error(`${file.name} has no worksheet.`);
  const rows: unknown[][] = [];
  let headerRow = 0;
  ws.eachRow({ includeEmpty: false }, (row, number) => {
    const values = (row.values as unknown[])
      .slice(1)
      .map((v) =>
        typeof v === 'object' && v !== null && 'result' in v
          ? (v as { result: unknown }).result
          : v,
      );
    if (headerRow === 0) headerRow = number;
    rows.push(values);
  });
  const [header = [], ...body] = rows;
  const grid: Grid = {
    headers: header.map((h) => String(h ?? '')),
    rows: body,
    headerRow: headerRow || 1,
  };
  return { kind: 'grid', grid };
}

/**
 * excel-rules.md rule 6 ("Work with workbooks: access application culture settings", ExcelApi
 * 1.11): Excel's separators come from its culture settings, not from Office's display language.
 * An English interface with German regional settings reads "30.000" as thirty thousand.
 */
import { readNumberCulture } from '../../src/excel';
import { formatNumber, parseLocaleNumber } from '../../src/taskpane/locale';
import { setNumberCulture } from '../../src/taskpane/numberCulture';
import { DE_DE, EN_US, FakeWorkbook } from '../fakes/fakeExcel';

const ENGLISH_UI = { decimal: '.', group: ',' };
let supported = true;
beforeAll(() => {
  (globalThis as { Office?: unknown }).Office = {
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    context: {
      displayLanguage: 'en-US',
      requirements: { isSetSupported: (_: string, v: string) => supported || v !== '1.11' },
    },
  };
});
afterEach(() => {
  supported = true;
  setNumberCulture(undefined);
});

describe('numbers in the pane under an English interface with German regional settings', () => {
  it('are read and shown with Excel’s separators: "30.000" is 30,000', async () => {
    const wb = new FakeWorkbook(['Sheet1'], { culture: DE_DE });
    const culture = await readNumberCulture(wb.run, ENGLISH_UI);
    expect(culture).toEqual({ decimal: ',', group: '.', source: 'excel' });
    setNumberCulture(culture);
    expect(parseLocaleNumber('30.000', 'en-US')).toEqual({ ok: true, value: 30_000 });
    expect(parseLocaleNumber('1.234,5', 'en-US')).toEqual({ ok: true, value: 1234.5 });
    expect(formatNumber(30_000, 'en-US')).toBe('30.000');
    expect(formatNumber(1234.5, 'en-US', 1)).toBe('1.234,5');
  });

  it('follow Excel’s own separators when it does not use the system’s', async () => {
    const wb = new FakeWorkbook(['Sheet1'], {
      culture: {
        ...EN_US,
        useSystemSeparators: false,
        excelDecimalSeparator: ',',
        excelThousandsSeparator: ' ',
      },
    });
    expect(await readNumberCulture(wb.run, ENGLISH_UI)).toEqual({
      decimal: ',',
      group: ' ',
      source: 'excel',
    });
  });

  it('fall back to the display language before ExcelApi 1.11, and say that they do', async () => {
    supported = false;
    const wb = new FakeWorkbook(['Sheet1'], { culture: DE_DE, excelApi: '1.10' });
    const culture = await readNumberCulture(wb.run, ENGLISH_UI);
    expect(culture).toMatchObject({ decimal: '.', group: ',', source: 'fallback' });
    expect(culture.reason).toBe('no-api');
    setNumberCulture(culture);
    expect(parseLocaleNumber('30,000', 'en-US')).toEqual({ ok: true, value: 30_000 });
  });
});

describe('an Excel without ExcelApi 1.11 (the fake refuses what the set provides)', () => {
  it('has no culture settings to read: asked without checking, it refuses', async () => {
    const wb = new FakeWorkbook(['Sheet1'], { culture: DE_DE, excelApi: '1.10' });
    expect(wb.requirements.isSetSupported('ExcelApi', '1.11')).toBe(false);
    expect(wb.requirements.isSetSupported('ExcelApi', '1.8')).toBe(true);
    await expect(
      wb.run(async (context) => {
        context.workbook.application.load('decimalSeparator');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  it('says why the fallback stands in when reading the settings fails', async () => {
    const wb = new FakeWorkbook(['Sheet1'], { culture: DE_DE, excelApi: '1.10' });
    // An Excel that claims 1.11 yet refuses the read.
    const culture = await readNumberCulture(wb.run, ENGLISH_UI);
    expect(culture).toMatchObject({ source: 'fallback', reason: 'read-failed' });
    expect(culture.detail).toMatch(/ExcelApi 1\.11/);
  });
});

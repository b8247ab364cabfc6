import ExcelJS from 'exceljs';
import { MARKINGS } from '../../src/report';
import { seriousViolations } from './audit';
import { ADOPTED_2026_WITH_ROUND, openPane } from './harness';

/** The copy for France at 350 px (issue 16): what goes in is listed first; Compare is out by default. */
describe('a copy for France at 350 px', () => {
  // The 2026 pool as adopted, the illustrative round, compared with the 2027 proposal.
  const pane = openPane({ ...ADOPTED_2026_WITH_ROUND, noErrorsAfterEach: true });

  it('lists Compare as left out against the 2027 proposal (Art. 12(6)) and sends a copy without it', async () => {
    await pane.page.getByRole('radio', { name: 'Compare' }).click();
    await pane.page.getByRole('combobox', { name: 'Compare this scenario (A) with (B)' }).click();
    await pane.page.getByRole('option', { name: '2027 Commission proposal at the minima' }).click();

    await pane.page.getByRole('tab', { name: 'Share' }).click();
    await pane.page.getByRole('combobox', { name: 'For' }).click();
    await pane.page.getByRole('option', { name: 'France: its lines and the pool totals' }).click();
    const compare = pane.page.getByRole('checkbox', { name: 'Compare' });
    expect(await compare.isChecked()).toBe(false);
    await pane.page
      .getByText(/which has no Council act\. A Commission proposal is not public/)
      .waitFor();
    const marking = pane.page.getByRole('textbox', { name: 'Marking' });
    expect(await marking.inputValue()).toBe(MARKINGS.public);
    // The marking the copy will carry is read whole at 350 px, not cut at the field's edge.
    const shownWhole = (t: HTMLElement) =>
      t.scrollHeight <= t.clientHeight + 1 && t.scrollWidth <= t.clientWidth + 1;
    expect(await marking.evaluate(shownWhole)).toBe(true);
    expect(await seriousViolations(pane.page)).toEqual([]);

    await pane.page.getByRole('button', { name: 'Open a copy for delegations' }).click();
    await pane.page.getByText('Excel was asked to open the copy as a new workbook').waitFor();
    await pane.page
      .getByRole('link', { name: /^Save the copy as a file: Copy for France, .* 2026\.xlsx$/ })
      .waitFor();
    const created = await pane.page.evaluate(
      () => (window as unknown as { __fake: { created: string[] } }).__fake.created,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      Buffer.from(created[created.length - 1]!, 'base64') as unknown as ArrayBuffer,
    );
    const names = wb.worksheets.map((w) => w.name);
    expect(names).not.toContain('Compare');
    expect(names).toEqual(expect.arrayContaining(['Read me', 'Pool', 'Pledges', 'Balance']));
    expect(wb.getWorksheet('Pool')?.getCell('A1').value).toBe(MARKINGS.public);
    expect(await seriousViolations(pane.page)).toEqual([]);
  });
});

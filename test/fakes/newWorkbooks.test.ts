/**
 * The fake's Excel.createWorkbook, including the silent failure of rule 12 (OfficeDev/office-js
 * #3646: "no error but fail silently with no file created", reproduced by Microsoft).
 */
import { FakeWorkbook } from './fakeExcel';

describe('the fake Excel.createWorkbook', () => {
  it('opens the workbook it is given by default', async () => {
    const wb = new FakeWorkbook();
    await wb.createWorkbook('UEsDBA==');
    expect(wb.newWorkbooks.requested).toEqual(['UEsDBA==']);
    expect(wb.newWorkbooks.opened).toEqual(['UEsDBA==']);
  });

  it("in 'silent' mode resolves like a success and opens nothing, which only the test can see", async () => {
    const wb = new FakeWorkbook(['Sheet1'], { createWorkbook: 'silent' });
    await expect(wb.createWorkbook('UEsDBA==')).resolves.toBeUndefined();
    expect(wb.newWorkbooks.requested).toHaveLength(1);
    expect(wb.newWorkbooks.opened).toHaveLength(0);
  });

  it("in 'refused' mode rejects with Excel's internal error and opens nothing", async () => {
    const wb = new FakeWorkbook();
    wb.newWorkbooks.mode = 'refused';
    await expect(wb.createWorkbook('UEsDBA==')).rejects.toMatchObject({
      code: 'GeneralException',
    });
    expect(wb.newWorkbooks.opened).toHaveLength(0);
  });
});

import {
  heldIndicatorSet,
  loadVintage,
  parseIndicatorSet,
  STORED_INDICATOR_SET_KEY,
} from '../../src/data';
import { publishIndicatorSet, remember } from '../../src/excel';
import { FakeWorkbook } from '../fakes/fakeExcel';
import { countedStore } from '../fakes/fakeServices';

describe('publishing the data to the EUPACT functions', () => {
  const counted = countedStore;

  it('stores the set in the workbook and recalculates, once for the same figures', async () => {
    const wb = new FakeWorkbook();
    const store = counted(wb);
    const set = loadVintage('latest');
    expect(await publishIndicatorSet(set, store, wb.run)).toBe(true);
    expect(parseIndicatorSet(wb.settings.get(STORED_INDICATOR_SET_KEY))?.id).toBe('latest');
    expect(heldIndicatorSet()).toBe(set);
    expect([store.saves, wb.syncs]).toEqual([1, 1]);
    // Writing the tables again on the same data: no save, no recalculation of the whole workbook.
    expect(await publishIndicatorSet(loadVintage('latest'), store, wb.run)).toBe(false);
    expect([store.saves, wb.syncs]).toEqual([1, 1]);
    expect(await publishIndicatorSet(loadVintage('2026-reference'), store, wb.run)).toBe(true);
    expect([store.saves, wb.syncs]).toEqual([2, 2]);
  });

  it('remembers a value only when it changes', async () => {
    const wb = new FakeWorkbook();
    const store = counted(wb);
    await remember(store, 'k', { a: 1 });
    await remember(store, 'k', { a: 1 });
    await remember(store, 'k', { a: 2 });
    expect(store.saves).toBe(2);
  });
});

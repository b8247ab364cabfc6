import {
  heldIndicatorSet,
  loadVintage,
  parseIndicatorSet,
  STORED_INDICATOR_SET_KEY,
} from '../../src/data';
import { publishIndicatorSet, readNamed, remember, saveNamed } from '../../src/excel';
import { FakeWorkbook } from '../fakes/fakeExcel';
import { countedStore, fakeStore } from '../fakes/fakeServices';

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

// excel-rules.md rule 11 (Office.Settings reference): each co-author's add-in works on its own
// copy of the settings and saveAsync writes that whole copy; refreshAsync reads the saved ones.
describe('document settings under co-authoring', () => {
  it('keeps a scenario another user saved meanwhile when this user saves one', async () => {
    const wb = new FakeWorkbook();
    const mine = fakeStore(wb);
    const theirs = fakeStore(wb); // opened before mine saved: a stale copy
    await saveNamed(mine, 'pactSolidarity.scenarios', 'mine', { a: 1 });
    await saveNamed(theirs, 'pactSolidarity.scenarios', 'theirs', { b: 2 });
    await mine.refresh();
    expect(Object.keys(readNamed(mine, 'pactSolidarity.scenarios')).sort()).toEqual([
      'mine',
      'theirs',
    ]);
  });

  it('keeps the other user’s entries when this one remembers its last scenario', async () => {
    const wb = new FakeWorkbook();
    const mine = fakeStore(wb);
    const theirs = fakeStore(wb);
    await saveNamed(theirs, 'pactSolidarity.scenarios', 'theirs', { b: 2 });
    await remember(mine, 'pactSolidarity.lastScenario', { c: 3 });
    expect(wb.settings.get('pactSolidarity.scenarios')).toBe('{"theirs":{"b":2}}');
  });
});

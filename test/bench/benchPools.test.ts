import { GENERATION_POOLS } from '../../bench/taskpane';
import { presetReport } from '../helpers/reports';

/**
 * `npm run bench` measures the generation on these pools before it reaches the browser figures: a
 * pool the methodology refuses stops the whole bench (as a Dublin-associated state in Annex I's key
 * once did), so each must be one the methodology takes.
 */
describe('the pools npm run bench generates', () => {
  it.each(GENERATION_POOLS)('%s: a report the methodology computes', (_label, participants) => {
    const report = presetReport('latest', { participants: [...participants] });
    expect(report.spec.sheets.length).toBeGreaterThan(0);
  });
});

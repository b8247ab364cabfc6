import { indicatorInfo, loadVintage, seriesOf } from '../../src/data';
import { presetReport } from '../helpers/reports';

describe('every sheet names where its figures come from', () => {
  const report = presetReport('latest');
  const notes = (sheet: string) =>
    report.spec.sheets
      .find((s) => s.name === sheet)!
      .blocks.flatMap((b) => (b.kind === 'text' ? [b.text] : []))
      .join(' ');
  const data = ['population', 'gdp', 'temporaryProtection', 'asylumFirstTime', 'irregularArrivals'];

  it.each([
    ['Fair share', ['population', 'gdp']],
    ['Pressure', ['temporaryProtection', 'asylumFirstTime', 'irregularArrivals']],
  ])('%s names the dataset and release of each series it uses', (sheet, indicators) => {
    const set = loadVintage('latest');
    for (const id of indicators) {
      const s = seriesOf(set, id)!;
      expect(notes(sheet)).toContain(
        `${indicatorInfo(id).label} ${s.period}: ${s.provenance.dataset}, release ${s.provenance.release}`,
      );
    }
  });

  it('lists every series in the Sources table of the Methodology sheet', () => {
    const sources = report.spec.sheets
      .find((s) => s.name === 'Methodology')!
      .blocks.find((b) => b.kind === 'table' && b.table.name === 'Sources');
    expect(sources?.kind === 'table' && sources.table.rows.map((r) => r[0])).toEqual(
      data.map((id) => indicatorInfo(id).label),
    );
  });
});

import { PRESETS } from '../../src/data';
import { ENGLISH } from '../../src/report/words';
import { reportOf } from '../../src/taskpane/generate';
import { poolName } from '../../src/taskpane/shell/poolWords';
import { draftFromPreset, initialState } from '../../src/taskpane/state';

/** Every text the workbook's sheets hold (titles, headings, paragraphs, cells). */
function textsOf(spec: ReturnType<typeof reportOf>['spec']): string {
  return JSON.stringify(spec.sheets.map((s) => s.blocks));
}

describe('the workbook names the pool as the pane does (issue 16: no internal ids)', () => {
  it.each(PRESETS.map((p) => [p.id, p] as const))(
    '%s: the English pane’s name of the pool is the name the workbook gives it',
    (_, preset) => {
      expect(preset.label).toBe(poolName(preset, ENGLISH));
    },
  );

  it('the tables written for the adopted 2026 pool say “2026 pool as adopted by the Council”, never “2026-council”', () => {
    const state = {
      ...initialState(),
      vintage: '2026-reference',
      scenario: draftFromPreset('2026-council'),
    };
    const report = reportOf(state, {
      now: () => new Date('2026-11-24T10:00:00Z'),
      toolVersion: 't',
    });
    const texts = textsOf(report.spec);
    expect(texts).toContain('Scenario: 2026 pool as adopted by the Council');
    expect(texts).not.toMatch(/\b2026-council\b/);
    expect(report.spec.properties.title).toBe(
      'Annual Solidarity Pool: 2026 pool as adopted by the Council (as set in the task pane)',
    );
  });
});

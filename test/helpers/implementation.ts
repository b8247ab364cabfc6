import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readImplementationCsv, readNeedsCsv } from '../../src/data';
import { withImplementation, type ImplementationRound, type PoolReport } from '../../src/report';
import { examplePledging, richPledging } from './pledging';
import { presetReport } from './reports';
import { record } from './records';

const EXAMPLES = join(__dirname, '../../src/data/examples');
export const EXAMPLE_IMPLEMENTATION = join(EXAMPLES, 'implementation-2026-illustrative.csv');
export const EXAMPLE_NEEDS = join(EXAMPLES, 'needs-2026-illustrative.csv');

/** The illustrative 2026 records and needs, with the assumptions the example's notes state. */
export function exampleImplementation(
  report: PoolReport,
  change: Partial<ImplementationRound> = {},
): ImplementationRound {
  const records = readImplementationCsv(
    readFileSync(EXAMPLE_IMPLEMENTATION, 'utf8'),
    report.result.participants,
  );
  const needs = readNeedsCsv(readFileSync(EXAMPLE_NEEDS, 'utf8'), report.result.benefitting);
  const issues = [...records.issues, ...needs.issues];
  if (issues.length > 0) throw new Error(issues.map((i) => i.message).join('; '));
  return {
    year: 2026,
    records: records.records,
    needs: needs.needs,
    source:
      'the illustrative 2026 records (src/data/examples/implementation-2026-illustrative.csv)',
    systemicShortcomings: ['CY'],
    ...change,
  };
}

/** 2026-council with the illustrative pledges, records and needs (a test SAR share, not the act's). */
export function implementationReport(change: Partial<ImplementationRound> = {}) {
  const report = presetReport('2026-council', {}, examplePledging());
  return withImplementation(
    report,
    exampleImplementation(report, { sarShare: 0.25, sarStates: ['ES', 'IT'], ...change }),
  );
}

/**
 * The illustrative round with invented money and alternative measures added (the Netherlands,
 * Sweden, France), an ad hoc contributor (Norway, Art. 13(1)), and records of them, so that every
 * branch of the sheet holds a figure: the financial distribution, Art. 57(4) conversions at the
 * year end, Art. 64(4), the ad hoc contributors' rows. France's request is `france` ('not-yet' by
 * default: the year end converts what was not delivered; 'no': the round already converted it).
 * Test data only, never shipped.
 */
export function moneyImplementationReport(france: 'not-yet' | 'no' = 'not-yet') {
  const example = examplePledging();
  const pledges = [
    ...example.pledges.filter((p) => p.code !== 'FR'),
    {
      code: 'FR',
      relocations: 3361,
      financialEur: 0,
      alternativeEur: 5e6,
      offsets: 0,
      alternativeRequested: france,
    },
    { code: 'NO', relocations: 30, financialEur: 8e6, alternativeEur: 0, offsets: 0 },
    {
      code: 'NL',
      relocations: 0,
      financialEur: 30e6,
      alternativeEur: 2e6,
      offsets: 0,
      alternativeRequested: 'yes' as const,
    },
    { code: 'SE', relocations: 0, financialEur: 10e6, alternativeEur: 0, offsets: 40 },
  ];
  const report = presetReport('2026-council', {}, { ...example, pledges });
  const base = exampleImplementation(report);
  return withImplementation(report, {
    ...base,
    sarShare: 0.25,
    sarStates: ['ES', 'IT'],
    records: [
      ...base.records,
      record('2026-09-30', 'NL', 'IT', 'financial', 10e6),
      record('2026-10-15', 'NL', 'CY', 'alternative', 2e6),
      record('2026-11-30', 'SE', '', 'financial', 10e6),
      record('2026-12-20', 'SE', 'ES', 'offset', 25),
      record('2026-10-01', 'NO', 'IT', 'relocation', 12),
      record('2026-11-15', 'NO', '', 'financial', 1e6),
    ],
    typed: [{ code: 'EL', type: 'financial', value: 15e6 }],
  });
}

/**
 * The rich test round (`richPledging`: a deduction on the pledges, one anticipated on the fair
 * share, alternative measures at a jointly set value, converted, not yet requested, Norway ad hoc)
 * with Bulgaria pledging 60 relocations, and records that meet each of those pledges as the pool
 * to be implemented counts them. Test data only, never shipped.
 */
export function richImplementationReport() {
  const rich = richPledging();
  const pledges = [
    ...rich.pledges,
    { code: 'BG', relocations: 60, financialEur: 0, alternativeEur: 0, offsets: 0 },
  ];
  const report = presetReport('2026-council', {}, { ...rich, pledges });
  const base = exampleImplementation(report);
  return withImplementation(report, {
    ...base,
    records: [
      record('2026-08-01', 'BG', 'ES', 'relocation', 60),
      record('2026-08-15', 'SI', 'IT', 'relocation', 30),
      record('2026-09-01', 'SI', 'IT', 'relocation', 1),
      record('2026-09-10', 'BE', 'IT', 'alternative', 4e6),
      record('2026-10-10', 'BE', 'IT', 'alternative', 0.5e6),
      record('2026-10-20', 'NL', '', 'financial', 55e6),
      record('2026-11-02', 'NO', 'IT', 'relocation', 50),
      record('2026-11-20', 'NO', '', 'financial', 10e6),
    ],
  });
}

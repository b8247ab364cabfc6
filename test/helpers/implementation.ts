import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readImplementationCsv, readNeedsCsv } from '../../src/data';
import { withImplementation, type ImplementationRound, type PoolReport } from '../../src/report';
import { examplePledging } from './pledging';
import { presetReport } from './reports';

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
 * Sweden, France), and records of them, so that every branch of the sheet holds a figure: the
 * financial distribution, Art. 57(4) conversions, Art. 64(4). Test data only, never shipped.
 */
export function moneyImplementationReport() {
  const example = examplePledging();
  const pledges = [
    ...example.pledges.filter((p) => p.code !== 'FR'),
    {
      code: 'FR',
      relocations: 3361,
      financialEur: 0,
      alternativeEur: 5e6,
      offsets: 0,
      alternativeRequested: 'no' as const,
    },
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
  const record = (
    date: string,
    contributing: string,
    benefitting: string,
    type: 'financial' | 'alternative' | 'offset',
    amount: number,
  ) => ({ date, contributing, benefitting, type, amount });
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
    ],
    typed: [{ code: 'EL', type: 'financial', value: 15e6 }],
  });
}

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

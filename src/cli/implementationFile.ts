import { basename } from 'node:path';
import type { Implementation } from '../core';
import { readImplementationCsv, readNeedsCsv, type ReadIssue } from '../data';
import { withImplementation, type ImplementationRound, type PoolReport } from '../report';
import { implementationJson } from './implementationJson';
import { listIssues, readInputFile } from './readFiles';

/** An implementation-records or needs file that cannot be used: every problem, by line and column. */
export class ImplementationFileError extends Error {}

function refuse(path: string, issues: readonly ReadIssue[]): void {
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length === 0) return;
  throw new ImplementationFileError(
    `${errors.length} ${errors.length === 1 ? 'problem' : 'problems'} in ${path}; nothing was written:\n${listIssues(path, errors, false)}`,
  );
}

export interface ImplementationFiles {
  readonly records: string;
  readonly needs: string | undefined;
  /** The pool's year: given, or the year the scenario's name starts with, or this year. */
  readonly year: number;
  readonly sarShare?: number;
  readonly sarStates?: readonly string[];
  readonly systemicShortcomings?: readonly string[];
}

/** The report with its Implementation sheet, from the records (and needs) files. */
export function addImplementation(report: PoolReport, files: ImplementationFiles) {
  const records = readImplementationCsv(
    readInputFile(files.records, 'implementation records', ImplementationFileError),
    report.result.participants,
  );
  refuse(files.records, records.issues);
  let needs: ImplementationRound['needs'] = [];
  if (files.needs) {
    const sheet = readNeedsCsv(
      readInputFile(files.needs, 'needs', ImplementationFileError),
      report.result.benefitting,
    );
    refuse(files.needs, sheet.issues);
    needs = sheet.needs;
  }
  return withImplementation(report, {
    year: files.year,
    records: records.records,
    needs,
    source: `the file ${basename(files.records)}${files.needs ? ` (needs: ${basename(files.needs)})` : ''}`,
    ...(files.sarShare === undefined ? {} : { sarShare: files.sarShare }),
    ...(files.sarStates ? { sarStates: files.sarStates } : {}),
    ...(files.systemicShortcomings ? { systemicShortcomings: files.systemicShortcomings } : {}),
  });
}

/** The report with the Implementation sheet where --implementation asks for it, else unchanged. */
export function implementationFromOptions(
  report: PoolReport,
  options: {
    implementation?: string | undefined;
    needs?: string | undefined;
    year?: number | undefined;
  },
  scenarioId: string,
  now: Date,
): PoolReport & { readonly implementation?: Implementation } {
  if (!options.implementation) return report;
  const named = /^(\d{4})-/.exec(scenarioId)?.[1];
  return addImplementation(report, {
    records: options.implementation,
    needs: options.needs,
    year: options.year ?? (named ? Number(named) : now.getUTCFullYear()),
  });
}

/** `--json` with the `implementation` part added where there is one. */
export function withImplementationJson<T>(
  json: T,
  report: { readonly implementation?: Implementation },
): T | (Record<string, unknown> & { implementation: ReturnType<typeof implementationJson> }) {
  if (!report.implementation) return json;
  const base = Array.isArray(json) ? { pool: json } : (json as Record<string, unknown>);
  return { ...base, implementation: implementationJson(report.implementation) };
}

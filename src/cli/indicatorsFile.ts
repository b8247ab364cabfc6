import { basename } from 'node:path';
import { stateName } from '../core';
import {
  composeIndicatorSet,
  fileProvenance,
  gapsOf,
  indicatorInfo,
  INDICATORS,
  periodsOf,
  readIndicatorFile,
  toSeries,
  type IndicatorSeries,
  type IndicatorSet,
} from '../data';
import { UsageError, type IndicatorFileSpec } from './options';
import { conventionNote } from './conventionNote';
import type { FileReadingOptions } from './fileReading';
import { listIssues, readInputFile } from './readFiles';

/** An indicator file that cannot be used: every problem by line and column; nothing is written. */
export class IndicatorsFileError extends Error {}

/** A JSON-stat file names its Eurostat dataset ("Eurostat demo_pjan"): the indicator it holds. */
function indicatorNamedBy(dataset: string | undefined): string | undefined {
  if (!dataset) return undefined;
  const words = dataset.toLowerCase().split(/[^a-z0-9_]+/);
  return INDICATORS.find((i) => i.eurostatDataset && words.includes(i.eurostatDataset))?.id;
}

/**
 * One indicator file read, validated and reviewed as the task pane does (src/data: format detected,
 * the same readers and toSeries), except that the command line never loads part of a file: a file
 * with any refused row is refused whole, and a fair-share indicator must cover every participant.
 */
function readOne(
  spec: IndicatorFileSpec,
  participants: readonly string[],
  now: Date,
  reading: FileReadingOptions,
): { series: IndicatorSeries; notes: string[] } {
  const path = spec.file;
  const read = readIndicatorFile(readInputFile(path, 'indicators', IndicatorsFileError), {
    ...(reading.decimal ? { decimal: reading.decimal } : {}),
    ...(reading.columns ? { columns: reading.columns } : {}),
    // A header one letter from a needed name is used, with a note (the pane asks first).
    nearHeaders: 'accept',
  });
  const convention = conventionNote(path, read.numbers);
  const indicator = spec.indicator ?? indicatorNamedBy(read.metadata.dataset);
  if (!indicator) {
    throw new UsageError(
      `--indicators ${path}: the file does not say which indicator it holds: write ` +
        `--indicators ID=${path}, ID one of ${INDICATORS.map((i) => i.id).join(', ')}.`,
    );
  }
  const periods = periodsOf(read.rows);
  if (spec.period !== undefined && !periods.includes(spec.period) && periods.length > 0) {
    throw new UsageError(
      `--indicators ${indicator}:${spec.period}=${path}: the file has no ${spec.period}: it holds ${periods.join(', ')}.`,
    );
  }
  if (spec.period === undefined && periods.length > 1) {
    throw new UsageError(
      `--indicators ${path}: the file holds ${periods.length} periods (${periods.join(', ')}): ` +
        `choose one, e.g. --indicators ${indicator}:${periods[periods.length - 1]}=${path}.`,
    );
  }
  const result = toSeries(read, {
    indicator,
    ...(spec.period !== undefined ? { period: spec.period } : {}),
    provenance: fileProvenance(basename(path), read.metadata, now),
  });
  const label = `${indicatorInfo(indicator).label} (${read.format})`;
  const errors = result.issues.filter((i) => i.severity === 'error');
  if (errors.length > 0 || !result.series) {
    throw new IndicatorsFileError(
      `${path}: ${label}: ${errors.length} ${errors.length === 1 ? 'problem' : 'problems'}; the file is refused whole and nothing was written:\n${listIssues(path, errors, true)}` +
        convention.map((c) => `\n${c}`).join(''),
    );
  }
  const series = result.series;
  if (indicatorInfo(indicator).role === 'fair-share') {
    // Annex I: the fair share needs every participant's figure; a gap is never zero.
    const missing = gapsOf(series, participants);
    if (missing.length > 0) {
      throw new IndicatorsFileError(
        `${path}: ${label} ${series.period} has no value for ${missing.map((c) => `${stateName(c)} (${c})`).join(', ')}: ` +
          'the fair share (Annex I) needs every participant; nothing was written.',
      );
    }
  }
  const warnings = result.issues.filter((i) => i.severity === 'warning');
  const notes = [
    ...convention,
    ...(warnings.length === 0
      ? []
      : [
          `${path}: ${warnings.length} ${warnings.length === 1 ? 'row' : 'rows'} skipped or left as gaps:\n${listIssues(path, warnings, true)}`,
        ]),
  ];
  return { series, notes };
}

/**
 * The data with the series of the given files in place of the bundled ones; each file's dataset,
 * release and source go with its series into every table (composeIndicatorSet).
 */
export function withIndicatorFiles(
  base: IndicatorSet,
  specs: readonly IndicatorFileSpec[],
  participants: readonly string[],
  now: Date,
  reading: FileReadingOptions = { decimal: undefined, columns: undefined },
): { data: IndicatorSet; notes: string[] } {
  if (specs.length === 0) return { data: base, notes: [] };
  const replacements: IndicatorSeries[] = [];
  const notes: string[] = [];
  for (const spec of specs) {
    const { series, notes: more } = readOne(spec, participants, now, reading);
    if (replacements.some((s) => s.indicator === series.indicator)) {
      throw new UsageError(
        `--indicators: two files for ${series.indicator} (the second is ${spec.file}): give one file per indicator.`,
      );
    }
    replacements.push(series);
    notes.push(...more);
  }
  return { data: composeIndicatorSet(base, replacements), notes };
}

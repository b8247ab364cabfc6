import { clipText as clip, INDICATORS } from '../data';
import { UsageError, type IndicatorFileSpec } from './options';

const INDICATOR_SPEC = /^([A-Za-z][A-Za-z0-9]*)(?::([^=]+))?=(.+)$/;

/** `population=demo.csv`, `gdp:2024=nama.tsv` or a file alone (JSON-stat names its dataset). */
export function indicatorFileSpec(raw: string): IndicatorFileSpec {
  const m = INDICATOR_SPEC.exec(raw);
  if (!m) {
    if (raw.trim() === '') throw new UsageError('--indicators needs a file name.');
    return { file: raw, indicator: undefined, period: undefined };
  }
  const [, name, period, file] = m as unknown as [string, string, string | undefined, string];
  const info = INDICATORS.find((i) => i.id.toLowerCase() === name.toLowerCase());
  if (!info) {
    throw new UsageError(
      `--indicators ${clip(raw)}: unknown indicator "${clip(name)}": choose ${INDICATORS.map((i) => i.id).join(', ')} ` +
        '(a file whose name has "=" in it: write it as ./NAME).',
    );
  }
  return { file, indicator: info.id, period: period?.trim() };
}

import { clipText as clip, type ColumnMap, type ColumnRole, type DecimalMark } from '../data';

/**
 * `--decimal comma|point` and `--map geo=COL,period=COL,value=COL[,flag=COL]`: how the command line
 * reads the indicator and pledges files it is given (src/data/numberConvention.ts, readers/columns.ts).
 */
export interface FileReadingOptions {
  /** Overrides the convention each file's separator and figures would give. */
  readonly decimal: DecimalMark | undefined;
  /** The columns of files whose headers are not geo,year,value. */
  readonly columns: ColumnMap | undefined;
}

export const FILE_READING_USAGE = `  --decimal comma|point    how the --indicators and --pledges files write decimals (default:
                           decided per file, said in a note: semicolon-separated files with
                           decimal commas)
  --map geo=COL,period=COL,value=COL[,flag=COL]
                           which columns of the --indicators files hold the state, the period,
                           the value and the flags, where the headers are not geo,year,value`;

/** A mistake in the option, for the caller to raise as its usage error (exit code 2). */
type Fail = (message: string) => never;

export function decimalOption(raw: string | undefined, fail: Fail): DecimalMark | undefined {
  if (raw === undefined) return undefined;
  const v = raw.trim().toLowerCase();
  if (v === 'comma' || v === 'point') return v;
  fail(`--decimal must be comma or point, got "${clip(raw)}".`);
}

const ROLES: readonly ColumnRole[] = ['geo', 'period', 'value', 'flag'];

export function mapOption(raw: string | undefined, fail: Fail): ColumnMap | undefined {
  if (raw === undefined) return undefined;
  const map: Partial<Record<ColumnRole, string>> = {};
  for (const part of raw.split(',')) {
    const m = /^\s*([A-Za-z]+)\s*=\s*(.*?)\s*$/.exec(part);
    const role = m?.[1]?.toLowerCase() as ColumnRole | undefined;
    if (!m || !role || !ROLES.includes(role) || m[2] === '') {
      fail(
        `--map ${clip(raw)}: write ROLE=COLUMN pairs separated by commas, ROLE one of ${ROLES.join(', ')} ` +
          '(e.g. --map geo=Land,period=Jahr,value=Wert).',
      );
    }
    if (map[role] !== undefined) fail(`--map names ${role} twice.`);
    map[role] = m[2] as string;
  }
  return map;
}

import { main } from '../../src/cli/pool';

/** What one run of the command line returned and printed. */
export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/**
 * Runs `npm run pool` in-process, capturing what it prints, at a fixed time (the workbook records
 * it) and, when given, from `folder` as the user's current folder (npm's INIT_CWD).
 */
export async function runCli(
  argv: readonly string[],
  { folder, now = new Date('2026-11-27T12:00:00Z') }: { folder?: string; now?: Date } = {},
): Promise<CliRun> {
  let out = '';
  let err = '';
  const o = jest
    .spyOn(process.stdout, 'write')
    .mockImplementation((s) => ((out += String(s)), true));
  const e = jest
    .spyOn(process.stderr, 'write')
    .mockImplementation((s) => ((err += String(s)), true));
  try {
    const code = await main(argv, now, folder);
    return { code, out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

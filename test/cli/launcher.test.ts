import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// `npm run pool` starts from built JavaScript (scripts/pool.cjs), rebuilt whenever an input changed.
const build = require('../../scripts/cli-build.cjs') as {
  ensureBuilt: (o?: { quiet?: boolean }) => string;
  stampOfInputs: () => string;
  OUT_FILE: string;
  STAMP: string;
};
const ROOT = join(__dirname, '../..');
const pool = (...argv: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'scripts/pool.cjs'), ...argv], { encoding: 'utf8' });

describe('the command line’s launcher', () => {
  it('runs the built file when it is current, without building', () => {
    build.ensureBuilt({ quiet: true });
    const stamp = build.stampOfInputs();
    const r = pool('--version');
    expect(r.status).toBe(0);
    // Unless a source changed meanwhile (engineers editing this tree), nothing was built.
    if (build.stampOfInputs() === stamp) expect(r.stderr).toBe('');
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(r.stdout).toBe(`${pkg.version}\n`);
  });

  it('rebuilds when an input changed since the last build (never runs a stale build)', () => {
    build.ensureBuilt({ quiet: true });
    writeFileSync(build.STAMP, 'a stamp of other sources');
    const r = pool('--version');
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/building the command line/);
    expect(readFileSync(build.STAMP, 'utf8')).toBe(build.stampOfInputs());
  });

  it('passes the exit code and the one-line errors through', () => {
    const r = pool('--relocations', '2.5', '--json');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^pool: --relocations must be a whole number/);
  });

  it('npm run pool from a sub-folder reads --pledges and writes --out there (INIT_CWD)', () => {
    // A folder inside the package, as an analyst's working folder would be (test-output is ignored).
    mkdirSync(join(ROOT, 'test-output'), { recursive: true });
    const sub = mkdtempSync(join(ROOT, 'test-output', 'cli-sub-'));
    writeFileSync(join(sub, 'mine.csv'), 'code,relocations\nFR,100\n');
    const r = spawnSync(
      'npm',
      ['run', '--silent', 'pool', '--', '--pledges', 'mine.csv', '--out', 'x.xlsx'],
      {
        cwd: sub,
        encoding: 'utf8',
      },
    );
    expect(r.stderr.replace(/^pool: building.*\n/, '')).toBe('');
    expect(r.status).toBe(0);
    expect(existsSync(join(sub, 'x.xlsx'))).toBe(true);
    expect(existsSync(join(ROOT, 'x.xlsx'))).toBe(false);
    rmSync(sub, { recursive: true, force: true });
  }, 30_000);
});

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** A LibreOffice profile that recalculates every formula of an .xlsx on load (OOXMLRecalcMode 0). */
function freshProfile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pact-lo-profile-'));
  mkdirSync(join(dir, 'user'), { recursive: true });
  writeFileSync(
    join(dir, 'user', 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  return dir;
}

/**
 * Opens each workbook in headless LibreOffice, recalculates it and saves it again as .xlsx; returns
 * the paths of the recalculated copies (same order). soffice exits 0 even when it fails, so the
 * outputs are checked.
 */
export function recalculate(inputs: readonly string[]): string[] {
  const outDir = mkdtempSync(join(tmpdir(), 'pact-lo-out-'));
  const run = spawnSync(
    'soffice',
    [
      `-env:UserInstallation=${pathToFileURL(freshProfile()).href}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'xlsx:Calc MS Excel 2007 XML',
      '--outdir',
      outDir,
      ...inputs,
    ],
    { encoding: 'utf8', timeout: 120_000 },
  );
  if (run.error) {
    throw new Error(
      `LibreOffice could not run (${run.error.message}): install it with ` +
        '`apt-get install -y --no-install-recommends libreoffice-calc-nogui` (.ci/run does).',
    );
  }
  return inputs.map((input) => {
    const out = join(outDir, basename(input));
    if (!existsSync(out)) {
      throw new Error(`LibreOffice did not convert ${input}: ${run.stdout} ${run.stderr}`);
    }
    return out;
  });
}

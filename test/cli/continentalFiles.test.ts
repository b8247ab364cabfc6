import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  germanGdpCsv,
  germanPledgesCsv,
  germanPopulationCsv,
  mixedGdpCsv,
} from '../helpers/continentalFiles';
import { runCli } from '../helpers/cli';

const folder = mkdtempSync(join(tmpdir(), 'pact-cli-continental-'));
const file = (name: string, text: string) => {
  writeFileSync(join(folder, name), text);
  return name;
};
const run = (...argv: string[]) => runCli(argv, { folder });
const fairShares = (json: string) =>
  (JSON.parse(json) as { states: { code: string; fairShare: number }[] }).states.map((r) => [
    r.code,
    r.fairShare,
  ]);

describe('the command line reads files as continental Excel saves them (issue 18)', () => {
  const population = file('population-de.csv', germanPopulationCsv());
  const gdp = file('gdp-de.csv', germanGdpCsv());

  it('reads `AT;2026;9.215.956` and `AT;2024;494087,6`, says how, and computes the pool of the bundled figures', async () => {
    // The bundled data of the same releases: population 1 January 2026 (demo_gind), GDP 2024.
    const bundled = await run('--json', '--data', 'first-estimates-2026');
    const german = await run(
      '--json',
      '--data',
      'first-estimates-2026',
      '--indicators',
      `population:2026=${population}`,
      '--indicators',
      `gdp:2024=${gdp}`,
    );
    expect(german.code).toBe(0);
    expect(fairShares(german.out)).toEqual(fairShares(bundled.out));
    expect(german.err).toContain(
      'population-de.csv: Semicolon-separated: read with decimal commas (a dot, a space or a no-break space between thousands), as "9.215.956" on line 2 shows. If the file writes decimal points, run again with --decimal point.',
    );
    expect(german.err).toContain('gdp-de.csv: Semicolon-separated: read with decimal commas');
    expect(german.err).toContain('as "494087,6" on line 2 shows');
  });

  it('reads with decimal points when told, and then refuses every figure, naming each', async () => {
    const r = await run('--json', '--decimal', 'point', '--indicators', `gdp:2024=${gdp}`);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/gdp-de\.csv: .*30 problems; the file is refused whole/);
    expect(r.err).toMatch(/gdp-de\.csv:2: column value: "494087,6" for AT has a comma/);
    expect(r.err).toContain('Read with decimal points, as you chose.');
  });

  it('refuses a file that writes numbers both ways, offering --decimal', async () => {
    const mixed = file('gdp-mixed.csv', mixedGdpCsv());
    const r = await run('--json', '--indicators', `gdp:2024=${mixed}`);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(
      /gdp-mixed\.csv:1: column value: The file writes numbers both ways: "494087,6" \(line 2\) only with a decimal comma, "2919899\.9" \(line 13\) only with a decimal point.*--decimal comma or --decimal point/,
    );
    const chosen = await run('--json', '--decimal', 'comma', '--indicators', `gdp:2024=${mixed}`);
    expect(chosen.code).toBe(1);
    expect(chosen.err).toMatch(/3 problems/);
    expect(chosen.err).toMatch(
      /gdp-mixed\.csv:13: column value: "2919899\.9" for FR has a decimal point/,
    );
  });

  it('maps unknown headers with --map, and reads a header one letter off with a note', async () => {
    const renamed = germanPopulationCsv().replace('geo;year;value', 'Land;Jahr;Einwohner');
    const mapped = file('population-mapped.csv', renamed);
    const refused = await run('--json', '--indicators', `population:2026=${mapped}`);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/lacks the columns geo \(the Eurostat country code\), year, value/);
    const read = await run(
      '--json',
      '--map',
      'geo=Land,period=Jahr,value=Einwohner',
      '--indicators',
      `population:2026=${mapped}`,
    );
    expect(read.code).toBe(0);
    const typo = file('population-yaer.csv', germanPopulationCsv().replace(';year;', ';yaer;'));
    const near = await run('--json', '--indicators', `population:2026=${typo}`);
    expect(near.code).toBe(0);
    expect(near.err).toContain(
      'The column "yaer" was read as year, one letter from it: rename it "year" if that is right.',
    );
  });

  it('reads a semicolon-separated --pledges file with `1.234,5` amounts, says how, and refuses one written both ways', async () => {
    const pledges = file('pledges-de.csv', germanPledgesCsv());
    const r = await run('--json', '--scenario', '2026-council', '--pledges', pledges);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as {
      states: { code: string; pledged?: { financialEur: number; alternativeEur: number } }[];
    };
    const fr = json.states.find((s) => s.code === 'FR');
    expect(fr?.pledged).toMatchObject({ financialEur: 67_220_000, alternativeEur: 1234.5 });
    expect(r.err).toContain(
      'pledges-de.csv: Semicolon-separated: read with decimal commas (a dot, a space or a no-break space between thousands), as "67.220.000" on line 3 shows. If the file writes decimal points, run again with --decimal point.',
    );
    const mixed = file('pledges-mixed.csv', germanPledgesCsv(['NL;;2500000.75;;;;;ILLUSTRATIVE']));
    const refused = await run('--json', '--scenario', '2026-council', '--pledges', mixed);
    expect(refused.code).toBe(1);
    expect(refused.out).toBe('');
    expect(refused.err).toMatch(
      /pledges-mixed\.csv:1: The file writes numbers both ways: "67\.220\.000" \(line 3\) only with a decimal comma, "2500000\.75" \(line 5\) only with a decimal point/,
    );
    const chosen = await run('--json', '--decimal', 'comma', '--pledges', mixed);
    expect(chosen.code).toBe(1);
    expect(chosen.err).toMatch(
      /pledges-mixed\.csv:5: NL, column financial_eur: "2500000\.75" has a decimal point/,
    );
    expect(chosen.err).toContain('pledges-mixed.csv: Read with decimal commas, as you chose.');
  });

  it.each([
    [['--decimal', 'dot'], /--decimal must be comma or point, got "dot"/],
    [['--map', 'geo'], /--map geo: write ROLE=COLUMN pairs/],
    [['--map', 'geo=A,geo=B'], /--map names geo twice/],
  ])('%j is a usage error (exit 2)', async (argv, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });
});

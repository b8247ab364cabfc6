import { EXAMPLE_PLEDGES } from '../helpers/pledging';
import { runCli } from '../helpers/cli';

interface Pool {
  relocations: number;
  offsets: number;
  financialEur: number;
  alternativeEur: number;
  valueEur: number;
}
interface Out {
  schema: number;
  scenario: {
    commission: { relocations: number; financialEur: number };
    council: { relocations: number; financialEur: number } | null;
    fairShareBasis: string;
    reconvenedForum: boolean;
    systemicShortcomings: {
      code: string;
      decision: { article: string; reference: string | null };
    }[];
    readings: { art63Cap: string; art63Split: string };
    sar: { share: number | null; states: string[] };
    benefitting: { isDefault: boolean };
  };
  sources: { indicator: string; dataset: string; release: string }[];
  states: Record<string, unknown>[];
  pools: { reference: Pool; pledged: Pool; toImplement: Pool };
  art63: {
    requestThreshold: number;
    requestMet: boolean;
    mandatory: string;
    target: number;
    netTest: { pledges: number; below: boolean };
  } | null;
}

async function json(...argv: string[]): Promise<Out> {
  const r = await runCli(['--json', ...argv]);
  expect(r.code).toBe(0);
  return JSON.parse(r.out) as Out;
}

const ROUND = ['--scenario', '2026-council', '--pledges', EXAMPLE_PLEDGES];

describe('--json, the documented contract (schema 3)', () => {
  it('has exactly the documented parts, and each state the documented fields', async () => {
    const j = await json(...ROUND);
    expect(Object.keys(j)).toEqual([
      'schema',
      'scenario',
      'sources',
      'states',
      'adHoc',
      'pools',
      'art63',
    ]);
    expect(j.schema).toBe(3);
    expect(Object.keys(j.pools)).toEqual(['reference', 'pledged', 'toImplement']);
    for (const p of Object.values(j.pools)) {
      expect(Object.keys(p)).toEqual([
        'relocations',
        'offsets',
        'financialEur',
        'alternativeEur',
        'valueEur',
      ]);
    }
    for (const key of [
      'code',
      'fairShare',
      'relocations',
      'financialEur',
      'persons',
      'deduction',
      'obliged',
      'notObligedBecause',
    ]) {
      expect(j.states[0]).toHaveProperty(key);
    }
    expect(j.sources.map((s) => s.indicator)).toEqual(
      expect.arrayContaining(['population', 'gdp']),
    );
    expect(j.sources.every((s) => s.dataset !== '' && s.release !== '')).toBe(true);
  });

  // Art. 63(1) "the number indicated in the Commission proposal"; Art. 63(3) "following the meeting
  // of the High-Level Forum convened in accordance with Article 13(4)".
  it('2026-council with the illustrative round: 15,000 to request offsets; conditional until the Forum is reconvened', async () => {
    const j = await json(...ROUND);
    expect([j.scenario.commission.relocations, j.scenario.council?.relocations]).toEqual([
      30_000, 21_000,
    ]);
    expect(j.art63).toMatchObject({
      requestThreshold: 15_000,
      requestMet: false,
      mandatory: 'conditional',
      target: 30_000,
      netTest: { pledges: 7_916, below: true },
    });
    expect(j.states.every((s) => s.mandatoryOffsets === 0)).toBe(true);
    const after = await json(...ROUND, '--reconvened-forum');
    expect(after.scenario.reconvenedForum).toBe(true);
    expect(after.art63?.mandatory).toBe('applies');
    // Art. 60(3): the benefitting and the fully deducted states owe nothing.
    expect(after.states.filter((s) => !s.obliged).every((s) => s.mandatoryOffsets === 0)).toBe(
      true,
    );
  });

  it('gives the three pools: the benefitting and exempted states are outside the pool to be implemented', async () => {
    const j = await json(...ROUND);
    expect(j.pools.reference.relocations).toBeCloseTo(21_000, 6);
    expect(j.pools.pledged.relocations).toBe(7_916);
    expect(j.pools.toImplement.relocations).toBe(7_916);
    const before = await json('--scenario', '2026-council');
    expect(before.art63).toBeNull();
    // Before any pledge: the reference pool of the obliged states, without CY, EL, ES, IT.
    const obliged = before.states.filter((s) => s.obliged);
    const sum = obliged.reduce((t, s) => t + (s.relocations as number), 0);
    expect(before.pools.toImplement.relocations).toBeCloseTo(sum, 6);
    expect(before.pools.toImplement.relocations).toBeLessThan(21_000 - 5_000);
  });

  it('takes both numbers, the readings, the findings and the SAR percentage from the options', async () => {
    const j = await json(
      '--scenario',
      '2026-proposal',
      '--council-relocations',
      '21000',
      '--systemic-shortcomings',
      'IT',
      '--systemic-shortcomings',
      'EL:59(4)=Decision Y',
      '--art63-cap',
      'people-only',
      '--sar-percent',
      '10',
    );
    expect(j.scenario.council).toMatchObject({ relocations: 21_000, financialEur: 420e6 });
    expect(j.scenario.fairShareBasis).toBe('council-act');
    expect(j.scenario.systemicShortcomings).toEqual([
      { code: 'IT', decision: { article: '11', reference: null } },
      { code: 'EL', decision: { article: '59(4)', reference: 'Decision Y' } },
    ]);
    expect(j.scenario.readings.art63Cap).toBe('people-only');
    expect(j.scenario.sar).toMatchObject({ share: 0.1, states: ['ES', 'IT'] });
    const none = await json('--scenario', '2026-council', '--no-council-act');
    expect([none.scenario.council, none.scenario.fairShareBasis]).toEqual([
      null,
      'commission-proposal',
    ]);
  });

  it.each([
    [['--art63-cap', 'money'], /--art63-cap must be every-type or people-only/],
    [['--sar-percent', '120'], /--sar-percent must be 0 to 100/],
    [['--systemic-shortcomings', 'DE:12'], /--systemic-shortcomings DE:12/],
    [['--no-council-act', '--council-relocations', '1000'], /exclude each other/],
  ])('refuses %j with exit code 2', async (argv, message) => {
    const r = await runCli(argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });

  it('refuses systemic shortcomings in a state that is not benefitting, naming Art. 60(3)', async () => {
    const r = await runCli(['--json', '--systemic-shortcomings', 'DE']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/DE is not a benefitting state.*Art\. 60\(3\)/);
  });
});

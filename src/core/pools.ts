import { sum } from './sum';

/** A pool, or one state's part of it, in each type of solidarity (Art. 56(2)) and in total value. */
export interface PoolMeasures {
  readonly relocations: number;
  /** Responsibility offsets (Art. 63): people solidarity, valued as relocations (recital 33). */
  readonly offsets: number;
  readonly financialEur: number;
  readonly alternativeEur: number;
  /** People at EUR per relocation, plus euros and alternative measures (equal value, Art. 56(2)). */
  readonly valueEur: number;
}

/**
 * The three pools. `reference`: the fair shares × the Council's reference numbers (Art. 57(1), (3);
 * the proposal's while no act exists), in relocations *or* euros, so its value is the euros.
 * `pledged`: the round's pledges, the ad hoc contributors' included (Art. 13(1)). `toImplement`:
 * the pledges net of deductions (Art. 61, 62), without the states not obliged to implement (Art.
 * 60(3)); before any pledge, the reference pool of the obliged states.
 */
export interface ThreePools {
  readonly reference: PoolMeasures;
  readonly pledged: PoolMeasures;
  readonly toImplement: PoolMeasures;
}

export const NO_MEASURES: PoolMeasures = {
  relocations: 0,
  offsets: 0,
  financialEur: 0,
  alternativeEur: 0,
  valueEur: 0,
};

export function poolMeasures(
  parts: Omit<PoolMeasures, 'valueEur'>,
  eurPerRelocation: number,
): PoolMeasures {
  return {
    ...parts,
    valueEur:
      (parts.relocations + parts.offsets) * eurPerRelocation +
      parts.financialEur +
      parts.alternativeEur,
  };
}

export function scaleMeasures(m: PoolMeasures, factor: number): PoolMeasures {
  return {
    relocations: m.relocations * factor,
    offsets: m.offsets * factor,
    financialEur: m.financialEur * factor,
    alternativeEur: m.alternativeEur * factor,
    valueEur: m.valueEur * factor,
  };
}

export function sumMeasures(list: readonly PoolMeasures[]): PoolMeasures {
  const total = (k: keyof PoolMeasures) => sum(list.map((m) => m[k]));
  return {
    relocations: total('relocations'),
    offsets: total('offsets'),
    financialEur: total('financialEur'),
    alternativeEur: total('alternativeEur'),
    valueEur: total('valueEur'),
  };
}

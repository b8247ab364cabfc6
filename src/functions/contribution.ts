import { indicativeContributions, resolveNumbers } from '../core';
import { activeIndicatorSet } from './activeData';
import { grid, holdsFigures, mapGrid, optionalNumber, optionalText, type Result } from './args';
import { clip, toFraction, toPositive } from './cellValue';
import { participantShares, shareOfState } from './codeData';
import { invalidValue } from './errors';

const C = 'code_or_fair_share';
const U = 'unit';
const R = 'relocation_total';
const FT = 'financial_total';
const D = 'dataset';
const CR = 'council_relocations';
const CF = 'council_financial';

type Unit = 'relocations' | 'eur';

const UNITS: Readonly<Record<string, Unit>> = {
  relocations: 'relocations',
  relocation: 'relocations',
  eur: 'eur',
  euro: 'eur',
  euros: 'eur',
};

/** The Council's numbers where one is given (the other at the ratio), else none (Art. 57(1)). */
function councilTotals(relocations: number | undefined, financialEur: number | undefined) {
  if (relocations === undefined && financialEur === undefined) return null;
  return { relocations: relocations ?? null, financialEur: financialEur ?? null };
}

function parseUnit(value: unknown): Unit {
  const text = optionalText(value, U);
  if (text === undefined) return 'relocations';
  const unit = UNITS[text.toLowerCase()];
  if (!unit) throw invalidValue(`${U}: "${clip(text)}" is not a unit: use "relocations" or "eur".`);
  return unit;
}

/**
 * EUPACT.CONTRIBUTION: fair share × the Union-wide totals, in relocations or euros. On the
 * proposal's totals (Art. 12(2)): the indicative contribution; on the Council's reference numbers
 * where given (Art. 57(1)): the mandatory fair share (Art. 57(3)). Totals: the Art. 12(2) minima
 * when both are empty; one given sets the other at EUR 20,000 a relocation (Art. 12(3)); both given
 * stand as given.
 */
export function contributionFunction(
  codeOrFairShare: unknown,
  unit: unknown,
  relocationTotal: unknown,
  financialTotal: unknown,
  dataset: unknown,
  councilRelocations: unknown = null,
  councilFinancial: unknown = null,
): Result {
  const first = grid(codeOrFairShare, C);
  const kind = parseUnit(unit);
  const numbers = resolveNumbers({
    commission: {
      relocations: optionalNumber(relocationTotal, R, toPositive) ?? null,
      financialEur: optionalNumber(financialTotal, FT, toPositive) ?? null,
    },
    council: councilTotals(
      optionalNumber(councilRelocations, CR, toPositive),
      optionalNumber(councilFinancial, CF, toPositive),
    ),
  });
  const totals = numbers.fairShareTotals;
  const pick = (c: { relocations: number; financialEur: number }) =>
    kind === 'eur' ? c.financialEur : c.relocations;

  if (holdsFigures(first)) {
    if (optionalText(dataset, D) !== undefined) {
      throw invalidValue(
        `${D} applies to country codes only: with a fair share as a number, leave it empty.`,
      );
    }
    return mapGrid(first, C, (v, where) => {
      const fairShare = toFraction(v, where);
      return pick(indicativeContributions([{ code: where, fairShare }], totals)[0]!);
    });
  }
  const shares = participantShares(activeIndicatorSet(optionalText(dataset, D), D));
  const byCode = new Map(indicativeContributions(shares.shares, totals).map((c) => [c.code, c]));
  return mapGrid(first, C, (v, where) => pick(byCode.get(shareOfState(shares, v, where).code)!));
}

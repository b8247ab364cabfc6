/**
 * A relocation is a person: the Council prints each state's share of the relocation number in whole
 * persons (Germany 4,555, France 3,361 for 2026). The exact figure stays in the formulas; this is
 * the figure shown beside it. Halves round up, as Excel's ROUND does for positive numbers.
 */
export function wholePersons(exact: number): number {
  return Math.round(exact);
}

/** Below half a cent, two amounts in euros are equal. */
export const CENT_TOLERANCE_EUR = 0.005;

/**
 * The tool's reading of "meets its fair share": the pledge's value is within half a person (EUR
 * 10,000 at the default ratio) of the value due, so that a pledge of the printed whole number
 * (France: 3,361 against 3,361.43) meets it.
 */
export function withinHalfPerson(balanceEur: number, eurPerRelocation: number): boolean {
  return Math.abs(balanceEur) <= eurPerRelocation / 2 + CENT_TOLERANCE_EUR;
}

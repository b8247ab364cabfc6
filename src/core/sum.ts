/** Neumaier's compensated sum: totals of 26 large figures stay exact to the last bit that matters. */
export function sum(values: Iterable<number>): number {
  let total = 0;
  let compensation = 0;
  for (const v of values) {
    const t = total + v;
    compensation += Math.abs(total) >= Math.abs(v) ? total - t + v : v - t + total;
    total = t;
  }
  return total + compensation;
}

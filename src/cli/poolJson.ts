import { categoriesOf, positionOf, stateName } from '../core';
import type { PoolReport } from '../report';

/** The pool table as plain objects, one per state, for `--json`. */
export function poolJson(report: PoolReport) {
  const { result, round } = report;
  return result.pool.rows.map((r) => {
    const pledged = round?.rows.find((x) => x.code === r.code);
    return {
      code: r.code,
      name: stateName(r.code),
      fairShare: r.fairShare,
      relocations: r.relocations,
      financialEur: r.financialEur,
      deduction: r.deductionShare,
      deductionArticle: r.deductionArticle ?? null,
      effectiveRelocations: r.effectiveRelocations,
      effectiveFinancialEur: r.effectiveFinancialEur,
      categories: categoriesOf(result.categories, r.code),
      ...(pledged
        ? {
            pledgedValueEur: pledged.pledgedValueEur,
            balanceEur: pledged.balanceEur,
            position: positionOf(pledged),
            mandatoryOffsets: pledged.mandatoryOffsets,
          }
        : {}),
    };
  });
}

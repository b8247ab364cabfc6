import type { Comparison, ComparedFigures, ScenarioSummary } from '../report';

function side(s: ScenarioSummary) {
  return {
    name: s.name,
    data: s.dataId,
    dataLabel: s.dataLabel,
    population: s.population,
    gdp: s.gdp,
    findings: s.categoriesSource,
    underPressure: s.underPressure,
    relocations: s.totals.relocations,
    financialEur: s.totals.financialEur,
    effectiveRelocations: s.effective.relocations,
    effectiveFinancialEur: s.effective.financialEur,
    caveats: s.caveats,
  };
}

/** A change as printed: the fair share's also in percentage points. */
function change(c: ComparedFigures | undefined) {
  return c ? { ...c, fairSharePoints: c.fairShare * 100 } : null;
}

/**
 * The comparison for `--json --compare`: each scenario, then per state A, B and the change from A
 * to B (B − A, exact: a reader rounds as it shows; schema 3, where schema 2 had A − B).
 */
export function compareJson(comparison: Comparison) {
  return {
    a: side(comparison.a),
    b: side(comparison.b),
    states: comparison.rows.map((r) => ({
      code: r.code,
      name: r.name,
      a: r.a ?? null,
      b: r.b ?? null,
      change: change(r.change),
    })),
    totals: {
      a: comparison.totals.a,
      b: comparison.totals.b,
      change: change(comparison.totals.change),
    },
  };
}

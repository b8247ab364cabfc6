import { useMemo } from 'react';
import type { ImplementationDraft } from '../implementation';
import type { PaneServices } from '../services';
import { copyReport, type CopyBasis, type CopyReport } from './copyPlan';

/** The report a copy would be made of from a state, or why it cannot be computed. */
export function useCopyReport(
  basis: CopyBasis | undefined,
  services: PaneServices,
  implementation: ImplementationDraft | undefined,
): { report: CopyReport } | { error: string } | undefined {
  return useMemo(() => {
    if (!basis) return undefined;
    try {
      return { report: copyReport(basis, services, implementation) };
    } catch (e) {
      return { error: (e as Error).message };
    }
  }, [basis, services, implementation]);
}

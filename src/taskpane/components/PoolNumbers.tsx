import type { ProposalNumbers } from '../state';
import { NumberField } from './NumberField';

interface Props {
  readonly numbers: ProposalNumbers;
  readonly relocationsLabel: string;
  readonly relocationsHint?: string;
  readonly financialLabel: string;
  readonly onCommit: (field: keyof ProposalNumbers, value: number) => void;
}

/** A pool's two numbers, relocations and financial contributions in euros (Art. 12(2), 57(1)). */
export function PoolNumbers({
  numbers,
  relocationsLabel,
  relocationsHint,
  financialLabel,
  onCommit,
}: Props) {
  return (
    <>
      <NumberField
        label={relocationsLabel}
        {...(relocationsHint ? { hint: relocationsHint } : {})}
        value={numbers.relocations}
        positive
        onCommit={(v) => onCommit('relocations', v)}
      />
      <NumberField
        label={financialLabel}
        unit="EUR"
        value={numbers.financialEur}
        positive
        onCommit={(v) => onCommit('financialEur', v)}
      />
    </>
  );
}

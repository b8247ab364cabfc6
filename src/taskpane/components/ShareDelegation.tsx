import { Dropdown, Field, Option } from '@fluentui/react-components';
import { useWords } from '../words';

/** The choice "all delegations" in the Share tab's "For" list. */
export const ALL_DELEGATIONS = 'all';

interface Props {
  /** ALL_DELEGATIONS or a state's code. */
  readonly delegation: string;
  readonly participants: readonly string[];
  readonly onDelegation: (delegation: string) => void;
}

/** Whom the copy is for: every delegation, or one state (whose copy then names it). */
export function ShareDelegation({ delegation, participants, onDelegation }: Props) {
  const w = useWords();
  return (
    <Field label={w.t('share.for')} size="small">
      <Dropdown
        size="small"
        value={delegation === ALL_DELEGATIONS ? w.t('share.all') : w.state(delegation)}
        selectedOptions={[delegation]}
        onOptionSelect={(_, d) => d.optionValue && onDelegation(d.optionValue)}
      >
        <Option value={ALL_DELEGATIONS}>{w.t('share.all')}</Option>
        {participants.map((c) => (
          <Option key={c} value={c} text={w.state(c)}>
            {w.t('share.oneState', { state: w.state(c) })}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

import { Combobox, Field, Option } from '@fluentui/react-components';
import { STATES, stateName } from '../../core';

interface Props {
  readonly label: string;
  readonly selected: readonly string[];
  readonly onChange: (codes: string[]) => void;
  readonly among?: readonly string[];
  readonly hint?: string;
}

/** Several states chosen from a list, shown by name. */
export function StatePicker({ label, selected, onChange, among, hint }: Props) {
  const choices = among ?? STATES.map((s) => s.code);
  return (
    <Field label={label} hint={hint} size="small">
      <Combobox
        multiselect
        size="small"
        placeholder="None"
        selectedOptions={[...selected]}
        value={selected.map(stateName).join(', ')}
        onOptionSelect={(_, d) => onChange(d.selectedOptions)}
      >
        {choices.map((code) => (
          <Option key={code} value={code} text={stateName(code)}>
            {`${stateName(code)} (${code})`}
          </Option>
        ))}
      </Combobox>
    </Field>
  );
}

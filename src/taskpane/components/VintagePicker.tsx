import { Field, makeStyles, Select } from '@fluentui/react-components';
import type { Dispatch } from 'react';
import { VINTAGES } from '../../data';
import type { Action } from '../state';
import { useWords } from '../words';

const useStyles = makeStyles({
  // A long option must not widen the pane: the list shrinks to the column (at 350 px).
  select: { width: '100%', minWidth: 0, textOverflow: 'ellipsis' },
});

interface Props {
  readonly vintage: string;
  readonly dispatch: Dispatch<Action>;
}

/** The bundled vintage in use (its own chunk with Fluent's Field and Select: see DataTab). */
export function VintagePicker({ vintage, dispatch }: Props) {
  const s = useStyles();
  const w = useWords();
  return (
    <Field label={w.t('dataTab.vintage')} size="small">
      <Select
        select={{ className: s.select }}
        size="small"
        value={vintage}
        onChange={(_, d) => dispatch({ type: 'vintage', id: d.value })}
      >
        {VINTAGES.map((v) => (
          <option key={v.id} value={v.id}>
            {v.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}

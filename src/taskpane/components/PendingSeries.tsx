import { Button, Field, Input, Select } from '@fluentui/react-components';
import { guessPeriodColumn, numericColumns } from '../../data';
import type { Pending } from '../useSeriesImport';
import { useWords } from '../words';
import { useImportStyles } from './importStyles';

interface Props {
  readonly pending: Pending | undefined;
  readonly indicatorWords: string;
  readonly period: string;
  readonly onPeriod: (period: string) => void;
  readonly valueColumn: string;
  readonly onValueColumn: (column: string) => void;
  /** Loads the read series for the period chosen. */
  readonly onLoad: (pending: Extract<Pending, { kind: 'read' }>) => void;
  /** Reads the table with the columns chosen. */
  readonly onCheckGrid: (pending: Extract<Pending, { kind: 'grid' }>) => void;
}

/** What a source read asks before loading: which of its periods, or which of a table's columns. */
export function PendingSeries(props: Props) {
  const { pending, indicatorWords, period, onPeriod, valueColumn, onValueColumn } = props;
  const s = useImportStyles();
  const w = useWords();
  if (pending?.kind === 'read') {
    return (
      <div className={s.row}>
        <Field label={w.t('import.period')} size="small">
          <Select
            select={{ className: s.select }}
            size="small"
            value={period}
            onChange={(_, d) => onPeriod(d.value)}
          >
            {pending.periods.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </Select>
        </Field>
        <Button size="small" onClick={() => props.onLoad(pending)}>
          {w.t('import.load', { period })}
        </Button>
      </div>
    );
  }
  if (pending?.kind !== 'grid') return null;
  const gridPeriodColumn = guessPeriodColumn(pending.grid.headers);
  return (
    <div className={s.box}>
      <Field
        label={w.t('dataTab.valueColumn', { indicator: indicatorWords.toLowerCase() })}
        size="small"
      >
        <Select
          select={{ className: s.select }}
          size="small"
          value={valueColumn}
          onChange={(_, d) => onValueColumn(d.value)}
        >
          {numericColumns(pending.grid).map((h) => (
            <option key={h} value={h}>
              {h}
            </option>
          ))}
        </Select>
      </Field>
      {!gridPeriodColumn && (
        <Field label={w.t('import.periodOfValues')} size="small">
          <Input
            size="small"
            value={period}
            placeholder="2025"
            onChange={(_, d) => onPeriod(d.value.trim())}
          />
        </Field>
      )}
      <Button
        size="small"
        disabled={valueColumn === '' || (!gridPeriodColumn && period === '')}
        onClick={() => props.onCheckGrid(pending)}
      >
        {w.t('import.checkAndLoad')}
      </Button>
    </div>
  );
}

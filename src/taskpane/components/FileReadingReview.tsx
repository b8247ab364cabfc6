import { Button, Field, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type {
  ColumnFindings,
  ColumnMap,
  ColumnRole,
  ConventionDecision,
  DecimalMark,
} from '../../data';
import { conventionInWords } from '../../report/words/fileWords';
import { displayLocale } from '../locale';
import { reasonNumbers } from '../reasonNumbers';
import { useWords } from '../words';

const useStyles = makeStyles({
  box: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    marginTop: tokens.spacingVerticalS,
  },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  select: { width: '100%', minWidth: 0 },
});

/** What the analyst may change in how a file is read: the decimal mark, the columns. */
export interface FileReading {
  readonly decimal?: DecimalMark;
  readonly columns?: ColumnMap;
}

interface Props {
  readonly numbers: ConventionDecision | undefined;
  readonly columns: ColumnFindings | undefined;
  /** Reads the file again with these choices (the file is kept, nothing asked of Excel). */
  readonly onReread: (reading: FileReading) => void;
}

const ROLES = ['geo', 'period', 'value', 'flag'] as const satisfies readonly ColumnRole[];

/**
 * The review's part on how a file was read: the decimal convention and why, with the other one
 * offered (both, for a file that writes numbers both ways); a header one letter off, offered for
 * confirmation; and for headers not recognised, which column holds the state, the period, the
 * value and the flags.
 */
export function FileReadingReview({ numbers, columns, onReread }: Props) {
  const s = useStyles();
  const w = useWords();
  const other = (d: DecimalMark) => (
    <Button key={d} size="small" onClick={() => onReread({ decimal: d })}>
      {w.t(d === 'comma' ? 'files.decimal.readComma' : 'files.decimal.readPoint')}
    </Button>
  );
  const showNumbers =
    numbers && !(numbers.kind === 'read' && numbers.why === 'usual' && numbers.ambiguous === 0);
  return (
    <div className={s.box}>
      {showNumbers && (
        <>
          <Text>{conventionInWords(w, numbers, reasonNumbers(displayLocale()))}</Text>
          <div className={s.row}>
            {numbers.kind === 'mixed'
              ? [other('comma'), other('point')]
              : other(numbers.decimal === 'comma' ? 'point' : 'comma')}
          </div>
        </>
      )}
      {columns && <ColumnMapping columns={columns} onReread={onReread} />}
    </div>
  );
}

function ColumnMapping({
  columns,
  onReread,
}: {
  readonly columns: ColumnFindings;
  readonly onReread: (reading: FileReading) => void;
}) {
  const s = useStyles();
  const w = useWords();
  const [map, setMap] = useState<Partial<Record<ColumnRole, string>>>(() =>
    Object.fromEntries(columns.near.map((n) => [n.role, n.header])),
  );
  const chosen = (['geo', 'period', 'value'] as const).map((r) => map[r]);
  const complete = chosen.every((c) => c) && new Set(chosen).size === chosen.length;
  return (
    <>
      {columns.near.map((n) => (
        <div key={n.role} className={s.row}>
          <Text>{w.t('files.columns.near', { header: n.header, name: n.name })}</Text>
          <Button
            size="small"
            onClick={() => onReread({ columns: { ...map, [n.role]: n.header } })}
          >
            {w.t('files.columns.useNear', { header: n.header, name: n.name })}
          </Button>
        </div>
      ))}
      <Text weight="semibold">{w.t('files.columns.heading')}</Text>
      {ROLES.map((role) => (
        <Field key={role} label={w.t(`files.columns.${role}`)} size="small">
          <Select
            select={{ className: s.select }}
            size="small"
            value={map[role] ?? ''}
            onChange={(_, d) => setMap({ ...map, [role]: d.value || undefined })}
          >
            <option value="">{w.t('files.columns.none')}</option>
            {columns.headers.map((h) => (
              <option key={h} value={h}>
                {h}
              </option>
            ))}
          </Select>
        </Field>
      ))}
      <div className={s.row}>
        <Button
          size="small"
          disabled={!complete}
          onClick={() =>
            onReread({
              columns: Object.fromEntries(Object.entries(map).filter(([, h]) => h)) as ColumnMap,
            })
          }
        >
          {w.t('files.columns.read')}
        </Button>
      </div>
    </>
  );
}

import {
  Button,
  Caption1,
  Dropdown,
  Field,
  makeStyles,
  mergeClasses,
  Option,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { formatMillions, formatNumber, formatPercent, formatPoints, formatSigned } from '../locale';
import type { ComparedRow } from '../results';

/** What the scenario being edited (A) is compared with (B), and the outcome. */
export interface Comparison {
  readonly options: readonly { readonly id: string; readonly label: string }[];
  readonly selected: string | undefined;
  readonly onSelect: (id: string) => void;
  readonly onClear?: () => void;
  readonly rows?: readonly ComparedRow[];
  readonly error?: string;
  readonly labelB?: string;
}

type Measure = 'fairShare' | 'relocations' | 'effectiveEur';

const MEASURES: Readonly<Record<Measure, string>> = {
  fairShare: 'Fair share',
  relocations: 'Indicative relocations',
  effectiveEur: 'Contribution after deduction (EUR)',
};

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  table: { tableLayout: 'fixed', width: '100%' },
  state: { width: '30%' },
  num: { textAlign: 'end', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  header: { whiteSpace: 'normal', lineHeight: tokens.lineHeightBase200 },
  numHeader: { textAlign: 'end', justifyContent: 'flex-end' },
});

/** The change per state from B to A: the largest changes first, fair shares in percentage points. */
export function CompareView({
  comparison,
  locale,
}: {
  readonly comparison: Comparison;
  readonly locale: string;
}) {
  const s = useStyles();
  const [measure, setMeasure] = useState<Measure>('fairShare');
  const chosen = comparison.options.find((o) => o.id === comparison.selected);
  const dash = (n: number | undefined, f: (x: number) => string) => (n === undefined ? '—' : f(n));
  const cells = (r: ComparedRow): [string, string, string, number] => {
    if (measure === 'fairShare') {
      const pct = (x: number) => formatPercent(x, locale, 2);
      return [
        dash(r.fairShareA, pct),
        dash(r.fairShareB, pct),
        dash(r.fairShareChange, (x) => formatPoints(x, locale)),
        r.fairShareChange ?? 0,
      ];
    }
    if (measure === 'relocations') {
      const n = (x: number) => formatNumber(x, locale);
      return [
        dash(r.relocationsA, n),
        dash(r.relocationsB, n),
        dash(r.relocationsChange, (x) => formatSigned(x, locale)),
        r.relocationsChange ?? 0,
      ];
    }
    const m = (x: number) => formatMillions(x, locale);
    return [
      dash(r.effectiveEurA, m),
      dash(r.effectiveEurB, m),
      dash(r.effectiveEurChange, (x) => formatMillions(x, locale, true)),
      r.effectiveEurChange ?? 0,
    ];
  };
  const rows = [...(comparison.rows ?? [])]
    .map((r) => ({ r, c: cells(r) }))
    .sort((x, y) => Math.abs(y.c[3]) - Math.abs(x.c[3]));

  return (
    <div className={s.section}>
      <Field label="Compare this scenario (A) with (B)" size="small">
        <Dropdown
          size="small"
          placeholder="A preset or a scenario saved in this workbook"
          value={chosen?.label ?? ''}
          selectedOptions={comparison.selected ? [comparison.selected] : []}
          onOptionSelect={(_, o) => o.optionValue && comparison.onSelect(o.optionValue)}
        >
          {comparison.options.map((o) => (
            <Option key={o.id} value={o.id}>
              {o.label}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="Measure" size="small">
        <Dropdown
          size="small"
          value={MEASURES[measure]}
          selectedOptions={[measure]}
          onOptionSelect={(_, o) => o.optionValue && setMeasure(o.optionValue as Measure)}
        >
          {(Object.keys(MEASURES) as Measure[]).map((m) => (
            <Option key={m} value={m}>
              {MEASURES[m]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {comparison.error && <Caption1 role="alert">{comparison.error}</Caption1>}
      {comparison.rows && (
        <div className={s.row}>
          <Caption1>
            Writing the tables adds the Compare sheet: A, B and the change per state, with a chart
            of the change.
          </Caption1>
          {comparison.onClear && (
            <Button size="small" appearance="subtle" onClick={comparison.onClear}>
              Stop comparing
            </Button>
          )}
        </div>
      )}
      {comparison.rows && (
        <Table
          size="extra-small"
          className={s.table}
          aria-label={`${MEASURES[measure]}: this scenario (A), ${comparison.labelB ?? 'B'} (B) and the change`}
        >
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={mergeClasses(s.state, s.header)}>State</TableHeaderCell>
              <TableHeaderCell className={mergeClasses(s.header, s.numHeader)}>A</TableHeaderCell>
              <TableHeaderCell className={mergeClasses(s.header, s.numHeader)}>B</TableHeaderCell>
              <TableHeaderCell className={mergeClasses(s.header, s.numHeader)}>
                {measure === 'fairShare' ? 'Change (pp)' : 'Change'}
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map(({ r, c }) => (
              <TableRow key={r.code}>
                <TableCell>{r.name}</TableCell>
                <TableCell className={s.num}>{c[0]}</TableCell>
                <TableCell className={s.num}>{c[1]}</TableCell>
                <TableCell className={s.num}>{c[2]}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}

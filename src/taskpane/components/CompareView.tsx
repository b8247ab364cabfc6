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
import type { ComparedFigures, ComparisonRow } from '../../report';

/** What the scenario being edited (A) is compared with (B), and the outcome. */
export interface Comparison {
  readonly options: readonly { readonly id: string; readonly label: string }[];
  readonly selected: string | undefined;
  readonly onSelect: (id: string) => void;
  readonly onClear?: () => void;
  readonly rows?: readonly ComparisonRow[];
  readonly error?: string;
  readonly labelB?: string;
  /** The scenario being edited (A), by its name. */
  readonly labelA?: string;
}

type Measure = 'fairShare' | 'relocations' | 'effectiveFinancialEur';

/**
 * Each measure: its label, how A and B are written, the precision they are shown at, and how the
 * change B − A is written. The change is taken between the figures as shown, so that on screen
 * A + change = B exactly (issue 16: "France 4,810 − 3,361 shown as 1,448").
 */
const MEASURES: Readonly<
  Record<
    Measure,
    {
      readonly label: string;
      readonly value: (x: number, locale: string) => string;
      readonly change: (x: number, locale: string) => string;
      /** The unit the figures are shown in (0.01 % of a share, one person, EUR 0.1 million). */
      readonly step: number;
    }
  >
> = {
  fairShare: {
    label: 'Fair share',
    value: (x, locale) => formatPercent(x, locale, 2),
    change: (x, locale) => formatPoints(x, locale),
    step: 1e-4,
  },
  relocations: {
    label: 'Indicative relocations',
    value: (x, locale) => formatNumber(x, locale),
    change: (x, locale) => formatSigned(x, locale),
    step: 1,
  },
  effectiveFinancialEur: {
    label: 'Contribution after deduction (EUR)',
    value: (x, locale) => formatMillions(x, locale),
    change: (x, locale) => formatMillions(x, locale, true),
    step: 1e5,
  },
};

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  table: { tableLayout: 'fixed', width: '100%' },
  state: { width: '30%' },
  num: { textAlign: 'end', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  header: { whiteSpace: 'normal', lineHeight: tokens.lineHeightBase200 },
  numHeader: { textAlign: 'end', justifyContent: 'flex-end', overflowWrap: 'anywhere' },
  // The header row stays in view, flush with the top of the scrolling body, over no row.
  sticky: {
    position: 'sticky',
    top: `calc(-1 * ${tokens.spacingVerticalM})`,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
  },
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
  const { label, value, change, step } = MEASURES[measure];
  const shown = (f: ComparedFigures | undefined) =>
    f ? Math.round(f[measure] / step) * step : undefined;
  // B − A between the figures as shown; '—' where the state is not in both scenarios.
  const delta = (r: ComparisonRow) => {
    const a = shown(r.a);
    const b = shown(r.b);
    return a === undefined || b === undefined ? undefined : Math.round((b - a) / step) * step;
  };
  const cell = (x: number | undefined, show: (x: number, locale: string) => string) =>
    x === undefined ? '—' : show(x, locale);
  const rows = [...(comparison.rows ?? [])].sort(
    (x, y) => Math.abs(delta(y) ?? 0) - Math.abs(delta(x) ?? 0),
  );
  const nameA = comparison.labelA ?? 'This scenario';
  const nameB = comparison.labelB ?? 'B';

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
          value={label}
          selectedOptions={[measure]}
          onOptionSelect={(_, o) => o.optionValue && setMeasure(o.optionValue as Measure)}
        >
          {(Object.keys(MEASURES) as Measure[]).map((m) => (
            <Option key={m} value={m}>
              {MEASURES[m].label}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {comparison.error && <Caption1 role="alert">{comparison.error}</Caption1>}
      {comparison.rows && (
        <Table
          size="extra-small"
          className={s.table}
          aria-label={`${label}: ${nameA} (A), ${nameB} (B) and the change from A to B`}
        >
          <TableHeader className={s.sticky}>
            <TableRow>
              <TableHeaderCell className={mergeClasses(s.state, s.header)}>State</TableHeaderCell>
              <TableHeaderCell className={mergeClasses(s.header, s.numHeader)}>
                {nameA} (A)
              </TableHeaderCell>
              <TableHeaderCell className={mergeClasses(s.header, s.numHeader)}>
                {nameB} (B)
              </TableHeaderCell>
              <TableHeaderCell className={mergeClasses(s.header, s.numHeader)}>
                {measure === 'fairShare' ? 'B − A (pp)' : 'B − A'}
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.code}>
                <TableCell>{r.name}</TableCell>
                <TableCell className={s.num}>{cell(shown(r.a), value)}</TableCell>
                <TableCell className={s.num}>{cell(shown(r.b), value)}</TableCell>
                <TableCell className={s.num}>{cell(delta(r), change)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
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
    </div>
  );
}

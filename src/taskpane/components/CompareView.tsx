import {
  Button,
  Caption1,
  Dropdown,
  Field,
  mergeClasses,
  Option,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  useArrowNavigationGroup,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { ComparedFigures, ComparisonRow } from '../../report';
import type { Words } from '../../report/words';
import { formatNumber, formatPercent, formatPoints, formatSigned } from '../locale';
import { useWords } from '../words';
import { Amount } from './Amount';
import { exactPersons, fullShare, millions, wholeEuros } from './amounts';
import { useHeldInView } from './heldInView';
import { useTableStyles } from './tableStyles';

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

interface MeasureShown {
  readonly value: (x: number, locale: string) => string;
  readonly full: (x: number, locale: string, w: Words) => string;
  readonly change: (x: number, locale: string) => string;
  readonly fullChange: (x: number, locale: string, w: Words) => string;
  /** The unit the figures are shown in (0.01 % of a share, one person, EUR 0.1 million). */
  readonly step: number;
}

/**
 * Each measure: how A and B are written, short and in full, the precision they are shown at, and
 * how the change from A to B is written. The change is taken between the figures as shown, so that
 * on screen A + change = B exactly (issue 16: "France 4,810 − 3,361 shown as 1,448").
 */
const MEASURES: Readonly<Record<Measure, MeasureShown>> = {
  fairShare: {
    value: (x, locale) => formatPercent(x, locale, 2),
    full: (x, locale, w) => w.t('results.full.share', { share: fullShare(x, locale) }),
    change: (x, locale) => formatPoints(x, locale),
    fullChange: (x, locale, w) =>
      w.t('compare.full.points', { points: formatPoints(x, locale, 4) }),
    step: 1e-4,
  },
  relocations: {
    value: (x, locale) => formatNumber(x, locale),
    full: (x, locale, w) => w.t('results.full.relocations', { amount: exactPersons(x, locale) }),
    change: (x, locale) => formatSigned(x, locale),
    fullChange: (x, locale) => formatSigned(x, locale, 2),
    step: 1,
  },
  effectiveFinancialEur: {
    value: (x, locale) => millions(x, locale),
    full: (x, locale, w) => w.t('results.full.eur', { amount: wholeEuros(x, locale) }),
    change: (x, locale) => millions(x, locale, true),
    fullChange: (x, locale, w) => w.t('results.full.eur', { amount: wholeEuros(x, locale, true) }),
    step: 1e5,
  },
};

const MEASURE_WORDS = {
  fairShare: 'compare.measure.fairShare',
  relocations: 'compare.measure.relocations',
  effectiveFinancialEur: 'compare.measure.effectiveFinancialEur',
} as const;

/** Art. 61, 62: a contribution fully deducted in a scenario, said in words rather than as 0.0. */
const fullyDeducted = (f: ComparedFigures) => f.effectiveFinancialEur === 0 && f.financialEur > 0;

/**
 * The change per state from A to B (B − A): the table first, the largest changes first, fair
 * shares in percentage points, the header row held at the top while the rows scroll beneath it.
 */
export function CompareView({
  comparison,
  locale,
}: {
  readonly comparison: Comparison;
  readonly locale: string;
}) {
  const s = useTableStyles();
  // Rows reached by the keyboard scroll clear of the sticky header: it reserves its height.
  const heldTop = useHeldInView('top');
  const w = useWords();
  const arrows = useArrowNavigationGroup({ axis: 'grid', memorizeCurrent: true });
  const [measure, setMeasure] = useState<Measure>('fairShare');
  const chosen = comparison.options.find((o) => o.id === comparison.selected);
  const { value, full, change, fullChange, step } = MEASURES[measure];
  const label = w.t(MEASURE_WORDS[measure]);
  const shown = (f: ComparedFigures | undefined) =>
    f ? Math.round(f[measure] / step) * step : undefined;
  // B − A between the figures as shown; '—' where the state is not in both scenarios.
  const delta = (r: ComparisonRow) => {
    const a = shown(r.a);
    const b = shown(r.b);
    return a === undefined || b === undefined ? undefined : Math.round((b - a) / step) * step;
  };
  const side = (f: ComparedFigures | undefined) => {
    if (!f) return <span title={w.t('compare.notInBoth')}>—</span>;
    if (measure === 'effectiveFinancialEur' && fullyDeducted(f))
      return <span>{w.t('results.fullyDeducted')}</span>;
    return <Amount shown={value(shown(f)!, locale)} full={full(f[measure], locale, w)} />;
  };
  const rows = [...(comparison.rows ?? [])].sort(
    (x, y) => Math.abs(delta(y) ?? 0) - Math.abs(delta(x) ?? 0),
  );
  const nameA = comparison.labelA ?? w.t('compare.thisScenario');
  const nameB = comparison.labelB ?? 'B';
  const words = (f: ComparedFigures | undefined) =>
    measure === 'effectiveFinancialEur' && f !== undefined && fullyDeducted(f);

  return (
    <div className={s.section}>
      <Field label={w.t('compare.with')} size="small">
        <Dropdown
          size="small"
          placeholder={w.t('compare.placeholder')}
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
      <Field label={w.t('compare.measure')} size="small">
        <Dropdown
          size="small"
          value={label}
          selectedOptions={[measure]}
          onOptionSelect={(_, o) => o.optionValue && setMeasure(o.optionValue as Measure)}
        >
          {(Object.keys(MEASURES) as Measure[]).map((m) => (
            <Option key={m} value={m}>
              {w.t(MEASURE_WORDS[m])}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {comparison.error && <Caption1 role="alert">{comparison.error}</Caption1>}
      {comparison.rows && (
        <Table
          size="extra-small"
          className={s.table}
          aria-label={w.t('compare.table', { measure: label, a: nameA, b: nameB })}
        >
          <TableHeader ref={heldTop} className={s.sticky}>
            <TableRow>
              <TableHeaderCell className={mergeClasses(s.label, s.header)}>
                {w.t('compare.state')}
              </TableHeaderCell>
              <TableHeaderCell className={mergeClasses(s.header, s.numHeader)}>
                {w.t('compare.side', { name: nameA, side: 'A' })}
              </TableHeaderCell>
              <TableHeaderCell className={mergeClasses(s.header, s.numHeader)}>
                {w.t('compare.side', { name: nameB, side: 'B' })}
              </TableHeaderCell>
              <TableHeaderCell className={mergeClasses(s.header, s.numHeader)}>
                {w.t(measure === 'fairShare' ? 'compare.changePoints' : 'compare.change')}
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody {...arrows}>
            {rows.map((r) => {
              const d = delta(r);
              return (
                <TableRow key={r.code}>
                  <TableCell className={s.label}>{w.state(r.code)}</TableCell>
                  <TableCell className={words(r.a) ? s.words : s.num}>{side(r.a)}</TableCell>
                  <TableCell className={words(r.b) ? s.words : s.num}>{side(r.b)}</TableCell>
                  <TableCell className={s.num}>
                    {d === undefined || !r.change ? (
                      <span title={w.t('compare.notInBoth')}>—</span>
                    ) : (
                      <Amount
                        shown={change(d, locale)}
                        full={w.t('compare.full.change', {
                          a: full(r.a![measure], locale, w),
                          b: full(r.b![measure], locale, w),
                          change: fullChange(r.change[measure], locale, w),
                        })}
                      />
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
      {comparison.rows && (
        <div className={s.tight}>
          <Caption1>{w.t('compare.writes')}</Caption1>
          {comparison.onClear && (
            <Button size="small" appearance="subtle" onClick={comparison.onClear}>
              {w.t('compare.stop')}
            </Button>
          )}
        </div>
      )}
    </div>
  );
}

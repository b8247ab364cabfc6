import {
  Caption1,
  Checkbox,
  makeStyles,
  Radio,
  RadioGroup,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { Art63CapReading, PoolMeasures } from '../../core';
import { art63Lines } from '../../report';
import { formatMillions, formatNumber } from '../locale';
import type { PaneResults } from '../results';
import { KeepTogether } from './KeepTogether';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  table: { tableLayout: 'fixed', width: '100%' },
  label: { width: '34%' },
  num: { textAlign: 'end', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  header: { whiteSpace: 'normal', lineHeight: tokens.lineHeightBase200, textAlign: 'end' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** What the analyst sets for Art. 63 and Art. 60(3) (scenario facts and the tool's reading). */
export interface RoundControls {
  readonly reconvenedForum: boolean;
  readonly art63Cap: Art63CapReading;
  readonly onReconvenedForum: (on: boolean) => void;
  readonly onArt63Cap: (reading: Art63CapReading) => void;
  readonly onSystemicShortcoming: (code: string, on: boolean) => void;
}

const POOLS = [
  ['reference', 'Reference pool'],
  ['pledged', 'Pledged pool'],
  ['toImplement', 'To be implemented'],
] as const;

/**
 * The three pools (reference, pledged, to be implemented: Art. 57, 60(3), 61, 62), who benefits
 * (declared, or the identified states as a default), and Art. 63 in full with the reconvened Forum
 * (Art. 13(4)), the Art. 63(7) reading and the findings of systemic shortcomings (Art. 60(3)).
 */
export function RoundView({
  results: r,
  locale,
  controls,
}: {
  readonly results: PaneResults;
  readonly locale: string;
  readonly controls?: RoundControls;
}) {
  const s = useStyles();
  const count = (n: number) => formatNumber(n, locale);
  const eur = (n: number) => formatMillions(n, locale);
  const cell = (m: PoolMeasures) => [
    count(m.relocations),
    count(m.offsets),
    eur(m.financialEur),
    eur(m.alternativeEur),
    eur(m.valueEur),
  ];
  const b = r.benefittingStates;
  const benefitting = r.rows.filter((x) => x.benefitting);
  return (
    <div className={s.section}>
      <Table size="extra-small" className={s.table} aria-label="The three pools">
        <TableHeader>
          <TableRow>
            {['Pool', 'Relocations', 'Offsets', 'EUR (M)', 'Alternative (M)', 'Value (M)'].map(
              (h, i) => (
                <TableHeaderCell key={h} className={i === 0 ? s.label : s.header}>
                  {h}
                </TableHeaderCell>
              ),
            )}
          </TableRow>
        </TableHeader>
        <TableBody>
          {POOLS.map(([key, label]) => (
            <TableRow key={key}>
              <TableCell>{label}</TableCell>
              {cell(r.pools[key]).map((text, i) => (
                <TableCell key={i} className={s.num}>
                  {text}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Caption1>
        The pool to be implemented leaves out the states not obliged to implement: benefitting
        states and states granted a full deduction (Art. 60(3)).{' '}
        {b.isDefault
          ? 'Benefitting by default: the states identified under migratory pressure (Art. 11), until a state declares that it will use the pool (Art. 58(1)): mark the declarations on the Pledges tab.'
          : 'Benefitting as declared (Art. 58(1), 59(4)).'}
      </Caption1>
      {r.art63 && (
        <section aria-labelledby="art63-heading" className={s.section}>
          <Text id="art63-heading" as="h3" size={200} weight="semibold">
            Pledges against Art. 63
          </Text>
          <ul className={s.list}>
            {art63Lines(r.art63, count).map((line) => (
              <li key={line}>
                <Caption1>
                  <KeepTogether text={line} />
                </Caption1>
              </li>
            ))}
          </ul>
          {controls && (
            <>
              <Switch
                checked={controls.reconvenedForum}
                label="The High-Level Forum has been reconvened (Art. 13(4))"
                onChange={(_, x) => controls.onReconvenedForum(x.checked)}
              />
              <RadioGroup
                aria-label="Art. 63(7): the cap at the fair share counts"
                value={controls.art63Cap}
                onChange={(_, x) => controls.onArt63Cap(x.value as Art63CapReading)}
              >
                <Caption1>
                  Art. 63(7): the cap at the fair share counts (the tool’s reading)
                </Caption1>
                <Radio value="every-type" label="Every type at equal value (Art. 56(2))" />
                <Radio value="people-only" label="People only (relocations and offsets)" />
              </RadioGroup>
              {benefitting.length > 0 && (
                <div role="group" aria-label="Systemic shortcomings (Art. 60(3))">
                  <Caption1>
                    Systemic shortcomings found by the Commission (Art. 60(3)): pledges and offsets
                    towards that state are not required; it keeps its share and status.
                  </Caption1>
                  {benefitting.map((x) => (
                    <Checkbox
                      key={x.code}
                      checked={x.systemicShortcoming}
                      label={x.name}
                      onChange={(_, c) =>
                        controls.onSystemicShortcoming(x.code, c.checked === true)
                      }
                    />
                  ))}
                </div>
              )}
            </>
          )}
        </section>
      )}
    </div>
  );
}

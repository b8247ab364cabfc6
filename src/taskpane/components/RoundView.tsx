import {
  Caption1,
  Checkbox,
  mergeClasses,
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
  useArrowNavigationGroup,
} from '@fluentui/react-components';
import type { Art63CapReading, PoolMeasures, ThreePools } from '../../core';
import type { TextKey } from '../../report/words';
import { formatNumber } from '../locale';
import type { PaneResults } from '../results';
import { useWords } from '../words';
import { Amount } from './Amount';
import { millions, wholeEuros } from './amounts';
import { art63PaneLines } from './art63PaneLines';
import { KeepTogether } from './KeepTogether';
import { useTableStyles } from './tableStyles';

/** What the analyst sets for Art. 63 and Art. 60(3) (scenario facts and the tool's reading). */
export interface RoundControls {
  readonly reconvenedForum: boolean;
  readonly art63Cap: Art63CapReading;
  readonly onReconvenedForum: (on: boolean) => void;
  readonly onArt63Cap: (reading: Art63CapReading) => void;
  readonly onSystemicShortcoming: (code: string, on: boolean) => void;
}

const POOLS = [
  ['reference', 'results.pool.reference'],
  ['pledged', 'results.pool.pledged'],
  ['toImplement', 'results.pool.toImplement'],
] as const satisfies readonly (readonly [keyof ThreePools, TextKey])[];

/** The measures of a pool, one row each: three pools across fit 350 px where five measures did not. */
const MEASURES = [
  ['relocations', 'results.pool.relocations', 'persons'],
  ['offsets', 'results.pool.offsets', 'persons'],
  ['financialEur', 'results.pool.financial', 'eur'],
  ['alternativeEur', 'results.pool.alternative', 'eur'],
  ['valueEur', 'results.pool.value', 'eur'],
] as const satisfies readonly (readonly [keyof PoolMeasures, TextKey, 'persons' | 'eur'])[];

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
  const s = useTableStyles();
  const w = useWords();
  const arrows = useArrowNavigationGroup({ axis: 'grid', memorizeCurrent: true });
  const count = (n: number) => formatNumber(n, locale);
  const b = r.benefittingStates;
  const benefitting = r.rows.filter((x) => x.benefitting);
  return (
    <div className={s.tight}>
      <Table size="extra-small" className={s.table} aria-label={w.t('results.pools')}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={mergeClasses(s.label, s.header)}>
              {w.t('results.pool.measure')}
            </TableHeaderCell>
            {POOLS.map(([key, label]) => (
              <TableHeaderCell key={key} className={mergeClasses(s.header, s.numHeader)}>
                {w.t(label)}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody {...arrows}>
          {MEASURES.map(([key, label, unit]) => (
            <TableRow key={key}>
              <TableCell className={s.label}>{w.t(label)}</TableCell>
              {POOLS.map(([pool]) => {
                const n = r.pools[pool][key];
                return (
                  <TableCell key={pool} className={s.num}>
                    {unit === 'eur' ? (
                      <Amount
                        shown={millions(n, locale)}
                        full={w.t('results.full.eur', { amount: wholeEuros(n, locale) })}
                      />
                    ) : (
                      <Amount shown={count(n)} full={formatNumber(n, locale, 2)} />
                    )}
                  </TableCell>
                );
              })}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Caption1>
        {w.t('results.pool.note')}{' '}
        {w.t(b.isDefault ? 'results.benefitting.default' : 'results.benefitting.declared')}
      </Caption1>
      {r.art63 && (
        <section aria-labelledby="art63-heading" className={s.tight}>
          <Text id="art63-heading" as="h3" size={200} weight="semibold">
            {w.t('results.art63.heading')}
          </Text>
          <ul className={s.list}>
            {/* Keyed by place: the lines come in a fixed order, their figures change. */}
            {art63PaneLines(r.art63, count, w).map((line, i) => (
              <li key={i}>
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
                label={w.t('results.forum')}
                onChange={(_, x) => controls.onReconvenedForum(x.checked)}
              />
              <RadioGroup
                aria-label={w.t('results.cap')}
                value={controls.art63Cap}
                onChange={(_, x) => controls.onArt63Cap(x.value as Art63CapReading)}
              >
                <Caption1>{w.t('results.capReading')}</Caption1>
                <Radio value="every-type" label={w.t('results.cap.everyType')} />
                <Radio value="people-only" label={w.t('results.cap.peopleOnly')} />
              </RadioGroup>
              {benefitting.length > 0 && (
                <div role="group" aria-label={w.t('results.shortcomings')}>
                  <Caption1>{w.t('results.shortcomingsNote')}</Caption1>
                  {benefitting.map((x) => (
                    <Checkbox
                      key={x.code}
                      checked={x.systemicShortcoming}
                      label={w.state(x.code)}
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

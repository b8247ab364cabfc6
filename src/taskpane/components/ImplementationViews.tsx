import {
  Caption1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import { type Implementation, type NeedType, type TypedDistribution } from '../../core';
import { displayLocale, formatNumber } from '../locale';
import type { Words } from '../../report/words';
import { useWords } from '../words';
import { NumberField } from './NumberField';
import { useTableStyles as useStyles } from './tableStyles';

/** The types of need in a language's words. */
const typeWords = (w: Words, type: NeedType): string => w.t(`implementation.dist.type.${type}`);

/**
 * Typed figures that hand out more than the pool to be implemented holds, per type: the core's
 * `undistributed` is negative there (a typed figure replaces its cell only, nothing rebalances).
 */
function OverDistributed({ impl }: { readonly impl: Implementation }) {
  const w = useWords();
  const locale = displayLocale();
  const over = Object.values(impl.distribution.byType).filter((t) => t.undistributed < -1e-9);
  if (over.length === 0) return null;
  return (
    <div role="alert">
      {over.map((t) => (
        <Caption1 as="p" key={t.type}>
          {w.t('implementation.dist.over', {
            type: typeWords(w, t.type),
            distributed: formatNumber(t.distributed, locale, 1),
            over: formatNumber(-t.undistributed, locale, 1),
            available: formatNumber(t.available, locale, 1),
          })}
        </Caption1>
      ))}
    </div>
  );
}

/** The distribution by state and type: the proposal, a figure typed over it, and its basis. */
export function DistributionView({
  impl,
  onType,
}: {
  readonly impl: Implementation;
  readonly onType: (cell: Omit<TypedDistribution, 'value'>, value: number | undefined) => void;
}) {
  const s = useStyles();
  const w = useWords();
  const locale = displayLocale();
  return (
    <div className={s.scroll}>
      <OverDistributed impl={impl} />
      <Table size="extra-small" aria-label={w.t('implementation.dist.table')}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{w.t('implementation.dist.state')}</TableHeaderCell>
            <TableHeaderCell>{w.t('implementation.dist.type')}</TableHeaderCell>
            <TableHeaderCell className={s.num}>{w.t('implementation.dist.need')}</TableHeaderCell>
            <TableHeaderCell className={s.num}>
              {w.t('implementation.dist.proposal')}
            </TableHeaderCell>
            <TableHeaderCell>{w.t('implementation.dist.distributed')}</TableHeaderCell>
            <TableHeaderCell>{w.t('implementation.dist.basis')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {impl.distribution.cells.map((c) => (
            <TableRow key={`${c.code}/${c.type}`}>
              <TableCell className={s.text}>
                {c.eligible
                  ? w.state(c.code)
                  : w.t('implementation.dist.shortcomings', { state: w.state(c.code) })}
              </TableCell>
              <TableCell>{typeWords(w, c.type)}</TableCell>
              <TableCell className={s.num}>{formatNumber(c.need, locale, 1)}</TableCell>
              <TableCell className={s.num}>{formatNumber(c.proposal, locale, 1)}</TableCell>
              <TableCell>
                <NumberField
                  size="small"
                  optional
                  min={0}
                  digits={1}
                  ariaLabel={w.t('implementation.dist.label', {
                    type: typeWords(w, c.type),
                    state: w.state(c.code),
                  })}
                  value={c.typed}
                  placeholder={formatNumber(c.proposal, locale, 1)}
                  onCommit={(v) => onType(c, v)}
                  onClear={() => onType(c, undefined)}
                />
              </TableCell>
              <TableCell className={s.text}>
                {w.t(`implementation.dist.basis.${c.basis}`)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

/** The year's end (Art. 63(5), 57(4), 64(4)) and the January confirmation (Art. 60(6)). */
export function YearEndView({ impl }: { readonly impl: Implementation }) {
  const s = useStyles();
  const w = useWords();
  const locale = displayLocale();
  const y = impl.yearEnd;
  const n = (v: number) => formatNumber(v, locale);
  const owed = y.contributing.filter((c) => c.offsetsOwed > 0 || c.convertedToFinancialEur > 0);
  const confirmed = impl.confirmation.filter((c) =>
    Object.values(c.implemented).some((v) => v > 0),
  );
  return (
    <>
      <Text weight="semibold">{w.t('implementation.end.title', { year: String(impl.year) })}</Text>
      <ul className={s.list}>
        <li>
          {w.t('implementation.end.offsets', {
            owed: n(y.offsetsOwed),
            requestable: n(y.offsetsRequestable),
          })}
        </li>
        {owed.map((c) => (
          <li key={c.code}>
            {c.convertedToFinancialEur > 0
              ? w.t('implementation.end.stateConverted', {
                  state: w.state(c.code),
                  offsets: n(c.offsetsOwed),
                  eur: n(c.convertedToFinancialEur),
                })
              : w.t('implementation.end.state', {
                  state: w.state(c.code),
                  offsets: n(c.offsetsOwed),
                })}
          </li>
        ))}
        <li>{w.t('implementation.end.converted', { eur: n(y.convertedToFinancialEur) })}</li>
        <li>
          {w.t('implementation.end.notAllocated', {
            eur: n(y.notAllocatedEur),
            pool: n(y.financialPoolEur),
          })}
        </li>
      </ul>
      <Text weight="semibold">
        {w.t('implementation.confirmation.title', { year: String(impl.year + 1) })}
      </Text>
      <Caption1>{w.t('implementation.confirmation.share')}</Caption1>
      {confirmed.length === 0 ? (
        <Caption1>{w.t('implementation.confirmation.none', { year: String(impl.year) })}</Caption1>
      ) : (
        <ul className={s.list}>
          {confirmed.map((c) => (
            <li key={c.code}>
              {w.t('implementation.confirmation.state', {
                state: w.state(c.code),
                relocations: n(c.implemented.relocation),
                offsets: n(c.implemented.offset),
                financial: n(c.implemented.financial),
                alternative: n(c.implemented.alternative),
              })}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

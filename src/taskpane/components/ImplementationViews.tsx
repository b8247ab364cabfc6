import {
  Caption1,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { stateName, type Implementation, type NeedType, type TypedDistribution } from '../../core';
import { displayLocale, formatNumber } from '../locale';
import { NumberField } from './NumberField';

const useStyles = makeStyles({
  scroll: { overflowX: 'auto' },
  num: { textAlign: 'right', whiteSpace: 'nowrap' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const TYPE_WORDS: Readonly<Record<NeedType, string>> = {
  relocation: 'People',
  financial: 'Financial (EUR)',
  alternative: 'Alternative (EUR)',
};

/** The distribution by state and type: the proposal, a figure typed over it, and its basis. */
export function DistributionView({
  impl,
  onType,
}: {
  readonly impl: Implementation;
  readonly onType: (cell: Omit<TypedDistribution, 'value'>, value: number | undefined) => void;
}) {
  const s = useStyles();
  const locale = displayLocale();
  return (
    <div className={s.scroll}>
      <Table size="extra-small" aria-label="Distribution among benefitting states">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>State</TableHeaderCell>
            <TableHeaderCell>Type</TableHeaderCell>
            <TableHeaderCell className={s.num}>Need</TableHeaderCell>
            <TableHeaderCell className={s.num}>Proposal</TableHeaderCell>
            <TableHeaderCell>Distributed</TableHeaderCell>
            <TableHeaderCell>Basis</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {impl.distribution.cells.map((c) => (
            <TableRow key={`${c.code}/${c.type}`}>
              <TableCell>
                {stateName(c.code)}
                {c.eligible ? '' : ' (systemic shortcomings, Art. 60(3))'}
              </TableCell>
              <TableCell>{TYPE_WORDS[c.type]}</TableCell>
              <TableCell className={s.num}>{formatNumber(c.need, locale, 1)}</TableCell>
              <TableCell className={s.num}>{formatNumber(c.proposal, locale, 1)}</TableCell>
              <TableCell>
                <NumberField
                  size="small"
                  optional
                  min={0}
                  digits={1}
                  ariaLabel={`${TYPE_WORDS[c.type]} distributed to ${stateName(c.code)}`}
                  value={c.typed}
                  placeholder={formatNumber(c.proposal, locale, 1)}
                  onCommit={(v) => onType(c, v)}
                  onClear={() => onType(c, undefined)}
                />
              </TableCell>
              <TableCell>{c.basis}</TableCell>
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
  const locale = displayLocale();
  const y = impl.yearEnd;
  const n = (v: number) => formatNumber(v, locale);
  const owed = y.contributing.filter((c) => c.offsetsOwed > 0 || c.convertedToFinancialEur > 0);
  const confirmed = impl.confirmation.filter((c) =>
    Object.values(c.implemented).some((v) => v > 0),
  );
  return (
    <>
      <Text weight="semibold">At the end of {impl.year}</Text>
      <ul className={s.list}>
        <li>
          Art. 63(5): contributing states may be asked for {n(y.offsetsOwed)} responsibility offsets
          (relocations pledged and not implemented); benefitting states may request{' '}
          {n(y.offsetsRequestable)}.
        </li>
        {owed.map((c) => (
          <li key={c.code}>
            {stateName(c.code)}: {n(c.offsetsOwed)} offsets
            {c.convertedToFinancialEur > 0
              ? `, EUR ${n(c.convertedToFinancialEur)} of alternative measures converted (Art. 57(4))`
              : ''}
          </li>
        ))}
        <li>
          Art. 57(4): EUR {n(y.convertedToFinancialEur)} of alternative measures not requested
          become financial contributions.
        </li>
        <li>
          Art. 64(4): EUR {n(y.notAllocatedEur)} of the EUR {n(y.financialPoolEur)} financial pool
          not allocated, which may be added to the AMIF thematic facility.
        </li>
      </ul>
      <Text weight="semibold">
        January confirmation (Art. 60(6)), due in January {impl.year + 1}
      </Text>
      <Caption1>
        Share: a copy for one delegation carries its own confirmation and the records it is party
        to.
      </Caption1>
      {confirmed.length === 0 ? (
        <Caption1>No state has a record dated in {impl.year}.</Caption1>
      ) : (
        <ul className={s.list}>
          {confirmed.map((c) => (
            <li key={c.code}>
              {stateName(c.code)}: {n(c.implemented.relocation)} relocations,{' '}
              {n(c.implemented.offset)} offsets, EUR {n(c.implemented.financial)} financial, EUR{' '}
              {n(c.implemented.alternative)} alternative measures
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

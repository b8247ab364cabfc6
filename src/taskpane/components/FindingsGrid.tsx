import {
  Badge,
  Caption1,
  Checkbox,
  makeStyles,
  mergeClasses,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { Dispatch } from 'react';
import { CATEGORY_LABELS, type CategoryMap, type MigratoryCategory } from '../../core';
import type { Action } from '../state';
import { useWords } from '../words';

const CATEGORIES = Object.keys(CATEGORY_LABELS) as MigratoryCategory[];

const useStyles = makeStyles({
  table: { tableLayout: 'fixed', width: '100%' },
  state: { width: '40%' },
  header: { whiteSpace: 'normal', lineHeight: tokens.lineHeightBase200 },
  name: {
    display: 'flex',
    gap: tokens.spacingHorizontalXS,
    alignItems: 'center',
    flexWrap: 'wrap',
  },
});

interface Props {
  readonly participants: readonly string[];
  readonly categories: CategoryMap;
  /** The findings the scenario started from, and the decision they come from. */
  readonly defaults: CategoryMap;
  readonly source: string;
  readonly dispatch: Dispatch<Action>;
}

const same = (a: readonly string[] = [], b: readonly string[] = []) =>
  a.length === b.length && a.every((x) => b.includes(x));

/**
 * The Commission's findings (Art. 11) per state, editable: decisions, never computed. A state whose
 * findings are those of the decision the scenario started from is marked "default"; one the analyst
 * changed, "changed".
 */
export function FindingsGrid({ participants, categories, defaults, source, dispatch }: Props) {
  const s = useStyles();
  const w = useWords();
  return (
    <>
      <Caption1>{w.t('checks.findings.defaults', { source })}</Caption1>
      <Table size="extra-small" className={s.table} aria-label={w.t('checks.findings.table')}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={mergeClasses(s.state, s.header)}>
              {w.t('checks.findings.state')}
            </TableHeaderCell>
            {CATEGORIES.map((c) => (
              <TableHeaderCell key={c} className={s.header} title={w.t(`checks.category.${c}`)}>
                {w.t(`checks.category.short.${c}`)}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {participants.map((code) => {
            const own = categories[code] ?? [];
            const isDefault = same(own, defaults[code]);
            return (
              <TableRow key={code}>
                <TableCell>
                  <span className={s.name}>
                    <Text size={200}>{w.state(code)}</Text>
                    {!isDefault && (
                      <Badge size="small" appearance="tint" color="warning">
                        {w.t('checks.findings.changed')}
                      </Badge>
                    )}
                    {isDefault && own.length > 0 && (
                      <Badge size="small" appearance="outline" color="informative">
                        {w.t('checks.findings.default')}
                      </Badge>
                    )}
                  </span>
                </TableCell>
                {CATEGORIES.map((c) => (
                  <TableCell key={c}>
                    <Checkbox
                      aria-label={w.t(`checks.findings.cell.${c}`, { state: w.state(code) })}
                      checked={own.includes(c)}
                      onChange={(_, x) =>
                        dispatch({ type: 'finding', code, category: c, on: x.checked === true })
                      }
                    />
                  </TableCell>
                ))}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </>
  );
}

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
import { CATEGORY_LABELS, stateName, type CategoryMap, type MigratoryCategory } from '../../core';
import type { Action } from '../state';

const CATEGORIES = Object.keys(CATEGORY_LABELS) as MigratoryCategory[];
const SHORT: Readonly<Record<MigratoryCategory, string>> = {
  'under-pressure': 'Under pressure',
  'at-risk': 'At risk',
  'significant-situation': 'Significant situation',
};

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
  return (
    <>
      <Caption1>Defaults from {source}. A finding changed here is marked “changed”.</Caption1>
      <Table size="extra-small" className={s.table} aria-label="Commission findings per state">
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={mergeClasses(s.state, s.header)}>State</TableHeaderCell>
            {CATEGORIES.map((c) => (
              <TableHeaderCell key={c} className={s.header} title={CATEGORY_LABELS[c]}>
                {SHORT[c]}
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
                    <Text size={200}>{stateName(code)}</Text>
                    {!isDefault && (
                      <Badge size="small" appearance="tint" color="warning">
                        changed
                      </Badge>
                    )}
                    {isDefault && own.length > 0 && (
                      <Badge size="small" appearance="outline" color="informative">
                        default
                      </Badge>
                    )}
                  </span>
                </TableCell>
                {CATEGORIES.map((c) => (
                  <TableCell key={c}>
                    <Checkbox
                      aria-label={`${stateName(code)}: ${CATEGORY_LABELS[c].toLowerCase()}`}
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

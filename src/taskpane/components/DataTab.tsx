import {
  Badge,
  Button,
  Caption1,
  Dropdown,
  Field,
  makeStyles,
  Option,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { Dispatch } from 'react';
import { indicatorInfo, VINTAGES, gapsOf, type IndicatorSet } from '../../data';
import type { PaneServices } from '../services';
import type { Action, PaneState } from '../state';
import { ImportSection } from './ImportSection';

const useStyles = makeStyles({
  list: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
  },
  item: {
    listStyleType: 'none',
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    paddingLeft: tokens.spacingHorizontalS,
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
  },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

interface Props {
  readonly state: PaneState;
  readonly data: IndicatorSet;
  readonly dispatch: Dispatch<Action>;
  readonly services: PaneServices;
}

/** Which data the tables use: a bundled vintage, series replaced from a file, a table or Eurostat. */
export function DataTab({ state, data, dispatch, services }: Props) {
  const s = useStyles();
  const vintage = VINTAGES.find((v) => v.id === state.vintage);
  const participants = state.scenario.participants;
  return (
    <div className={s.section}>
      <Field label="Bundled Eurostat data" hint={vintage?.description} size="small">
        <Dropdown
          size="small"
          value={vintage?.label ?? state.vintage}
          selectedOptions={[state.vintage]}
          onOptionSelect={(_, d) =>
            d.optionValue && dispatch({ type: 'vintage', id: d.optionValue })
          }
        >
          {VINTAGES.map((v) => (
            <Option key={v.id} value={v.id}>
              {v.label}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <section aria-labelledby="in-use">
        <Text weight="semibold" id="in-use" as="h2" size={300}>
          Data in use
        </Text>
        <ul className={s.list}>
          {data.series.map((series) => {
            const info = indicatorInfo(series.indicator);
            const gaps = gapsOf(series, participants);
            const replaced = state.replacements.find(
              (r) => r.series.indicator === series.indicator,
            );
            return (
              <li key={series.indicator} className={s.item}>
                <div className={s.row}>
                  <Text weight="semibold" size={200}>
                    {info.label} {series.period}
                  </Text>
                  {gaps.length === 0 ? (
                    <Badge size="small" appearance="tint" color="success">
                      {participants.length} of {participants.length} states
                    </Badge>
                  ) : (
                    <Badge
                      size="small"
                      appearance="tint"
                      color={info.role === 'fair-share' ? 'danger' : 'warning'}
                    >
                      {participants.length - gaps.length} of {participants.length} states
                    </Badge>
                  )}
                </div>
                <Caption1>
                  {series.provenance.dataset}, release {series.provenance.release}
                  {replaced ? ` (from ${replaced.origin})` : ''}
                </Caption1>
                {gaps.length > 0 && <Caption1>Gaps: {gaps.join(', ')}</Caption1>}
                {replaced && (
                  <div>
                    <Button
                      size="small"
                      appearance="subtle"
                      onClick={() => dispatch({ type: 'revert', indicator: series.indicator })}
                    >
                      Use the bundled {info.short.toLowerCase()} again
                    </Button>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      </section>
      <ImportSection state={state} dispatch={dispatch} services={services} />
    </div>
  );
}

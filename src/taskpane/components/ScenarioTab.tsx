import {
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Switch,
} from '@fluentui/react-components';
import { useDeferredValue } from 'react';
import { presetNotesOf } from '../generate';
import { poolName, poolStatus, poolsInOrder } from '../shell/poolWords';
import { useWords } from '../words';
import { NumberField } from './NumberField';
import { PoolNumbers } from './PoolNumbers';
import { ScenarioMore } from './ScenarioMore';
import { useScenarioStyles, type ScenarioProps } from './scenarioParts';

interface Props extends ScenarioProps {
  /** Whether the analyst chose the pool; until then none shows as chosen. */
  readonly poolChosen?: boolean;
}

/** Participants, totals, the Commission's findings and deductions; saved in the workbook. */
export function ScenarioTab({ state, dispatch, services, data, poolChosen = true }: Props) {
  const s = useScenarioStyles();
  const w = useWords();
  const d = state.scenario;
  // False in the tab's first render, true in the one React draws right after it.
  const full = useDeferredValue(true, false);
  const pools = poolsInOrder();
  const preset = poolChosen ? pools.find((p) => p.id === d.presetId) : undefined;
  const caveats = presetNotesOf(state).caveats ?? [];

  return (
    <div className={s.section}>
      <Field label={w.t('scenario.pool')} hint={preset && poolStatus(preset, w)} size="small">
        <Dropdown
          size="small"
          value={preset ? poolName(preset, w) : ''}
          placeholder={w.t('pool.none')}
          selectedOptions={preset ? [preset.id] : []}
          onOptionSelect={(_, x) =>
            x.optionValue && dispatch({ type: 'preset', id: x.optionValue })
          }
        >
          {pools.map((p) => (
            <Option key={p.id} value={p.id}>
              {poolName(p, w)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {caveats.length > 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{w.t('scenario.caveats')}</MessageBarTitle>
            <ul className={s.caveats}>
              {caveats.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}

      <fieldset className={s.group}>
        <legend className={s.legend}>{w.t('scenario.proposal.legend')}</legend>
        <Switch
          checked={d.proposal !== undefined}
          label={w.t(d.proposal ? 'scenario.proposal.adopted' : 'scenario.proposal.none')}
          onChange={(_, x) => dispatch({ type: 'councilAct', on: x.checked })}
        />
        {d.proposal && (
          <PoolNumbers
            numbers={d.proposal}
            relocationsLabel={w.t('scenario.proposal.relocations')}
            relocationsHint={w.t('scenario.proposal.relocationsHint')}
            financialLabel={w.t('scenario.proposal.financial')}
            onCommit={(field, value) => dispatch({ type: 'proposal', field, value })}
          />
        )}
      </fieldset>

      <fieldset className={s.group}>
        <legend className={s.legend}>
          {w.t(d.proposal ? 'scenario.totals.council' : 'scenario.totals.proposal')}
        </legend>
        <PoolNumbers
          numbers={d}
          relocationsLabel={w.t('scenario.relocations')}
          financialLabel={w.t('scenario.financial')}
          onCommit={(field, value) => dispatch({ type: 'total', field, value })}
        />
        <NumberField
          label={w.t('scenario.eurPerRelocation')}
          unit="EUR"
          hint={w.t('scenario.eurPerRelocationHint')}
          value={d.eurPerRelocation}
          positive
          onCommit={(v) => dispatch({ type: 'total', field: 'eurPerRelocation', value: v })}
        />
        <Switch
          checked={d.keepRatio}
          label={w.t(d.keepRatio ? 'scenario.keepRatio' : 'scenario.bothTotals')}
          onChange={(_, x) => dispatch({ type: 'keepRatio', on: x.checked })}
        />
      </fieldset>

      {/* Below the fold at 350 px: drawn just after the tab's first frame (issue 16's first click). */}
      {full && <ScenarioMore state={state} dispatch={dispatch} services={services} data={data} />}
    </div>
  );
}

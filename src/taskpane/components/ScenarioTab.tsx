import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  Dropdown,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Switch,
  tokens,
} from '@fluentui/react-components';
import { useState, type Dispatch } from 'react';
import { CATEGORY_LABELS, STATES, type MigratoryCategory } from '../../core';
import { type IndicatorSet } from '../../data';
import { presetNotesOf } from '../generate';
import { useResults } from '../results';
import { damagedScenario, parseSavedScenario } from '../savedScenario';
import type { PaneServices } from '../services';
import { poolName, poolStatus, poolsInOrder } from '../shell/poolWords';
import { presetOf, type Action, type PaneState } from '../state';
import { useWords } from '../words';
import { FindingsGrid } from './FindingsGrid';
import { NumberField } from './NumberField';
import { PledgeGrid } from './PledgeGrid';
import { PoolNumbers } from './PoolNumbers';
import { StatePicker } from './StatePicker';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  group: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    border: 'none',
    margin: 0,
    padding: 0,
  },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end', flexWrap: 'wrap' },
  caveats: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  legend: {
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
    padding: 0,
    marginBottom: tokens.spacingVerticalXS,
  },
});

interface Props {
  readonly state: PaneState;
  readonly dispatch: Dispatch<Action>;
  readonly services: PaneServices;
  /** The data in use, as the pane composed it once; else composed from the state. */
  readonly data?: IndicatorSet;
  /** Whether the analyst chose the pool; until then none shows as chosen. */
  readonly poolChosen?: boolean;
}

const CATEGORIES = Object.keys(CATEGORY_LABELS) as MigratoryCategory[];

/** Participants, totals, the Commission's findings and deductions; saved in the workbook. */
export function ScenarioTab({ state, dispatch, services, data, poolChosen = true }: Props) {
  const s = useStyles();
  const w = useWords();
  const d = state.scenario;
  const [name, setName] = useState('');
  const [saved, setSaved] = useState(() => services.savedScenarios());
  const results = useResults(state, data);
  const pools = poolsInOrder();
  const preset = poolChosen ? pools.find((p) => p.id === d.presetId) : undefined;
  const caveats = presetNotesOf(state).caveats ?? [];
  const statesIn = (c: MigratoryCategory) =>
    Object.keys(d.categories).filter((code) => d.categories[code]?.includes(c));

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

      <fieldset className={s.group}>
        <legend className={s.legend}>
          {w.t('scenario.participants', { n: String(d.participants.length) })}
        </legend>
        <StatePicker
          label={w.t('scenario.boundBy')}
          hint={w.t('scenario.boundByHint')}
          selected={d.participants}
          onChange={(codes) =>
            dispatch({
              type: 'participants',
              codes: STATES.map((x) => x.code).filter((c) => codes.includes(c)),
            })
          }
        />
      </fieldset>

      <Accordion multiple collapsible defaultOpenItems={['deductions']}>
        <AccordionItem value="findings">
          <AccordionHeader size="small">{w.t('scenario.findings')}</AccordionHeader>
          <AccordionPanel className={s.group}>
            <Caption1>{w.t('scenario.findingsHint')}</Caption1>
            {CATEGORIES.map((c) => (
              <StatePicker
                key={c}
                label={CATEGORY_LABELS[c]}
                among={d.participants}
                selected={statesIn(c)}
                onChange={(codes) => dispatch({ type: 'category', category: c, codes })}
              />
            ))}
            <FindingsGrid
              participants={d.participants}
              categories={d.categories}
              defaults={presetOf(d).scenario.categories}
              source={presetOf(d).categoriesSource}
              dispatch={dispatch}
            />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="deductions">
          <AccordionHeader size="small">{w.t('scenario.deductions')}</AccordionHeader>
          <AccordionPanel className={s.group}>
            <Caption1>{w.t('scenario.deductionsHint')}</Caption1>
            <PledgeGrid state={state} dispatch={dispatch} results={results} only="deduction" />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>

      <fieldset className={s.group}>
        <legend className={s.legend}>{w.t('scenario.saved')}</legend>
        <div className={s.row}>
          <Field label={w.t('scenario.name')} size="small">
            <Input size="small" value={name} onChange={(_, x) => setName(x.value)} />
          </Field>
          <Button
            size="small"
            disabled={name.trim() === ''}
            onClick={() =>
              void services
                .saveScenario(name.trim(), { vintage: state.vintage, draft: d })
                .then(() => {
                  setSaved(services.savedScenarios());
                  dispatch({
                    type: 'status',
                    status: {
                      kind: 'done',
                      intent: 'success',
                      title: w.t('scenario.savedTitle'),
                      body: w.t('scenario.savedBody', { name: name.trim() }),
                    },
                  });
                })
                .catch((e: Error) =>
                  dispatch({
                    type: 'status',
                    status: {
                      kind: 'done',
                      intent: 'error',
                      title: w.t('scenario.notSaved'),
                      body: e.message,
                    },
                  }),
                )
            }
          >
            {w.t('scenario.save')}
          </Button>
        </div>
        {Object.keys(saved).length > 0 && (
          <Field label={w.t('scenario.open')} size="small">
            <Dropdown
              size="small"
              placeholder={w.t('scenario.openPlaceholder')}
              onOptionSelect={(_, o) => {
                const name = o.optionValue;
                if (name === undefined) return;
                const entry = parseSavedScenario(saved[name]);
                if (!entry) {
                  dispatch({ type: 'status', status: damagedScenario(name, 'Not opened') });
                  return;
                }
                dispatch({ type: 'scenario', draft: entry.draft, vintage: entry.vintage });
              }}
            >
              {Object.keys(saved).map((k) => (
                <Option key={k} value={k}>
                  {k}
                </Option>
              ))}
            </Dropdown>
          </Field>
        )}
      </fieldset>
    </div>
  );
}

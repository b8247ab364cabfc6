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
import { PRESETS, type IndicatorSet } from '../../data';
import { presetNotesOf } from '../generate';
import { useResults } from '../results';
import { damagedScenario, parseSavedScenario } from '../savedScenario';
import type { PaneServices } from '../services';
import { presetOf, type Action, type PaneState } from '../state';
import { FindingsGrid } from './FindingsGrid';
import { NumberField } from './NumberField';
import { PledgeGrid } from './PledgeGrid';
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
}

const CATEGORIES = Object.keys(CATEGORY_LABELS) as MigratoryCategory[];

/** Participants, totals, the Commission's findings and deductions; saved in the workbook. */
export function ScenarioTab({ state, dispatch, services, data }: Props) {
  const s = useStyles();
  const d = state.scenario;
  const [name, setName] = useState('');
  const [saved, setSaved] = useState(() => services.savedScenarios());
  const results = useResults(state, data);
  const preset = PRESETS.find((p) => p.id === d.presetId);
  const caveats = presetNotesOf(state).caveats ?? [];
  const statesIn = (c: MigratoryCategory) =>
    Object.keys(d.categories).filter((code) => d.categories[code]?.includes(c));

  return (
    <div className={s.section}>
      <Field label="Start from" hint={preset?.description} size="small">
        <Dropdown
          size="small"
          value={preset?.label ?? d.presetId}
          selectedOptions={[d.presetId]}
          onOptionSelect={(_, x) =>
            x.optionValue && dispatch({ type: 'preset', id: x.optionValue })
          }
        >
          {PRESETS.map((p) => (
            <Option key={p.id} value={p.id}>
              {p.label}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {caveats.length > 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Where this differs from the Commission’s own inputs</MessageBarTitle>
            <ul className={s.caveats}>
              {caveats.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}

      <fieldset className={s.group}>
        <legend className={s.legend}>The Commission proposal (Art. 12(2))</legend>
        <Switch
          checked={d.proposal !== undefined}
          label={
            d.proposal
              ? 'The Council has adopted the pool (Art. 57(1)): its reference numbers below'
              : 'No Council act yet: the numbers below are the proposal’s'
          }
          onChange={(_, x) => dispatch({ type: 'councilAct', on: x.checked })}
        />
        {d.proposal && (
          <>
            <NumberField
              label="Relocations in the proposal"
              hint="Art. 63(1) measures relocation pledges against this number"
              value={d.proposal.relocations}
              positive
              onCommit={(v) => dispatch({ type: 'proposal', field: 'relocations', value: v })}
            />
            <NumberField
              label="Financial contributions in the proposal"
              unit="EUR"
              value={d.proposal.financialEur}
              positive
              onCommit={(v) => dispatch({ type: 'proposal', field: 'financialEur', value: v })}
            />
          </>
        )}
      </fieldset>

      <fieldset className={s.group}>
        <legend className={s.legend}>
          {d.proposal
            ? 'The Council’s reference numbers (Art. 57(1))'
            : 'Pool totals of the proposal (Art. 12(2))'}
        </legend>
        <NumberField
          label="Relocations"
          value={d.relocations}
          positive
          onCommit={(v) => dispatch({ type: 'total', field: 'relocations', value: v })}
        />
        <NumberField
          label="Financial contributions"
          unit="EUR"
          value={d.financialEur}
          positive
          onCommit={(v) => dispatch({ type: 'total', field: 'financialEur', value: v })}
        />
        <NumberField
          label="Value of one relocation or offset"
          unit="EUR"
          hint="Recital 15: the ratio of EUR 600 million to 30,000"
          value={d.eurPerRelocation}
          positive
          onCommit={(v) => dispatch({ type: 'total', field: 'eurPerRelocation', value: v })}
        />
        <Switch
          checked={d.keepRatio}
          label={
            d.keepRatio
              ? 'Keep the ratio: one total follows the other'
              : 'Both totals set (as the Council may, Art. 57(1))'
          }
          onChange={(_, x) => dispatch({ type: 'keepRatio', on: x.checked })}
        />
      </fieldset>

      <fieldset className={s.group}>
        <legend className={s.legend}>Participating states ({d.participants.length})</legend>
        <StatePicker
          label="Bound by solidarity"
          hint="The EU-27 without Denmark by default; Member States only (Annex I); Norway, Iceland, Switzerland and Liechtenstein pledge ad hoc on the Pledges tab (Art. 13(1))."
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
          <AccordionHeader size="small">Commission findings (Art. 11)</AccordionHeader>
          <AccordionPanel className={s.group}>
            <Caption1>Decisions, not computed: type a state to add it to a finding.</Caption1>
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
          <AccordionHeader size="small">Deductions (Art. 61, 62)</AccordionHeader>
          <AccordionPanel className={s.group}>
            <Caption1>
              Type a percentage in a state’s cell; an empty cell is no deduction. The deducted part
              is not redistributed. The basis defaults to Art. 61 for a state under migratory
              pressure, else Art. 62.
            </Caption1>
            <PledgeGrid state={state} dispatch={dispatch} results={results} only="deduction" />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>

      <fieldset className={s.group}>
        <legend className={s.legend}>Saved in this workbook</legend>
        <div className={s.row}>
          <Field label="Scenario name" size="small">
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
                      title: 'Scenario saved',
                      body: `“${name.trim()}” is saved in this workbook.`,
                    },
                  });
                })
                .catch((e: Error) =>
                  dispatch({
                    type: 'status',
                    status: { kind: 'done', intent: 'error', title: 'Not saved', body: e.message },
                  }),
                )
            }
          >
            Save
          </Button>
        </div>
        {Object.keys(saved).length > 0 && (
          <Field label="Open a saved scenario" size="small">
            <Dropdown
              size="small"
              placeholder="Choose"
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

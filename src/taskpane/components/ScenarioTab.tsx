import {
  Button,
  Caption1,
  Dropdown,
  Field,
  Input,
  makeStyles,
  Option,
  Switch,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState, type Dispatch } from 'react';
import {
  CATEGORY_LABELS,
  STATES,
  stateName,
  type DeductionArticle,
  type MigratoryCategory,
} from '../../core';
import { PRESETS } from '../../data';
import { parseSavedScenario } from '../savedScenario';
import type { PaneServices } from '../services';
import type { Action, PaneState } from '../state';
import { NumberField } from './NumberField';
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
  narrow: { width: '6.5rem' },
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
}

const CATEGORIES = Object.keys(CATEGORY_LABELS) as MigratoryCategory[];

/** Participants, totals, the Commission's findings and deductions; saved in the workbook. */
export function ScenarioTab({ state, dispatch, services }: Props) {
  const s = useStyles();
  const d = state.scenario;
  const [name, setName] = useState('');
  const [saved, setSaved] = useState(() => services.savedScenarios());
  const [newDeduction, setNewDeduction] = useState<string>('');
  const preset = PRESETS.find((p) => p.id === d.presetId);
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

      <fieldset className={s.group}>
        <legend className={s.legend}>Pool totals (Art. 12(2))</legend>
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
          hint="The EU-27 without Denmark by default; add a Dublin-associated state to model an ad hoc contribution."
          selected={d.participants}
          onChange={(codes) =>
            dispatch({
              type: 'participants',
              codes: STATES.map((x) => x.code).filter((c) => codes.includes(c)),
            })
          }
        />
      </fieldset>

      <fieldset className={s.group}>
        <legend className={s.legend}>Commission findings (Art. 11)</legend>
        <Caption1>
          Decisions, not computed: defaults from Implementing Decision (EU) 2025/2323.
        </Caption1>
        {CATEGORIES.map((c) => (
          <StatePicker
            key={c}
            label={CATEGORY_LABELS[c]}
            among={d.participants}
            selected={statesIn(c)}
            onChange={(codes) => dispatch({ type: 'category', category: c, codes })}
          />
        ))}
      </fieldset>

      <fieldset className={s.group}>
        <legend className={s.legend}>Deductions (Art. 61, 62)</legend>
        {d.deductions.length === 0 && (
          <Caption1>
            None. A deduction reduces that state’s contribution; nothing is redistributed.
          </Caption1>
        )}
        {d.deductions.map((x) => (
          <div key={x.code} className={s.row}>
            <Text size={200} style={{ minWidth: '5.5rem' }}>
              {stateName(x.code)}
            </Text>
            <div className={s.narrow}>
              <NumberField
                label="Deducted"
                unit="%"
                value={x.share * 100}
                max={100}
                onCommit={(v) =>
                  dispatch({ type: 'deduction', code: x.code, share: v / 100, article: x.article })
                }
              />
            </div>
            <Field label="Basis" size="small">
              <Dropdown
                size="small"
                className={s.narrow}
                value={`Art. ${x.article}`}
                selectedOptions={[String(x.article)]}
                onOptionSelect={(_, o) =>
                  o.optionValue &&
                  dispatch({
                    type: 'deduction',
                    code: x.code,
                    share: x.share,
                    article: Number(o.optionValue) as DeductionArticle,
                  })
                }
              >
                <Option value="61">Art. 61</Option>
                <Option value="62">Art. 62</Option>
              </Dropdown>
            </Field>
            <Button
              size="small"
              appearance="subtle"
              aria-label={`Remove the deduction of ${stateName(x.code)}`}
              onClick={() => dispatch({ type: 'removeDeduction', code: x.code })}
            >
              Remove
            </Button>
          </div>
        ))}
        <div className={s.row}>
          <Field label="Add a deduction for" size="small">
            <Dropdown
              size="small"
              placeholder="Choose a state"
              value={newDeduction ? stateName(newDeduction) : ''}
              selectedOptions={newDeduction ? [newDeduction] : []}
              onOptionSelect={(_, o) => setNewDeduction(o.optionValue ?? '')}
            >
              {d.participants
                .filter((c) => !d.deductions.some((x) => x.code === c))
                .map((c) => (
                  <Option key={c} value={c}>
                    {stateName(c)}
                  </Option>
                ))}
            </Dropdown>
          </Field>
          <Button
            size="small"
            disabled={!newDeduction}
            onClick={() => {
              // Art. 61 for a state found under migratory pressure, else Art. 62.
              const article: DeductionArticle = d.categories[newDeduction]?.includes(
                'under-pressure',
              )
                ? 61
                : 62;
              dispatch({ type: 'deduction', code: newDeduction, share: 1, article });
              setNewDeduction('');
            }}
          >
            Add
          </Button>
        </div>
      </fieldset>

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
                const entry = o.optionValue ? parseSavedScenario(saved[o.optionValue]) : undefined;
                if (!entry) {
                  dispatch({
                    type: 'status',
                    status: {
                      kind: 'done',
                      intent: 'error',
                      title: 'Not opened',
                      body: 'That saved scenario is damaged or from another version.',
                    },
                  });
                  return;
                }
                dispatch({ type: 'scenario', draft: entry.draft });
                dispatch({ type: 'vintage', id: entry.vintage });
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

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
  Option,
} from '@fluentui/react-components';
import { useState } from 'react';
import { CATEGORY_LABELS, STATES, type MigratoryCategory } from '../../core';
import { useResults } from '../results';
import { damagedScenario, parseSavedScenario } from '../savedScenario';
import { presetOf } from '../state';
import { useWords } from '../words';
import { FindingsGrid } from './FindingsGrid';
import { PledgeGrid } from './PledgeGrid';
import { StatePicker } from './StatePicker';
import { useScenarioStyles, type ScenarioProps } from './scenarioParts';

const CATEGORIES = Object.keys(CATEGORY_LABELS) as MigratoryCategory[];

/**
 * The Scenario tab below its totals: the participants, the Commission's findings, the deductions
 * and the saved scenarios. Drawn in the render after the tab's first, so that the first click on
 * the tab paints at once what is in view (issue 16); nothing above it moves when it comes.
 */
export function ScenarioMore({ state, dispatch, services, data }: ScenarioProps) {
  const s = useScenarioStyles();
  const w = useWords();
  const d = state.scenario;
  const [name, setName] = useState('');
  const [saved, setSaved] = useState(() => services.savedScenarios());
  const results = useResults(state, data);
  const statesIn = (c: MigratoryCategory) =>
    Object.keys(d.categories).filter((code) => d.categories[code]?.includes(c));

  return (
    <>
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
                label={w.t(`checks.category.${c}`)}
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
                  dispatch({ type: 'status', status: damagedScenario(w, name, 'opened') });
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
    </>
  );
}

import {
  Field,
  Tag,
  TagPicker,
  TagPickerControl,
  TagPickerGroup,
  TagPickerInput,
  TagPickerList,
  TagPickerOption,
} from '@fluentui/react-components';
import { useState } from 'react';
import { STATES } from '../../core';
import { matchesState } from '../stateSearch';
import { useWords } from '../words';

interface Props {
  readonly label: string;
  readonly selected: readonly string[];
  readonly onChange: (codes: string[]) => void;
  readonly among?: readonly string[];
  readonly hint?: string;
}

const NO_MATCH = '__none__';

/** The list's chevron, drawn here: Fluent's own comes only with an unnamed expand button. */
const chevron = (
  <svg width="1em" height="1em" viewBox="0 0 20 20" fill="currentColor" aria-hidden="true">
    <path d="M4.22 7.22a.75.75 0 0 1 1.06 0L10 11.94l4.72-4.72a.75.75 0 1 1 1.06 1.06l-5.25 5.25a.75.75 0 0 1-1.06 0L4.22 8.28a.75.75 0 0 1 0-1.06Z" />
  </svg>
);

/**
 * Several states, chosen by typing part of a name or a code ("Nor", "fr"): the list filters as the
 * analyst types and the chosen states show as tags, each removable by click or Backspace.
 */
export function StatePicker({ label, selected, onChange, among, hint }: Props) {
  const w = useWords();
  const [query, setQuery] = useState('');
  const choices = (among ?? STATES.map((s) => s.code)).filter(
    (code) => !selected.includes(code) && matchesState(code, query, w.state(code)),
  );
  return (
    <Field label={label} hint={hint} size="small">
      <TagPicker
        size="medium"
        selectedOptions={[...selected]}
        onOptionSelect={(_, d) => {
          if (d.value === NO_MATCH) return;
          onChange(d.selectedOptions);
          setQuery('');
        }}
      >
        {/* The expand button named in the render, in the pane's language: Fluent names it in an
            effect, in English ("Open …"), and an audit between the render and that effect found it
            unnamed (axe's aria-command-name). */}
        <TagPickerControl
          expandIcon={{ 'aria-label': w.t('picker.open', { label }), children: chevron }}
        >
          <TagPickerGroup aria-label={w.t('picker.chosen', { label })}>
            {selected.map((code) => (
              <Tag
                key={code}
                value={code}
                shape="rounded"
                size="small"
                title={w.t('picker.remove', { state: w.state(code) })}
              >
                {w.state(code)}
              </Tag>
            ))}
          </TagPickerGroup>
          <TagPickerInput
            aria-label={w.t('picker.type', { label })}
            placeholder={selected.length === 0 ? w.t('picker.placeholder') : undefined}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
        </TagPickerControl>
        <TagPickerList>
          {choices.length > 0 ? (
            choices.map((code) => (
              <TagPickerOption key={code} value={code} text={w.state(code)} secondaryContent={code}>
                {w.state(code)}
              </TagPickerOption>
            ))
          ) : (
            <TagPickerOption value={NO_MATCH} text="">
              {query ? w.t('picker.noMatch', { query }) : w.t('picker.allChosen')}
            </TagPickerOption>
          )}
        </TagPickerList>
      </TagPicker>
    </Field>
  );
}

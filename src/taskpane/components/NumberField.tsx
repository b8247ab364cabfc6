import { Field, Input, makeStyles, mergeClasses } from '@fluentui/react-components';
import { startTransition, useMemo, useOptimistic, useRef, useState } from 'react';
import type { Phrase } from '../../data/reasons/say';
import { sentenceInWords } from '../../report/words/issueWords';
import { outOfBounds } from '../gridPaste';
import { displayLocale, formatNumber, parseLocaleNumber } from '../locale';
import { useWords } from '../words';
import { useStillFocusStyles } from './stillFocus';

interface Props {
  /** The visible label; in a grid cell, give `ariaLabel` instead ("Relocations pledged by France"). */
  readonly label?: string;
  readonly ariaLabel?: string;
  /** Undefined shows an empty field (allowed only when `optional`). */
  readonly value: number | undefined;
  readonly onCommit: (value: number) => void;
  /** An optional field: emptying it commits undefined ("no deduction"). */
  readonly optional?: boolean;
  readonly onClear?: () => void;
  readonly hint?: string;
  /** The smallest value allowed (exclusive when `positive`). */
  readonly min?: number;
  readonly positive?: boolean;
  readonly max?: number;
  readonly unit?: string;
  readonly size?: 'small' | 'medium';
  /** Decimals shown when the field is not being edited. */
  readonly digits?: number;
  readonly placeholder?: string;
  /** The analyst's locale; Office's display language by default. */
  readonly locale?: string;
  readonly className?: string;
  /** Persons, who are whole (Art. 56(2)(a), Art. 63): 4,555.5 is refused, never rounded. */
  readonly whole?: boolean;
  /** A value pasted here and refused: shown as pasted, with why, until the analyst types. */
  readonly mark?: { readonly text: string; readonly message: string };
  /** The field's place in a grid, for Enter and the arrow keys (PledgeGrid). */
  readonly cell?: { readonly row: number; readonly col: number };
}

const useStyles = makeStyles({
  // The field fills its cell or column: in a narrow grid, the digits get all the room there is.
  field: { minWidth: 0, width: '100%' },
  input: { minWidth: 0, width: '100%', boxSizing: 'border-box' },
  right: { textAlign: 'end', minWidth: 0, width: '100%' },
  // A grid cell keeps its room for digits (issue 16: no figure cut).
  tight: { paddingLeft: '4px', paddingRight: '4px' },
  // A grid cell's field, while it shows no message, is laid out on its own: a digit typed relays
  // out the field, not the table and the pane around it (Chromium starts layout at a box with
  // layout and size containment and a layer of its own). The height is Fluent's input height.
  ownLayout: { contain: 'layout size', position: 'relative' },
  ownLayoutSmall: { height: '24px' },
  ownLayoutMedium: { height: '32px' },
});

/**
 * A number typed by the analyst: grouped in their locale when not being edited ("600,000,000" or
 * "600 000 000"), read strictly while typed and committed only when valid; else the field says what
 * is wrong, in place.
 */
export function NumberField({
  label,
  ariaLabel,
  value,
  onCommit,
  optional,
  onClear,
  hint,
  min = 0,
  positive,
  max,
  unit,
  size = 'small',
  digits = 4,
  placeholder,
  locale: given,
  className,
  whole,
  mark,
  cell,
}: Props) {
  const s = useStyles();
  const still = useStillFocusStyles().still;
  const locale = useMemo(() => given ?? displayLocale(), [given]);
  // The value shown (0 is "empty" in an optional field).
  const norm = (v: number | undefined) => (optional && v === 0 ? undefined : v);
  // A valid entry is committed as a transition (issue 16's keystroke budget): the digit typed is
  // drawn at once, and what follows from it (the balances, the pool summary, the whole pane's
  // state) is drawn after, interrupted by the next key. Until then the field shows the value
  // typed, as pending (React's optimistic value); then the pane's own value again.
  const [pending, showPending] = useOptimistic(value);
  const current = norm(pending);
  // The text the analyst is editing, with the value it was typed over. A value set from outside (a
  // preset, the ratio, a loaded round, an undo) differs from that base and is shown at once, in the
  // same render, even while the field is being edited: derived here, not copied in by an effect,
  // whose update React may render a task later than the undo that caused it.
  const [edit, setEdit] = useState<{ text: string; base: number | undefined; error?: Phrase }>();
  const editing = edit !== undefined && edit.base === current ? edit : undefined;
  // A value pasted and refused shows as pasted, with why, until the analyst types or presses Escape.
  const [dismissed, setDismissed] = useState<Props['mark']>();
  const marked = mark !== undefined && mark !== dismissed ? mark : undefined;
  const formatted = (v: number | undefined) =>
    v === undefined ? '' : formatNumber(v, locale, digits);
  const shown = marked?.text ?? editing?.text ?? formatted(pending);
  // Why a typed value is refused, as facts: said in the pane's language at each render.
  const w = useWords();
  const error = marked?.message ?? (editing?.error && sentenceInWords(w, editing.error));
  // The value when the analyst entered the field: Escape brings it back, as in Excel.
  const atFocus = useRef(current);

  const commit = (n: number) =>
    startTransition(() => {
      showPending(n);
      onCommit(n);
    });
  const clear = () =>
    startTransition(() => {
      showPending(undefined);
      onClear?.();
    });
  const change = (raw: string) => {
    setDismissed(mark);
    if (optional && raw.trim() === '') {
      setEdit({ text: raw, base: undefined });
      clear();
      return;
    }
    const parsed = parseLocaleNumber(raw, locale);
    const n = parsed.ok ? parsed.value : NaN;
    const refused = parsed.ok
      ? outOfBounds(n, locale, { min, max, ...(positive ? { positive } : {}), whole })
      : parsed;
    const bad = refused && !refused.ok ? refused.why : undefined;
    // A wrong entry stays as typed over the value it would replace; a valid one is committed.
    setEdit({ text: raw, base: bad ? current : norm(n), ...(bad ? { error: bad } : {}) });
    if (!bad) commit(n);
  };
  return (
    <Field
      label={label}
      hint={hint}
      validationMessage={error}
      validationState={error ? 'error' : 'none'}
      size={size}
      className={mergeClasses(
        s.field,
        cell && !error && s.ownLayout,
        cell && !error && (size === 'small' ? s.ownLayoutSmall : s.ownLayoutMedium),
        className,
      )}
    >
      <Input
        className={mergeClasses(s.input, still)}
        input={{ className: mergeClasses(s.right, cell && s.tight) }}
        value={shown}
        // The full figure on hover, as on focus.
        title={shown || undefined}
        inputMode="decimal"
        aria-label={label ? undefined : ariaLabel}
        placeholder={placeholder}
        onFocus={() => {
          // Nothing to draw on entering a field: a wrong entry left there keeps its message.
          atFocus.current = current;
        }}
        onKeyDown={(e) => {
          if (e.key !== 'Escape') return;
          // Escape restores the cell as it was when the analyst entered it.
          const before = atFocus.current;
          setDismissed(mark);
          setEdit({ text: formatted(before), base: before });
          if (before === current) return;
          if (before === undefined) clear();
          else commit(before);
        }}
        {...(cell ? { 'data-row': cell.row, 'data-col': cell.col } : {})}
        onBlur={() => {
          // A valid entry shows formatted again at once; a wrong one stays as typed, with its
          // message.
          if (!editing?.error) setEdit(undefined);
        }}
        onChange={(_, d) => change(d.value)}
        contentAfter={unit}
        size={size}
      />
    </Field>
  );
}

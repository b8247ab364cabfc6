import { Field, Input, makeStyles, mergeClasses } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import { displayLocale, formatNumber, parseLocaleNumber } from '../locale';

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
  const locale = useMemo(() => given ?? displayLocale(), [given]);
  // The text while the analyst edits; undefined when the field shows the value formatted.
  const [draft, setDraft] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();
  const focused = useRef(false);
  // What this field last committed (0 is "empty" in an optional field).
  const norm = (v: number | undefined) => (optional && v === 0 ? undefined : v);
  const committed = useRef(norm(value));
  // A value set from outside (a preset, the ratio, a loaded round, an undo) replaces what the field
  // shows, even while it is being edited; the field's own commits do not.
  useEffect(() => {
    const v = optional && value === 0 ? undefined : value;
    if (focused.current && v === committed.current) return;
    committed.current = v;
    setDraft(
      focused.current ? (v === undefined ? '' : formatNumber(v, locale, digits)) : undefined,
    );
    setError(undefined);
  }, [value, optional, locale, digits]);
  // The value when the analyst entered the field: Escape brings it back, as in Excel.
  const atFocus = useRef(committed.current);
  useEffect(() => {
    if (!mark) return;
    setDraft(mark.text);
    setError(mark.message);
  }, [mark]);
  const shown = draft ?? (value === undefined ? '' : formatNumber(value, locale, digits));

  const change = (raw: string) => {
    setDraft(raw);
    if (optional && raw.trim() === '') {
      setError(undefined);
      committed.current = undefined;
      onClear?.();
      return;
    }
    const parsed = parseLocaleNumber(raw, locale);
    const n = parsed.ok ? parsed.value : NaN;
    const bad = !parsed.ok
      ? parsed.message
      : positive && n <= min
        ? `Must be above ${formatNumber(min, locale)}.`
        : n < min
          ? `Must be at least ${formatNumber(min, locale)}.`
          : max !== undefined && n > max
            ? `Must be at most ${formatNumber(max, locale)}.`
            : whole && !Number.isInteger(n)
              ? `Whole persons only: type ${formatNumber(Math.floor(n), locale)} or ${formatNumber(Math.ceil(n), locale)}.`
              : undefined;
    setError(bad);
    if (bad) return;
    committed.current = norm(n);
    onCommit(n);
  };
  return (
    <Field
      label={label}
      hint={hint}
      validationMessage={error}
      validationState={error ? 'error' : 'none'}
      size={size}
      className={mergeClasses(s.field, className)}
    >
      <Input
        className={s.input}
        input={{ className: s.right }}
        value={shown}
        inputMode="decimal"
        aria-label={label ? undefined : ariaLabel}
        placeholder={placeholder}
        onFocus={() => {
          focused.current = true;
          atFocus.current = committed.current;
          setDraft(shown);
        }}
        onKeyDown={(e) => {
          if (e.key !== 'Escape') return;
          // Escape restores the cell as it was when the analyst entered it.
          const before = atFocus.current;
          if (before !== committed.current) {
            committed.current = before;
            if (before === undefined) onClear?.();
            else onCommit(before);
          }
          setError(undefined);
          setDraft(before === undefined ? '' : formatNumber(before, locale, digits));
        }}
        {...(cell ? { 'data-row': cell.row, 'data-col': cell.col } : {})}
        onBlur={() => {
          focused.current = false;
          // A valid entry shows formatted again; a wrong one stays as typed, with its message.
          if (!error) setDraft(undefined);
        }}
        onChange={(_, d) => change(d.value)}
        contentAfter={unit}
        size={size}
      />
    </Field>
  );
}

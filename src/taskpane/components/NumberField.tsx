import { Field, Input } from '@fluentui/react-components';
import { useEffect, useState } from 'react';

interface Props {
  readonly label: string;
  readonly value: number;
  readonly onCommit: (value: number) => void;
  readonly hint?: string;
  /** The smallest value allowed (exclusive when `positive`). */
  readonly min?: number;
  readonly positive?: boolean;
  readonly max?: number;
  readonly unit?: string;
  readonly size?: 'small' | 'medium';
}

const show = (n: number) => (Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(12))));

/** A number typed by the analyst: committed when valid, else the field says what is wrong. */
export function NumberField({
  label,
  value,
  onCommit,
  hint,
  min = 0,
  positive,
  max,
  unit,
  size = 'small',
}: Props) {
  const [text, setText] = useState(show(value));
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    if (Number(text.replace(/[\s_,]/g, '')) !== value) setText(show(value));
    // Only when the value changes from outside (a preset, the ratio).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);
  const change = (raw: string) => {
    setText(raw);
    const n = Number(raw.replace(/[\s_,]/g, ''));
    const bad =
      raw.trim() === '' || !Number.isFinite(n)
        ? 'Type a number.'
        : positive && n <= min
          ? `Must be above ${min}.`
          : n < min
            ? `Must be at least ${min}.`
            : max !== undefined && n > max
              ? `Must be at most ${max}.`
              : undefined;
    setError(bad);
    if (!bad) onCommit(n);
  };
  return (
    <Field
      label={label}
      hint={hint}
      validationMessage={error}
      validationState={error ? 'error' : 'none'}
      size={size}
    >
      <Input
        value={text}
        inputMode="decimal"
        onChange={(_, d) => change(d.value)}
        contentAfter={unit}
        size={size}
      />
    </Field>
  );
}

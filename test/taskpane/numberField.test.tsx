/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { NumberField } from '../../src/taskpane/components/NumberField';

/**
 * The field as the pane holds it: what it commits becomes its value, until a value is set from
 * outside (a rerender with another `value`, as a preset or an undo would).
 */
function Held({ value, locale, onCommit }: { value: number; locale: string; onCommit: jest.Mock }) {
  const [typed, setTyped] = useState<{ over: number; value: number }>();
  return (
    <NumberField
      label="Financial contributions"
      value={typed && typed.over === value ? typed.value : value}
      locale={locale}
      onCommit={(n) => {
        onCommit(n);
        setTyped({ over: value, value: n });
      }}
    />
  );
}

const field = (value: number, locale: string, onCommit = jest.fn()) => (
  <FluentProvider theme={webLightTheme}>
    <Held value={value} locale={locale} onCommit={onCommit} />
  </FluentProvider>
);
const input = () =>
  screen.getByRole('textbox', { name: 'Financial contributions' }) as HTMLInputElement;

describe('a number field', () => {
  it('shows the value grouped in the analyst’s locale when not being edited', () => {
    const { rerender } = render(field(600_000_000, 'en-GB'));
    expect(input().value).toBe('600,000,000');
    rerender(field(600_000_000, 'fr-FR'));
    expect(input().value).toBe('600\u202F000\u202F000');
  });

  it('commits a number typed with grouping, and shows it grouped once left', async () => {
    const onCommit = jest.fn();
    render(field(600_000_000, 'en-GB', onCommit));
    await act(async () => {
      fireEvent.focus(input());
      fireEvent.change(input(), { target: { value: '420000000' } });
    });
    expect(onCommit).toHaveBeenLastCalledWith(420_000_000);
    expect(input().value).toBe('420000000'); // as typed while editing
    await act(async () => {
      fireEvent.blur(input());
    });
    expect(input().value).toBe('420,000,000');
  });

  it('shows a value set from outside while it is being edited in the same render, as an undo does', () => {
    const onCommit = jest.fn();
    const { rerender } = render(field(600_000_000, 'en-GB', onCommit));
    fireEvent.focus(input());
    fireEvent.change(input(), { target: { value: '651' } });
    expect(input().value).toBe('651');
    // No act(): the first render with the new value already shows it, with no effect to wait for.
    rerender(field(0, 'en-GB', onCommit));
    expect(input().value).toBe('0');
  });

  it('says at the field what is wrong with a stray letter, commits nothing, and lets a new value in', async () => {
    const onCommit = jest.fn();
    const { rerender } = render(field(600_000_000, 'en-GB', onCommit));
    await act(async () => {
      fireEvent.focus(input());
      fireEvent.change(input(), { target: { value: '600,000,00O' } });
      fireEvent.blur(input());
    });
    expect(onCommit).not.toHaveBeenCalled();
    expect(screen.getByText(/"O" is not part of a number/)).toBeTruthy();
    expect(input().value).toBe('600,000,00O'); // left as typed, beside its message
    // A preset sets another total: the wrong entry and its message go.
    rerender(field(30_000, 'en-GB', onCommit));
    expect(input().value).toBe('30,000');
    expect(screen.queryByText(/is not part of a number/)).toBeNull();
  });
});

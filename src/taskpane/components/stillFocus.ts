import { makeStyles } from '@fluentui/react-components';

/**
 * A field's focus underline, drawn whole at once rather than grown over Fluent's 200 ms: for the
 * grids' cells and the number fields, between which the analyst moves with Tab and Enter as they
 * type.
 *
 * Chromium runs that animation on the pane's main thread (a style, paint and layerize pass in each
 * frame), so each digit typed after Tab, Enter or a click waited for it: traced at 4× CPU
 * throttling, 110 ms of main-thread work in the 600 ms after a Tab with it, 44 ms without (issue
 * 16's keystroke budget). Both of Fluent's rules are matched, the resting one and the focused one.
 * Give the class to the field's root (Input's or Textarea's `className`).
 */
export const useStillFocusStyles = makeStyles({
  still: {
    '::after': { transitionProperty: 'none' },
    ':focus-within::after': { transitionProperty: 'none' },
  },
});

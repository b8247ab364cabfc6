import type { Page } from 'playwright-core';

/**
 * Each field matching `selector`, focused and read in the same task, so that an underline that
 * grows (Fluent's 200 ms transition, run on the main thread in each frame after every focus change;
 * issue 16's keystroke budget) is caught at its start, whatever the machine's speed. `wrong` says
 * what is wrong with the field's focus underline; it is empty when the underline is whole at once.
 */
export const focusUnderlines = (page: Page, selector: string) =>
  page.evaluate(
    (sel) =>
      [...document.querySelectorAll<HTMLElement>(sel)].map((field) => {
        field.focus();
        const root = field.closest('.fui-Input, .fui-Textarea') as HTMLElement;
        const moving = document
          .getAnimations()
          .filter((a) => (a.effect as KeyframeEffect | null)?.target === root).length;
        const drawn = getComputedStyle(root, '::after').transform;
        const whole = drawn === 'matrix(1, 0, 0, 1, 0, 0)' && moving === 0;
        return {
          label: field.getAttribute('aria-label') ?? '',
          wrong: whole ? '' : `underline ${drawn}, ${moving} animation(s) running`,
        };
      }),
    selector,
  );

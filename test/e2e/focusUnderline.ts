import type { Page } from 'playwright-core';

/**
 * The fields matching `selector` whose focus underline is not drawn whole the moment they take
 * focus: each is focused and read in one task, so that an underline that grows (Fluent's 200 ms
 * transition, run on the main thread in each frame after every focus change; issue 16's keystroke
 * budget) is caught at its start, whatever the machine's speed. Returns each field counted, with
 * what was wrong.
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

import type { Page } from 'playwright-core';

/** Axe's serious and critical violations, the Tabster focus guards excluded node by node. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Fluent fades dialogs in and eases colours: judge contrast once every finite animation is over.
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity,
      ),
  );
  return page.evaluate(async () => {
    type Node = { target: string[]; html: string };
    type Violation = { id: string; impact: string; nodes: Node[] };
    const { axe } = window as unknown as {
      axe: { run: (ctx: Document) => Promise<{ violations: Violation[] }> };
    };
    const result = await axe.run(document);
    // Fluent's focus manager (Tabster) adds aria-hidden focus guards on purpose: a known false
    // positive of aria-hidden-focus (microsoft/tabster#288), excluded node by node, nothing else.
    const real = (v: Violation) =>
      v.nodes.filter(
        (n) => !(v.id === 'aria-hidden-focus' && n.html.includes('data-tabster-dummy')),
      );
    return result.violations
      .filter((v) => (v.impact === 'serious' || v.impact === 'critical') && real(v).length > 0)
      .map(
        (v) =>
          `${v.id}: ${real(v)
            .map((n) => n.target.join(' '))
            .join(', ')}`,
      );
  });
}

export interface FocusWalk {
  /** Focusable controls reached, by their accessible text. */
  readonly reached: string[];
  /** What a keyboard user would not see: each names the control and the reason. */
  readonly problems: string[];
}

/**
 * Tabs through the page from where focus is, up to `max` presses or until focus leaves the page,
 * and checks each control reached: it shows a focus indicator (its outline, shadow or border, or
 * its wrapper's, or their ::before/::after, differ from when it is not focused), and it lies inside
 * the viewport, between the header and the footer unless it belongs to them or to a dialog.
 */
export async function walkFocus(page: Page, max = 120): Promise<FocusWalk> {
  await page.evaluate(() => {
    // What shows focus on a control: its outline, shadow and borders, its wrapper's, and their
    // ::before and ::after (Fluent draws focus rings there).
    const signature = (el: Element) => {
      const nodes = [el, el.parentElement, el.parentElement?.parentElement].filter(
        (n): n is Element => !!n,
      );
      return nodes
        .flatMap((n) =>
          [null, '::after', '::before'].map((pseudo) => {
            const cs = getComputedStyle(n, pseudo);
            return [
              cs.outlineStyle,
              cs.outlineWidth,
              cs.outlineColor,
              cs.boxShadow,
              cs.borderBottomColor,
              cs.borderBottomWidth,
              cs.borderTopColor,
              cs.content,
            ].join(' ');
          }),
        )
        .join('|');
    };
    (window as unknown as { __walk: unknown }).__walk = {
      seen: [],
      problems: [],
      last: null,
      first: null,
      signature,
    };
  });
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    const step = await page.evaluate(() => {
      type Walk = {
        seen: string[];
        problems: string[];
        last: { el: Element; name: string; focused: string } | null;
        first: Element | null;
        signature: (el: Element) => string;
      };
      const walk = (window as unknown as { __walk: Walk }).__walk;
      const signature = walk.signature;
      const nameOf = (el: Element) =>
        `${el.tagName.toLowerCase()}${el.getAttribute('role') ? `[${el.getAttribute('role')}]` : ''} "${(
          el.getAttribute('aria-label') ??
          (el as HTMLElement).innerText ??
          ''
        )
          .trim()
          .slice(0, 40)}"`;
      // The previous control, now unfocused: did focus show on it?
      if (walk.last && walk.last.focused === signature(walk.last.el)) {
        walk.problems.push(`${walk.last.name}: no visible focus indicator`);
      }
      walk.last = null;
      const el = document.activeElement;
      if (!el || el === document.body) return { done: true, name: '' };
      if (el.hasAttribute('data-tabster-dummy')) return { done: false, name: '' };
      if (el === walk.first) return { done: true, name: '' }; // went round
      walk.first ??= el;
      const name = nameOf(el);
      const r = el.getBoundingClientRect();
      const header = document.querySelector('header')?.getBoundingClientRect();
      const footer = document.querySelector('footer')?.getBoundingClientRect();
      const inDialog = !!el.closest('[role="dialog"],[role="alertdialog"]');
      const own = el.closest('header,footer') !== null || inDialog;
      if (r.width === 0 || r.height === 0) walk.problems.push(`${name}: has no size`);
      if (r.top < -1 || r.left < -1 || r.bottom > innerHeight + 1 || r.right > innerWidth + 1) {
        walk.problems.push(
          `${name}: outside the viewport (${Math.round(r.top)}, ${Math.round(r.left)}, ${Math.round(r.bottom)}, ${Math.round(r.right)})`,
        );
      }
      if (!own && footer && r.bottom > footer.top + 1) {
        walk.problems.push(
          `${name}: under the footer (bottom ${Math.round(r.bottom)} > ${Math.round(footer.top)})`,
        );
      }
      if (!own && header && r.top < header.bottom - 1) {
        walk.problems.push(
          `${name}: under the header (top ${Math.round(r.top)} < ${Math.round(header.bottom)})`,
        );
      }
      walk.seen.push(name);
      walk.last = { el, name, focused: signature(el) };
      return { done: false, name };
    });
    if (step.done) break;
  }
  // The last control reached: move focus away and look at it unfocused.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  return page.evaluate(() => {
    type Walk = {
      seen: string[];
      problems: string[];
      last: { el: Element; name: string; focused: string } | null;
      signature: (el: Element) => string;
    };
    const walk = (window as unknown as { __walk: Walk }).__walk;
    if (walk.last && walk.last.focused === walk.signature(walk.last.el)) {
      walk.problems.push(`${walk.last.name}: no visible focus indicator`);
    }
    return { reached: walk.seen, problems: walk.problems };
  });
}

import type { ClipboardEvent, KeyboardEvent } from 'react';
import { isBlock, parseBlock } from './gridPaste';

/**
 * The mechanics every grid of the pane shares (issue 16: "the grid works like Excel"), for cells
 * marked with `data-row` and `data-col`: Enter and Shift+Enter move down and up, the arrow keys
 * down, up and across (across only from the end or the start of the text), Tab is the browser's.
 */
export function moveInGrid(e: KeyboardEvent<HTMLElement>, grid: HTMLElement | null): void {
  const at = e.target as HTMLInputElement;
  if (at.dataset.row === undefined || e.ctrlKey || e.altKey || e.metaKey) return;
  let r = Number(at.dataset.row);
  let c = Number(at.dataset.col);
  const atEnd = at.selectionStart === at.value.length && at.selectionEnd === at.value.length;
  const atStart = at.selectionStart === 0 && at.selectionEnd === 0;
  if (e.key === 'Enter') r += e.shiftKey ? -1 : 1;
  else if (e.key === 'ArrowDown') r += 1;
  else if (e.key === 'ArrowUp') r -= 1;
  else if (e.key === 'ArrowRight' && atEnd) c += 1;
  else if (e.key === 'ArrowLeft' && atStart) c -= 1;
  else return;
  const next = grid?.querySelector<HTMLInputElement>(`input[data-row="${r}"][data-col="${c}"]`);
  if (!next) return;
  e.preventDefault();
  next.focus();
  next.select();
}

/**
 * Tab stays the browser's, and Fluent's focus manager (tabster, with `controlTab: false`) lets the
 * browser move it in any case; left to itself it would first walk the pane's DOM for the next
 * tabbable element on every Tab it then leaves alone, about 13 ms at 4x CPU throttling (issue 16:
 * "slowest grid keystroke <= 50 ms"). Spread on a grid's container, this tells it not to look.
 */
export const TAB_LEFT_TO_THE_BROWSER = {
  'data-tabster': JSON.stringify({ focusable: { ignoreKeydown: { Tab: true } } }),
} as const;

/** One value of a pasted block, at its place in the grid. */
export interface PastedCell {
  readonly row: number;
  readonly col: number;
  readonly raw: string;
}

/**
 * A block copied from Excel (tabs and line breaks), pasted into a grid cell: its values, each at
 * its place down and across from that cell; undefined (the field takes it as typed) where the
 * paste is one value or lands outside the grid. The browser's paste is stopped for a block.
 */
export function pastedBlock(
  e: ClipboardEvent<HTMLElement>,
): { readonly row: number; readonly col: number; readonly cells: PastedCell[] } | undefined {
  const at = e.target as HTMLElement;
  if (at.dataset.row === undefined) return undefined;
  const text = e.clipboardData.getData('text/plain');
  if (!isBlock(text)) return undefined;
  e.preventDefault();
  const row = Number(at.dataset.row);
  const col = Number(at.dataset.col);
  const cells = parseBlock(text).flatMap((line, i) =>
    line.map((raw, j) => ({ row: row + i, col: col + j, raw })),
  );
  return { row, col, cells };
}

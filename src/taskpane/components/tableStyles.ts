import { makeStyles, tokens } from '@fluentui/react-components';

/**
 * The one table style of the pane's read-only tables (Results, Compare, the pools, the
 * Implementation views): at 350 px an amount never shows cut (issue 16, point 3), a text wraps
 * rather than stops mid-phrase, and a header row held at the top never hides a row.
 */
export const useTableStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  tight: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  table: { tableLayout: 'fixed', width: '100%' },
  /** The first column: a state or a pool by name, wrapping ("Netherlands", "To be implemented"). */
  label: { width: '30%', whiteSpace: 'normal', overflowWrap: 'anywhere' },
  /** Headers wrap, and say the unit the column's figures are in ("EUR million"). */
  header: {
    whiteSpace: 'normal',
    overflowWrap: 'anywhere',
    hyphens: 'auto',
    lineHeight: tokens.lineHeightBase200,
    paddingLeft: '2px',
    paddingRight: '2px',
  },
  numHeader: { textAlign: 'end', justifyContent: 'flex-end' },
  /** An amount: on one line, aligned by its digits, with little padding to spare width. */
  num: {
    textAlign: 'end',
    fontVariantNumeric: 'tabular-nums',
    whiteSpace: 'nowrap',
    paddingLeft: '2px',
    paddingRight: '4px',
  },
  /** Words in a figure's place ("Not obliged"): they wrap, aligned with the figures. */
  words: {
    textAlign: 'end',
    whiteSpace: 'normal',
    overflowWrap: 'anywhere',
    lineHeight: tokens.lineHeightBase200,
    paddingLeft: '2px',
    paddingRight: '4px',
  },
  /** A description or a finding: wraps in full, never cut ("staff and equipment"). */
  text: { whiteSpace: 'normal', overflowWrap: 'anywhere' },
  /** A focusable amount: its own focus ring, since Fluent's cell clips what overflows it. */
  amount: {
    borderRadius: tokens.borderRadiusSmall,
    outlineStyle: 'none',
    ':focus-visible': {
      outline: `2px solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '-2px',
    },
  },
  /**
   * The header row stays in view, flush with the top of the scrolling body (which is padded by
   * spacingVerticalM), painted over the rows that pass beneath it, so that none shows above it.
   */
  sticky: {
    position: 'sticky',
    top: `calc(-1 * ${tokens.spacingVerticalM})`,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: `0 1px 0 ${tokens.colorNeutralStroke2}`,
  },
  shortfall: { color: tokens.colorPaletteRedForeground1 },
  flag: { color: tokens.colorPaletteDarkOrangeForeground1 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  scroll: { overflowX: 'auto' },
});

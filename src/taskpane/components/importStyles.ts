import { makeStyles, tokens } from '@fluentui/react-components';

/** The layout the Data tab's import section and its parts share. */
export const useImportStyles = makeStyles({
  heading: { margin: `0 0 ${tokens.spacingVerticalXS}` },
  // A long option must not widen the pane: the list shrinks to the column (at 350 px).
  select: { width: '100%', minWidth: 0, textOverflow: 'ellipsis' },
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'end' },
  hidden: { display: 'none' },
});

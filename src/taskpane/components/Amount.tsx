import { mergeClasses, Tooltip } from '@fluentui/react-components';
import { useTableStyles } from './tableStyles';

/**
 * An amount as short as its column needs ("91.1" under "EUR million"), its full value on focus and
 * on hover ("EUR 91,080,001"), so that a narrow pane never cuts a figure nor hides one (issue 16).
 * Focusable, so that a keyboard reaches the full value too; a table moves among them by arrows.
 * A screen reader has the full value as the amount's description (aria-description); the tooltip
 * is drawn only while shown. (Fluent's "description" tooltip keeps a hidden copy of each in a
 * portal of its own: the Results tab's hundred amounts cost a hundred portals on its first click.)
 */
export function Amount({
  shown,
  full,
  className,
}: {
  readonly shown: string;
  readonly full: string;
  readonly className?: string | undefined;
}) {
  const s = useTableStyles();
  return (
    <Tooltip content={full} relationship="inaccessible" positioning="above-end">
      <span tabIndex={0} aria-description={full} className={mergeClasses(s.amount, className)}>
        {shown}
      </span>
    </Tooltip>
  );
}

import { implementation } from './implementation';
import { pledgeGrid } from './pledgeGrid';
import { pledges } from './pledges';
import { results } from './results';
import { replacing } from './replacing';
import { share } from './share';

/**
 * The English words of the tabs that are chunks of their own (Pledges, Implementation, Results,
 * Share, and the pledge grid) and of the dialog asking before a replacement: fetched with that
 * code, not in the first paint.
 */
export const enTabs = {
  ...implementation,
  ...pledges,
  ...results,
  ...pledgeGrid,
  ...share,
  ...replacing,
} as const;

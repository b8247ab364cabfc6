import { dataTab } from './dataTab';
import { files } from './files';
import { implementation } from './implementation';
import { importing } from './importing';
import { overview } from './overview';
import { pledgeGrid } from './pledgeGrid';
import { pledges } from './pledges';
import { readers } from './readers';
import { results } from './results';
import { review } from './review';
import { share } from './share';
import { scenario } from './scenario';
import { shell } from './shell';
import { culture } from './culture';

/**
 * The English catalogue, the reference for the others: its keys and {holes} are the types every
 * caller and every language is checked against. Add a section as a file beside this one (one per
 * area of the pane or the report) and spread it here and in fr/ and de/.
 */
export const en = {
  ...shell,
  ...files,
  ...review,
  ...culture,
  ...overview,
  ...importing,
  ...implementation,
  ...readers,
  ...pledges,
  ...results,
  ...dataTab,
  ...pledgeGrid,
  ...share,
  ...scenario,
} as const;

export type Catalogue = typeof en;

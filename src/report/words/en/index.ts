import { dataTab } from './dataTab';
import { files } from './files';
import { importing } from './importing';
import { overview } from './overview';
import { pledges } from './pledges';
import { readers } from './readers';
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
  ...readers,
  ...pledges,
  ...dataTab,
  ...share,
  ...scenario,
} as const;

export type Catalogue = typeof en;

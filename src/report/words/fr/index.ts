import type { Catalogue } from '../en';
import type { Localized } from '../translate';
import { files } from './files';
import { importing } from './importing';
import { overview } from './overview';
import { pledges } from './pledges';
import { readers } from './readers';
import { review } from './review';
import { scenario } from './scenario';
import { shell } from './shell';

/** The fr catalogue: every English key (a missing or extra one does not compile). */
export const fr: Localized<Catalogue> = {
  ...shell,
  ...files,
  ...review,
  ...overview,
  ...importing,
  ...readers,
  ...pledges,
  ...scenario,
};

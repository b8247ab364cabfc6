import type { Catalogue } from '../en';
import type { Localized } from '../translate';
import { dataTab } from './dataTab';
import { files } from './files';
import { implementation } from './implementation';
import { importing } from './importing';
import { overview } from './overview';
import { pledgeGrid } from './pledgeGrid';
import { pledges } from './pledges';
import { readers } from './readers';
import { readerReasons } from './readerReasons';
import { checks } from './checks';
import { method } from './method';
import { results } from './results';
import { review } from './review';
import { origins } from './origins';
import { share } from './share';
import { scenario } from './scenario';
import { statePicker } from './statePicker';
import { shell } from './shell';
import { culture } from './culture';
import { labels } from './labels';
import { replacing } from './replacing';

/** The fr catalogue: every English key (a missing or extra one does not compile). */
export const fr: Localized<Catalogue> = {
  ...shell,
  ...files,
  ...review,
  ...origins,
  ...overview,
  ...importing,
  ...implementation,
  ...readers,
  ...readerReasons,
  ...checks,
  ...method,
  ...pledges,
  ...results,
  ...dataTab,
  ...pledgeGrid,
  ...culture,
  ...share,
  ...scenario,
  ...labels,
  ...replacing,
  ...statePicker,
};

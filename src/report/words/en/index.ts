import { dataTab } from './dataTab';
import { files } from './files';
import { importing } from './importing';
import { overview } from './overview';
import { readers } from './readers';
import { readerReasons } from './readerReasons';
import { checks } from './checks';
import { method } from './method';
import { review } from './review';
import { origins } from './origins';
import { scenario } from './scenario';
import { statePicker } from './statePicker';
import { shell } from './shell';
import { culture } from './culture';
import { labels } from './labels';

import type { enTabs } from './tabs';

/**
 * The English catalogue, the reference for the others: its keys and {holes} are the types every
 * caller and every language is checked against. Add a section as a file beside this one (one per
 * area of the pane or the report) and spread it here (or in tabs.ts) and in fr/ and de/.
 *
 * These are the words of the first paint (the shell, the Data tab, the Scenario tab's pool choice,
 * the readers' messages); the words of the other tabs are in tabs.ts, fetched with the tabs' code,
 * so that the first paint stays within its budget (issue 16). `full.ts` has both, for node.
 */
export const enFirstPaint = {
  ...shell,
  ...files,
  ...review,
  ...origins,
  ...culture,
  ...overview,
  ...importing,
  ...readers,
  ...readerReasons,
  ...checks,
  ...method,
  ...dataTab,
  ...scenario,
  ...labels,
  ...statePicker,
} as const;

export type Catalogue = typeof enFirstPaint & typeof enTabs;

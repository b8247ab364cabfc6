import type { Catalogue } from '.';
import { enFirstPaint } from '.';
import { enTabs } from './tabs';

/** The whole English catalogue at once: for the command line, the report builder and the tests. */
export const en: Catalogue = { ...enFirstPaint, ...enTabs };

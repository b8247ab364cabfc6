import type { labels as en } from '../en/labels';
import type { Localized } from '../translate';

export const labels: Localized<typeof en> = {
  'dataTab.released': 'publiée le {date}',
  'dataTab.loadedFrom': 'depuis {origin}',
};

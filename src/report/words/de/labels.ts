import type { labels as en } from '../en/labels';
import type { Localized } from '../translate';

export const labels: Localized<typeof en> = {
  'dataTab.released': 'veröffentlicht am {date}',
  'dataTab.loadedFrom': 'aus {origin}',
};

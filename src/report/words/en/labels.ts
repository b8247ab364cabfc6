/** How a series' release is said on the Data tab (issue 16: dates as the analyst's culture dates). */
export const labels = {
  'dataTab.released': 'released {date}',
  'dataTab.loadedFrom': 'from {origin}',
} as const;

/** Excel number formats used across the report. */
export const FORMAT = {
  count: '#,##0',
  decimal1: '#,##0.0',
  euro: '#,##0',
  share: '0.0000%',
  percent: '0%',
  percent1: '0.0%',
  score: '0.00',
  text: '@',
} as const;

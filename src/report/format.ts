/** Excel number formats used across the report. */
export const FORMAT = {
  count: '#,##0',
  decimal1: '#,##0.0',
  euro: '#,##0',
  share: '0.0000%',
  percent: '0%',
  percent1: '0.0%',
  score: '0.00',
  /** A change in percentage points (a fair share's change × 100), signed. */
  signedPoints: '+0.0000;-0.0000;0.0000',
  /** A change in a count or euros, signed. */
  signedCount: '+#,##0;-#,##0;0',
  signedDecimal1: '+#,##0.0;-#,##0.0;0.0',
  text: '@',
} as const;

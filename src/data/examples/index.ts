// The worked example shipped with the tool, for the task pane (webpack reads .csv files as text).
// Not exported from src/data/index.ts: the command line reads the file itself (--pledges FILE.csv).
import pledges2026 from './pledges-2026-illustrative.csv';

export const EXAMPLE_PLEDGES_2026 = {
  text: pledges2026,
  source: 'the illustrative 2026 round shipped with the tool (pledges-2026-illustrative.csv)',
};

// The worked example shipped with the tool, for the task pane (webpack reads .csv files as text).
// Not exported from src/data/index.ts: the command line reads the file itself (--pledges FILE.csv).
import implementation2026 from './implementation-2026-illustrative.csv';
import needs2026 from './needs-2026-illustrative.csv';
import pledges2026 from './pledges-2026-illustrative.csv';

export const EXAMPLE_PLEDGES_2026 = {
  text: pledges2026,
  source: 'the illustrative 2026 round shipped with the tool (pledges-2026-illustrative.csv)',
};

/** Invented records and needs of the 2026 pool, marked illustrative on every row (issue 17). */
export const EXAMPLE_IMPLEMENTATION_2026 = {
  text: implementation2026,
  source:
    'the illustrative 2026 records shipped with the tool (implementation-2026-illustrative.csv)',
};
export const EXAMPLE_NEEDS_2026 = {
  text: needs2026,
  source: 'the illustrative 2026 needs shipped with the tool (needs-2026-illustrative.csv)',
};

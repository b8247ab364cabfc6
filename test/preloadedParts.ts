import { loadEnglishTabWords } from '../src/report/words';
import { allPreloaded } from '../src/taskpane/preload';

// The pane fetches its tabs' code once it is idle (preload.tsx); a test that opens a tab at once
// finds it loaded, as an analyst does once the pane has settled. Each test file's modules are loaded
// before this runs, so every part the file's pane declares is fetched here (none for other files).
beforeAll(allPreloaded);
// The tabs' English words come with the tabs' code (en/tabs.ts); a view rendered on its own finds
// them, as it does in the pane where it is shown only once its tab has loaded.
beforeAll(loadEnglishTabWords);

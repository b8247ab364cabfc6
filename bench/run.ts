import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { benchBrowser } from './browser';
import { benchFunctions } from './functions';
import { benchPool } from './pool';
import { profilePane } from './profile';
import { benchTaskpane } from './taskpane';

/** `npm run bench`: builds the add-in, then prints the figures the issues ask for. */
async function main(): Promise<void> {
  // The local production build (as npm test makes it): a deployment build needs its public URL.
  execFileSync('npx', ['webpack', '--mode', 'production', '--env', 'local'], {
    cwd: join(__dirname, '..'),
    stdio: 'ignore',
  });
  // `npm run bench -- browser` measures only the pane in Chromium.
  const only = process.argv[2];
  if (!only || only === 'pool') await benchPool();
  if (!only || only === 'functions') await benchFunctions();
  if (!only || only === 'taskpane') await benchTaskpane();
  if (!only || only === 'browser') await benchBrowser();
  // Not part of the figures: where the pane's time goes, for whoever works on the budgets.
  if (only === 'profile') await profilePane();
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});

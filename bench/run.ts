import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { benchFunctions } from './functions';
import { benchPool } from './pool';
import { benchTaskpane } from './taskpane';

/** `npm run bench`: builds the add-in, then prints the figures the issues ask for. */
async function main(): Promise<void> {
  // The local production build (as npm test makes it): a deployment build needs its public URL.
  execFileSync('npx', ['webpack', '--mode', 'production', '--env', 'local'], {
    cwd: join(__dirname, '..'),
    stdio: 'ignore',
  });
  await benchPool();
  await benchFunctions();
  await benchTaskpane();
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});

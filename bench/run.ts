import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { benchFunctions } from './functions';
import { benchPool } from './pool';
import { benchTaskpane } from './taskpane';

/** `npm run bench`: builds the add-in, then prints the figures the issues ask for. */
async function main(): Promise<void> {
  execFileSync('npx', ['webpack', '--mode', 'production'], {
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

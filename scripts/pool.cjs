#!/usr/bin/env node
// `npm run pool`: runs the command line from its built JavaScript (build/cli/pool.js), rebuilt
// first whenever a source changed (scripts/cli-build.cjs), so a start costs no TypeScript compile.
'use strict';
const { ensureBuilt } = require('./cli-build.cjs');

let built;
try {
  built = ensureBuilt();
} catch (e) {
  process.stderr.write(`pool: the command line could not be built: ${e.message}\n`);
  process.exit(1);
}
require(built)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });

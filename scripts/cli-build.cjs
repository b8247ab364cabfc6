// Builds the command line (src/cli/pool.ts) into one JavaScript file with esbuild, and says whether
// the built file is current. `npm run pool` starts from it (scripts/pool.cjs), so that no start
// compiles TypeScript; the stamp is a hash of every input, so the built file is never stale.
'use strict';
const { createHash } = require('node:crypto');
const { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } = require('node:fs');
const { join, relative } = require('node:path');

const ROOT = join(__dirname, '..');
const OUT_DIR = join(ROOT, 'build', 'cli');
const OUT_FILE = join(OUT_DIR, 'pool.js');
const STAMP = join(OUT_DIR, 'pool.stamp');
/** What the bundle is made of: the sources, the build settings and the tool that builds it. */
const INPUTS = [
  join(ROOT, 'src'),
  join(ROOT, 'package.json'),
  join(ROOT, 'tsconfig.json'),
  join(__dirname, 'cli-build.cjs'),
];

function files(path) {
  let entries;
  try {
    entries = readdirSync(path, { withFileTypes: true });
  } catch (e) {
    if (e.code === 'ENOTDIR') return [path];
    throw e;
  }
  return entries
    .filter((e) => !e.name.startsWith('.'))
    .flatMap((e) => files(join(path, e.name)))
    .sort();
}

/** A hash of every input's name and content (about 1 MB: a few milliseconds). */
function stampOfInputs() {
  const hash = createHash('sha256');
  hash.update(`node ${process.versions.node}\n`);
  for (const file of INPUTS.flatMap(files)) {
    hash.update(`${relative(ROOT, file)}\n`);
    hash.update(readFileSync(file));
  }
  return hash.digest('hex');
}

function isCurrent(stamp) {
  try {
    return readFileSync(STAMP, 'utf8') === stamp;
  } catch {
    return false;
  }
}

/** Builds when any input changed; returns the path of the built command line. */
function ensureBuilt({ quiet = false } = {}) {
  const stamp = stampOfInputs();
  if (isCurrent(stamp)) return OUT_FILE;
  const esbuild = require('esbuild');
  if (!quiet) process.stderr.write('pool: building the command line (once after each change)…\n');
  mkdirSync(OUT_DIR, { recursive: true });
  // Built beside its final name, then renamed: a run in parallel never loads half a file.
  const tmp = `${OUT_FILE}.${process.pid}.tmp`;
  esbuild.buildSync({
    entryPoints: [join(ROOT, 'src', 'cli', 'pool.ts')],
    outfile: tmp,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    loader: { '.csv': 'text' },
    logLevel: 'error',
  });
  renameSync(tmp, OUT_FILE);
  writeFileSync(`${STAMP}.${process.pid}.tmp`, stamp);
  renameSync(`${STAMP}.${process.pid}.tmp`, STAMP);
  return OUT_FILE;
}

module.exports = { ensureBuilt, stampOfInputs, OUT_FILE, STAMP };

// `node scripts/cli-build.cjs` (the package's prepare script, run by npm ci): build now.
if (require.main === module) {
  try {
    ensureBuilt({ quiet: true });
  } catch (e) {
    // Never fail an install: the first `npm run pool` builds (and reports) instead.
    process.stderr.write(`cli-build: not built now (${e.message}); npm run pool will build it.\n`);
  }
}

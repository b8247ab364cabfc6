// Excel caches a custom-functions add-in's functions.json by the manifest's <Version>: metadata that
// changes under the same version is not picked up, and the analysts keep the old functions (names,
// parameters, help). The lock file records the version and a fingerprint of the metadata it shipped
// with; this test fails when the metadata changes and the two have not been updated together.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generatedMetadata } from '../functions/metadataOf';
import { compareVersions } from './apiSets';

const ROOT = resolve(__dirname, '../..');
const LOCK = 'test/manifest/functions-metadata.lock.json';

interface MetadataLock {
  /** The manifest <Version> the metadata below shipped with. */
  readonly version: string;
  /** sha256 of functions.json as generated from src/functions/functions.ts (development URLs). */
  readonly sha256: string;
}

function manifestVersion(): string {
  const xml = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
  const version = /<Version>\s*([^<\s]+)\s*<\/Version>/.exec(xml)?.[1];
  if (!version) throw new Error('manifest.xml has no <Version>');
  return version;
}

/** The next version a developer should give: the last of the four parts plus one. */
function bumped(version: string): string {
  const parts = version.split('.').map(Number);
  parts[parts.length - 1] = (parts[parts.length - 1] ?? 0) + 1;
  return parts.join('.');
}

/**
 * What is wrong, as the message a developer needs, or undefined when the lock, the manifest and
 * the metadata agree. A version raised for another reason, with unchanged metadata, is fine.
 */
function versionProblem(
  lock: MetadataLock,
  current: { version: string; sha256: string },
): string | undefined {
  const newLock = (version: string) => JSON.stringify({ version, sha256: current.sha256 });
  if (current.sha256 !== lock.sha256) {
    if (compareVersions(current.version, lock.version) <= 0) {
      return (
        `functions.json changed (sha256 ${current.sha256}, ${LOCK} has ${lock.sha256}) but ` +
        `manifest.xml <Version> is still ${current.version}. Excel caches the functions' metadata ` +
        `by version, so users would keep the old functions: raise <Version> in manifest.xml ` +
        `(e.g. to ${bumped(lock.version)}) and write ${LOCK} as ${newLock(bumped(lock.version))}.`
      );
    }
    return (
      `functions.json changed and manifest.xml <Version> was raised to ${current.version}: ` +
      `record it by writing ${LOCK} as ${newLock(current.version)}.`
    );
  }
  if (compareVersions(current.version, lock.version) < 0) {
    return (
      `manifest.xml <Version> ${current.version} is below ${lock.version}, the version the ` +
      `current functions.json shipped with (${LOCK}): versions only go up.`
    );
  }
  return undefined;
}

describe('the manifest version and the functions metadata', () => {
  it('moves together: a change of functions.json comes with a higher <Version>', async () => {
    const lock = JSON.parse(readFileSync(join(ROOT, LOCK), 'utf8')) as MetadataLock;
    const { metadata } = await generatedMetadata();
    const sha256 = createHash('sha256').update(JSON.stringify(metadata)).digest('hex');
    expect(versionProblem(lock, { version: manifestVersion(), sha256 })).toBeUndefined();
  });

  describe('the check itself', () => {
    const lock = { version: '1.0.0.0', sha256: 'a'.repeat(64) };

    it('fails on changed metadata under the same version, naming the bump and the new lock', () => {
      const problem = versionProblem(lock, { version: '1.0.0.0', sha256: 'b'.repeat(64) });
      expect(problem).toMatch(/raise <Version> in manifest\.xml \(e\.g\. to 1\.0\.0\.1\)/);
      expect(problem).toContain(`{"version":"1.0.0.1","sha256":"${'b'.repeat(64)}"}`);
    });

    it('fails on changed metadata with a raised version until the lock records it', () => {
      const problem = versionProblem(lock, { version: '1.0.1.0', sha256: 'b'.repeat(64) });
      expect(problem).toContain(`{"version":"1.0.1.0","sha256":"${'b'.repeat(64)}"}`);
    });

    it('accepts unchanged metadata, under the same or a raised version, and refuses a lower one', () => {
      expect(versionProblem(lock, { version: '1.0.0.0', sha256: lock.sha256 })).toBeUndefined();
      expect(versionProblem(lock, { version: '1.2.0.0', sha256: lock.sha256 })).toBeUndefined();
      expect(versionProblem(lock, { version: '0.9.0.0', sha256: lock.sha256 })).toMatch(
        /versions only go up/,
      );
    });
  });
});

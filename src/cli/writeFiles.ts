import {
  accessSync,
  constants,
  existsSync,
  linkSync,
  lstatSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UsageError } from './options';

/** A file that could not be written although the command was right (disk full, ...): exit 1. */
export class OutputError extends Error {}

/** What an operating-system error means, in words. */
export function reasonOf(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  const words: Record<string, string> = {
    ENOENT: 'no such file or folder',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'it is a folder',
    ENOTDIR: 'a part of the path is a file, not a folder',
    ENOSPC: 'the disk is full',
    EROFS: 'the disk is read-only',
    EEXIST: 'the file appeared meanwhile',
    ENAMETOOLONG: 'the name is too long',
    ELOOP: 'too many symbolic links',
  };
  return code ? `${words[code] ?? 'error'} (${code})` : (e as Error).message;
}

/**
 * Checks every target before anything is written, so that a blocked one (a missing folder, a
 * folder or a link in the way, a folder not writable, a file that exists without --force) stops
 * the command with one line naming the path and the fix, and nothing is half-done.
 */
export function checkTargets(paths: readonly string[], force: boolean): void {
  const taken: string[] = [];
  for (const path of paths) {
    const folder = dirname(path);
    let folderStat;
    try {
      folderStat = statSync(folder);
    } catch (e) {
      throw new UsageError(
        `cannot write ${path}: the folder ${folder} ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : `cannot be used: ${reasonOf(e)}`}: create it first, or choose another --out.`,
      );
    }
    if (!folderStat.isDirectory()) {
      throw new UsageError(
        `cannot write ${path}: ${folder} is a file, not a folder: choose another --out.`,
      );
    }
    try {
      accessSync(folder, constants.W_OK);
    } catch {
      throw new UsageError(
        `cannot write ${path}: the folder ${folder} is not writable (permission denied): choose another --out.`,
      );
    }
    let target;
    try {
      target = lstatSync(path);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw new UsageError(`cannot write ${path}: ${reasonOf(e)}: choose another --out.`);
    }
    if (target.isSymbolicLink()) {
      throw new UsageError(
        `cannot write ${path}: it is a symbolic link (a link is never replaced): remove it, or choose another --out.`,
      );
    }
    if (target.isDirectory()) {
      throw new UsageError(
        `cannot write ${path}: it is a folder: choose a file name ending in .xlsx with --out.`,
      );
    }
    if (!target.isFile()) {
      throw new UsageError(`cannot write ${path}: it is not a regular file: choose another --out.`);
    }
    if (!force) taken.push(path);
  }
  if (taken.length > 0) {
    throw new UsageError(
      `${taken.join(', ')} ${taken.length === 1 ? 'exists' : 'exist'}: choose another --out, or add --force to replace ${taken.length === 1 ? 'it' : 'them'}.`,
    );
  }
}

function temporaryName(path: string, i: number): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}-${i}.tmp`);
}

function removeQuietly(paths: readonly string[]): void {
  for (const p of paths) {
    try {
      unlinkSync(p);
    } catch {
      // Already gone: nothing to clean.
    }
  }
}

const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS']);

/** Moves a temporary file into place unless a file is there already. */
function placeWithoutReplacing(tmp: string, path: string): void {
  try {
    linkSync(tmp, path);
  } catch (e) {
    // Some file systems (FAT, some network shares) have no hard links: check, then rename.
    if (!NO_HARD_LINKS.has((e as NodeJS.ErrnoException).code ?? '')) throw e;
    if (existsSync(path)) throw Object.assign(new Error('exists'), { code: 'EEXIST' });
    renameSync(tmp, path);
    return;
  }
  unlinkSync(tmp);
}

/**
 * Writes every file, or none: each goes to a temporary file in its own folder first; only when all
 * are written are they renamed into place (a rename within a folder is atomic). Without `force` a
 * file is linked into place, which fails rather than replace a file that appeared meanwhile.
 */
export async function writeAll(
  files: readonly { readonly path: string; readonly contents: () => Promise<Uint8Array> }[],
  force: boolean,
): Promise<void> {
  const temporary: string[] = [];
  try {
    for (const [i, f] of files.entries()) {
      const tmp = temporaryName(f.path, i);
      const contents = await f.contents();
      temporary.push(tmp);
      try {
        writeFileSync(tmp, contents, { flag: 'wx' });
      } catch (e) {
        throw new OutputError(`cannot write ${f.path}: ${reasonOf(e)}; nothing was written.`);
      }
    }
  } catch (e) {
    removeQuietly(temporary);
    throw e;
  }
  const done: string[] = [];
  for (const [i, f] of files.entries()) {
    const tmp = temporary[i]!;
    try {
      if (force) renameSync(tmp, f.path);
      else placeWithoutReplacing(tmp, f.path);
      done.push(f.path);
    } catch (e) {
      removeQuietly(temporary.slice(i));
      throw new OutputError(
        `cannot write ${f.path}: ${reasonOf(e)}; ` +
          (done.length === 0
            ? 'nothing was written.'
            : `${done.length} of ${files.length} written (${done.join(', ')}), the others not.`),
      );
    }
  }
}

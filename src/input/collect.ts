import { lstatSync, statSync } from 'node:fs';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { describeFsError, UserError } from '../errors.js';
import { walkFolder, type UnreadablePath, type WalkFs } from './walk-folder.js';

/** Extensions of drafts found when a folder is given. */
export const DRAFT_EXTENSIONS = ['txt', 'md', 'csv'] as const;

const IGNORED = ['**/node_modules/**', '**/.*/**', '**/.*'];

/** Draft files to read, and paths inside the given folders that could not be read. */
export interface CollectedInputs {
  readonly files: string[];
  readonly unreadable: UnreadablePath[];
}

/**
 * Expands the paths given on the command line into draft files: files as they are, folders
 * recursively (node_modules and dot-folders skipped), globs. Sorted, without duplicates.
 */
export async function collectFiles(args: readonly string[], cwd: string): Promise<string[]> {
  return (await collectInputs(args, cwd)).files;
}

/** {@link collectFiles}, also returning what inside the folders could not be read. */
export async function collectInputs(args: readonly string[], cwd: string, fs?: WalkFs): Promise<CollectedInputs> {
  const files = new Set<string>();
  const unreadable: UnreadablePath[] = [];
  for (const arg of args) {
    const absolute = path.resolve(cwd, arg);
    let stat;
    try {
      stat = statSync(absolute);
    } catch (err) {
      stat = undefined;
      if (isBrokenLink(absolute)) throw new UserError(`ファイルを読めません（${brokenLinkReason(err)}）`, arg);
    }
    if (stat?.isDirectory()) {
      const walked = await walkFolder(absolute, { extensions: DRAFT_EXTENSIONS, ignore: IGNORED, fs });
      walked.files.forEach((f) => files.add(f));
      unreadable.push(...walked.unreadable);
    } else if (stat) {
      files.add(absolute);
    } else if (isDynamicPattern(arg)) {
      const found = await glob(arg, { cwd, ignore: IGNORED, absolute: true, dot: false });
      if (found.length === 0) throw new UserError(`パターン「${arg}」に当てはまるファイルがありません`);
      found.sort().forEach((f) => files.add(path.normalize(f)));
    } else {
      throw new UserError('ファイルが見つかりません', arg);
    }
  }
  return { files: [...files], unreadable };
}

/** A symbolic link that exists itself but leads nowhere (or round in a circle). */
function isBrokenLink(p: string): boolean {
  try {
    return lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}

function brokenLinkReason(err: unknown): string {
  return (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'シンボリックリンクのリンク先がありません' : describeFsError(err);
}

/** How a file is named in reports: relative to the working directory, with "/" separators. */
export function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  const shown = relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
  return shown.split(path.sep).join('/');
}

import { statSync } from 'node:fs';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { UserError } from '../errors.js';

/** Extensions of drafts found when a folder is given. */
export const DRAFT_EXTENSIONS = ['txt', 'md', 'csv'] as const;

const IGNORED = ['**/node_modules/**', '**/.*/**', '**/.*'];

/**
 * Expands the paths given on the command line into draft files: files as they are, folders
 * recursively (node_modules and dot-folders skipped), globs. Sorted, without duplicates.
 */
export async function collectFiles(args: readonly string[], cwd: string): Promise<string[]> {
  const files = new Set<string>();
  for (const arg of args) {
    const absolute = path.resolve(cwd, arg);
    let stat;
    try {
      stat = statSync(absolute);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) {
      const found = await glob(`**/*.{${DRAFT_EXTENSIONS.join(',')}}`, {
        cwd: absolute,
        ignore: IGNORED,
        absolute: true,
        dot: false,
      });
      found.sort().forEach((f) => files.add(f));
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
  return [...files];
}

/** How a file is named in reports: relative to the working directory, with "/" separators. */
export function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  const shown = relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
  return shown.split(path.sep).join('/');
}

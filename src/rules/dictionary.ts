import { existsSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import { readTextFileSync } from '../input/read-text-file.js';
import { PACKAGE_ROOT } from '../paths.js';

/**
 * A word list: one entry a line; `#` starts a comment (whole line or after the entry);
 * blank lines separate groups. Entries are NFKC-normalized.
 */
export function parseDictionary(source: string): string[] {
  const entries: string[] = [];
  for (const raw of source.split(/\r?\n/)) {
    const line = (raw.includes('#') ? raw.replace(/(^|\s)#.*$/, '') : raw).trim();
    if (line) entries.push(line.normalize('NFKC'));
  }
  return entries;
}

const cache = new Map<string, string[]>();

/** Loads a dictionary once per process, however many rules use it. */
export function loadDictionary(file: string): string[] {
  let entries = cache.get(file);
  if (!entries) {
    let source: string;
    try {
      source = readTextFileSync(file);
    } catch (err) {
      if (!(err instanceof UserError)) throw err;
      throw new UserError(err.message.startsWith('ファイルを') ? `辞書${err.message}` : `辞書ファイルを読めません: ${err.message}`, file);
    }
    entries = parseDictionary(source);
    cache.set(file, entries);
  }
  return entries;
}

/**
 * Resolves a path written in a rule file: relative to that file, or else relative to the
 * package, so a user's rule can say `dict: dict/insult.txt` to reuse a shipped list.
 */
export function resolveRulePath(ruleFile: string, relative: string): string {
  const local = path.resolve(path.dirname(ruleFile), relative);
  if (existsSync(local)) return local;
  const shipped = path.resolve(PACKAGE_ROOT, relative);
  return existsSync(shipped) ? shipped : local;
}

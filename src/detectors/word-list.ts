import { perDocument, type Document } from '../engine/document.js';
import { compileLexicon } from '../match/lexicon.js';
import { loadDictionary } from '../rules/dictionary.js';
import type { Range } from '../text/mapped-text.js';
import type { DetectorEnv } from './types.js';

/** Finds the entries of a word list in a post, as whole tokens; ranges in original offsets. */
export type WordFinder = (doc: Document) => readonly Range[];

const finders = new Map<string, WordFinder>();

/**
 * A word list from `dict/` (resolved like a rule's dict path), matched by surface or base form.
 * One finder per file, shared by every detector that uses the list.
 */
export function wordFinder(env: DetectorEnv, dictPath: string, options: { notPos?: readonly string[] } = {}): WordFinder {
  const file = env.resolvePath(dictPath);
  const key = `${file}\n${(options.notPos ?? []).join(';')}`;
  let finder = finders.get(key);
  if (!finder) {
    const matcher = compileLexicon(loadDictionary(file), { fields: ['surface', 'base'], notPos: options.notPos });
    finder = perDocument((doc) => matcher(doc));
    finders.set(key, finder);
  }
  return finder;
}

/** The entries of a word list, folded to lower case, for comparisons that aren't token-based. */
export function entrySet(env: DetectorEnv, dictPath: string): ReadonlySet<string> {
  return new Set(loadDictionary(env.resolvePath(dictPath)).map((e) => e.toLowerCase()));
}


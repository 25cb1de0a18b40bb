import { createRequire } from 'node:module';
import { loadMemo } from '../cache/load-memo.js';

const require = createRequire(import.meta.url);

/** The most repetition operators a rule's regular expression may have. */
const MAX_REPETITIONS = 200;

export class UnsafeRegexError extends Error {}

/**
 * Compiles a regular expression from a rule file, rejecting what could backtrack
 * catastrophically (nested quantifiers such as `(a+)+`), so a user's rule can't hang a run.
 */
export function compileSafeRegex(source: string, flags: string): RegExp {
  let regex: RegExp;
  try {
    regex = new RegExp(source, flags);
  } catch (err) {
    throw new UnsafeRegexError(`正規表現として正しくありません: ${(err as Error).message}`);
  }
  // The checker's parser predates lookbehind and named groups; they don't change the nesting
  // of quantifiers it measures, so they are checked as plain groups.
  const checkable = source.replace(/\(\?<(?:[!=]|[A-Za-z_$][\w$]*>)/g, '(?:');
  const known = loadMemo().safeRegexes;
  if (known.has(checkable)) return regex;
  // Loaded only for an expression the build's memo (cache/load-memo.ts) has not seen.
  const safeRegex = require('safe-regex2') as (source: string, options: { limit: number }) => boolean;
  if (!safeRegex(checkable, { limit: MAX_REPETITIONS })) {
    throw new UnsafeRegexError(
      `正規表現「${source}」は入れ子の繰り返しなどで処理が終わらなくなるおそれがあります。繰り返しを入れ子にしない形に書き換えてください`,
    );
  }
  known.add(checkable);
  return regex;
}

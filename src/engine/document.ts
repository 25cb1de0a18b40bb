import type { Account } from '../categories.js';
import type { MappedText, Range } from '../text/mapped-text.js';
import { normalize } from '../text/normalize.js';
import { sentenceRanges } from '../text/sentences.js';
import type { Token, Tokenizer } from '../tokenize/tokenizer.js';

/** What is known about a post besides its text. */
export interface PostContext {
  readonly account: Account;
  /** Reference date: for dates written without a year and for working hours. */
  readonly now: Date;
  readonly publishAt?: Date;
  readonly platform?: string;
}

/**
 * One post, prepared once for every rule: the text layers with their maps back to the
 * original, one token stream, and the sentences of the normalized text.
 */
export interface Document extends PostContext {
  readonly original: string;
  readonly nfkc: MappedText;
  readonly normalized: MappedText;
  /** Tokens of `normalized.text`. */
  readonly tokens: readonly Token[];
  /** Sentences of `normalized.text`. */
  readonly sentences: readonly Range[];
  /** Index in `normalized.text` of the first unit at or after an original offset. */
  normalizedIndex(originalOffset: number): number;
  /** What rules work out of the post once and share (`perDocument`), kept with the post. */
  readonly memo: Map<unknown, unknown>;
}

export function createDocument(original: string, context: PostContext, tokenizer: Tokenizer): Document {
  const { nfkc, normalized } = normalize(original);
  const reverse = reverseMap(normalized);
  return {
    ...context,
    original,
    nfkc,
    normalized,
    tokens: tokenizer.tokenize(normalized.text),
    sentences: sentenceRanges(normalized.text),
    normalizedIndex: (offset) => reverse[Math.max(0, Math.min(offset, original.length))]!,
    memo: new Map(),
  };
}

/**
 * Remembers a function's result for each post, so that several rules using the same detector
 * (or detectors sharing a helper) work the post out once. The result is kept in the document
 * and goes when the document goes.
 */
export function perDocument<T>(compute: (doc: Document) => T): (doc: Document) => T {
  const key = Symbol('perDocument');
  return (doc) => {
    let value = doc.memo.get(key) as T | undefined;
    if (value === undefined) {
      value = compute(doc);
      doc.memo.set(key, value);
    }
    return value;
  };
}

function reverseMap(mapped: MappedText): Int32Array {
  const reverse = new Int32Array(mapped.originalLength + 1).fill(mapped.text.length);
  for (let i = mapped.text.length - 1; i >= 0; i--) reverse[mapped.starts[i]!] = i;
  // Offsets inside dropped characters (separators, invisibles) point at the next kept unit.
  for (let o = mapped.originalLength - 1; o >= 0; o--) {
    if (reverse[o]! > reverse[o + 1]!) reverse[o] = reverse[o + 1]!;
  }
  return reverse;
}

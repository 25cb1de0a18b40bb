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

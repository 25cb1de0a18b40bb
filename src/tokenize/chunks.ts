import type { Range } from '../text/mapped-text.js';

/**
 * Longest piece of text handed to kuromoji at once. Its lattice grows with the length of a
 * run without punctuation (it splits only at 、 and 。 itself): a 1.5-million-character line
 * did not finish in minutes. Cutting elsewhere than at a sentence end can only change the
 * tokens next to the cut, and a cut is made at a line or sentence end whenever there is one.
 */
export const MAX_CHUNK = 4096;

/** Characters after which a cut changes nothing: sentence ends and line breaks. */
const SENTENCE_END = /[。．!?！？\n\r]/;
/** Failing those, a space or comma keeps words whole. */
const WORD_BREAK = /[\s、，,]/;

/** Splits text into consecutive ranges of at most `max` units, preferring natural breaks. */
export function chunkRanges(text: string, max = MAX_CHUNK): Range[] {
  const ranges: Range[] = [];
  let start = 0;
  while (text.length - start > max) {
    const end = cutPoint(text, start, start + max);
    ranges.push({ start, end });
    start = end;
  }
  if (start < text.length || ranges.length === 0) ranges.push({ start, end: text.length });
  return ranges;
}

/** Where to end a chunk starting at `start` and ending at `limit` at the latest. */
function cutPoint(text: string, start: number, limit: number): number {
  const floor = start + Math.floor((limit - start) / 2);
  for (const boundary of [SENTENCE_END, WORD_BREAK]) {
    for (let i = limit; i > floor; i--) if (boundary.test(text[i - 1]!)) return i;
  }
  // No break at all: cut between two characters, never inside a surrogate pair or before a mark.
  let i = limit;
  while (i > floor && (isLowSurrogate(text.charCodeAt(i)) || /\p{M}/u.test(text[i] ?? ''))) i--;
  return i > floor ? i : limit;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Tokenizes `text` chunk by chunk with offsets in the whole text. */
export function tokenizeInChunks<T extends { start: number; end: number }>(text: string, tokenize: (chunk: string) => T[]): T[] {
  const ranges = chunkRanges(text);
  if (ranges.length === 1) return tokenize(text);
  return ranges.flatMap(({ start, end }) => tokenize(text.slice(start, end)).map((t) => ({ ...t, start: t.start + start, end: t.end + start })));
}

/**
 * kuromoji throws on NUL and on a high surrogate without its pair (a TypeError deep in its
 * lattice builder), which would end the whole run. They become U+FFFD, one unit for one unit,
 * so every offset stays where it was.
 */
export function forKuromoji(text: string): string {
  return text.replace(/\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

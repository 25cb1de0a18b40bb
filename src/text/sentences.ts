import type { Range } from './mapped-text.js';

/** Sentence ends: Japanese and Latin full stops, exclamation and question marks, line breaks. */
const SENTENCE_END = /[。．!?！？\n\r]+/g;

/** Splits text into sentence ranges; the terminator belongs to the sentence it ends. */
export function sentenceRanges(text: string): Range[] {
  const ranges: Range[] = [];
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = m.index + m[0].length;
    if (end > start) ranges.push({ start, end });
    start = end;
  }
  if (start < text.length) ranges.push({ start, end: text.length });
  return ranges;
}

/** The sentence containing `offset` (the last one when offset is at the very end). */
export function sentenceAt(ranges: readonly Range[], offset: number): Range {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ranges[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return ranges[lo] ?? { start: 0, end: 0 };
}

import * as z from 'zod';
import type { Match } from '../../match/types.js';
import { lexKey } from '../../text/fold.js';
import { toOriginalRange } from '../../text/mapped-text.js';
import { defineDetector } from '../types.js';
import { entrySet } from '../word-list.js';

/**
 * Twelve digits, together or in groups of four (4821 3390 7716, 4821-3390-7716), not part of a
 * longer grouped number such as a card number (1234 5678 9012 3456).
 */
const TWELVE_DIGITS = /(?<![\d.,+\-/]|\d[ \-‐‑–−\u3000])(\d{4})[ \-‐‑–−\u3000]?(\d{4})[ \-‐‑–−\u3000]?(\d{4})(?![\d]|[ \-‐‑–−\u3000]\d)/gu;
/** How far before the number a label saying what number it is is looked for. */
const LABEL_WINDOW = 16;

/**
 * The check digit of a マイナンバー (個人番号), as the 行政手続における特定の個人を識別するための番号の
 * 利用等に関する法律施行令 8条 defines it: P(n) is the n-th digit counted from the right of the
 * first eleven, Q(n) = n + 1 for n ≤ 6 and n − 5 for n ≥ 7; with r = Σ P(n)·Q(n) mod 11, the
 * check digit is 0 when r ≤ 1, else 11 − r.
 */
export function myNumberCheckDigit(first11: string): number {
  let sum = 0;
  for (let n = 1; n <= 11; n++) {
    const p = Number(first11[11 - n]);
    const q = n <= 6 ? n + 1 : n - 5;
    sum += p * q;
  }
  const r = sum % 11;
  return r <= 1 ? 0 : 11 - r;
}

export function isValidMyNumber(digits: string): boolean {
  return /^\d{12}$/.test(digits) && myNumberCheckDigit(digits.slice(0, 11)) === Number(digits[11]);
}

/**
 * A マイナンバー: twelve digits whose check digit is right (so a twelve-digit 受付番号 is, ten
 * times out of eleven, not taken for one), unless the nearest label before it names another
 * number (受付番号, 法人番号). A number the post itself calls someone's 個人番号 is one even when
 * its check digit is wrong: a mistyped 個人番号 still discloses most of it.
 */
export const myNumber = defineDetector({
  name: 'my-number',
  description: 'マイナンバー（個人番号）: 検査用数字が正しい12桁の数字',
  options: z.strictObject({
    labels: z.string().default('dict/personal-info/my-number-labels.txt'),
    otherNumbers: z.string().default('dict/personal-info/other-number-labels.txt'),
  }),
  create(options, env) {
    const myNumberLabels = [...entrySet(env, options.labels)].map(lexKey);
    const otherLabels = [...entrySet(env, options.otherNumbers)].map(lexKey);
    return (doc) => {
      const matches: Match[] = [];
      const text = doc.nfkc.text;
      for (const m of text.matchAll(TWELVE_DIGITS)) {
        const before = lexKey(text.slice(Math.max(0, m.index - LABEL_WINDOW), m.index));
        const label = nearestLabel(before, myNumberLabels, otherLabels);
        if (label === 'other') continue;
        if (label !== 'my-number' && !isValidMyNumber(m[1]! + m[2]! + m[3]!)) continue;
        matches.push(toOriginalRange(doc.nfkc, m.index, m.index + m[0].length));
      }
      return matches;
    };
  },
});

/** Which kind of label stands last (nearest the number) in the text before it. */
function nearestLabel(before: string, mine: readonly string[], other: readonly string[]): 'my-number' | 'other' | undefined {
  const last = (labels: readonly string[]) => Math.max(-1, ...labels.map((l) => (before.includes(l) ? before.lastIndexOf(l) + l.length : -1)));
  const m = last(mine);
  const o = last(other);
  if (m < 0 && o < 0) return undefined;
  return m > o ? 'my-number' : 'other';
}

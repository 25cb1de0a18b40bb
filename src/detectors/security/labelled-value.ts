import { containsAny } from '../../match/literal-index.js';
import { lexKey } from '../../text/fold.js';

/** A value written after its label ("パスワードは Sakura2026!"), in offsets of the text searched. */
export interface LabelledValue {
  readonly start: number;
  readonly end: number;
  readonly value: string;
  /** The value was in quotes or brackets (「kawabe0401」). */
  readonly quoted: boolean;
}

/**
 * What may stand between a label and its value: particles, colons, commas, brackets and quotes,
 * the words 番号/コード and a length ("キーボックス（番号3390）", "パスワードが「…」", "PW: …",
 * "暗証番号、4桁で0000のまま").
 */
const GAP = String.raw`(?:[\s:=はがをにでも、,「『"'(\[【]|番号|コード|\d{1,2}桁[でのは]?){0,6}`;
const OPENING_QUOTE = /[「『"'(\[【]$/u;
/** "例：", "例えば": what follows is an example, not a real value. */
const EXAMPLE_BEFORE = /(?:例|たとえば|例えば)\s?[:：は]?\s?$/u;

export interface LabelledValueOptions {
  /** The labels, from a word list. */
  readonly labels: readonly string[];
  /** The value itself, as a regular-expression source without flags. */
  readonly value: string;
  /** Words that, right after the value, show it is a unit or an example (8文字, 1234など). */
  readonly notAfter: readonly string[];
}

export function labelledValueFinder(options: LabelledValueOptions): (text: string) => LabelledValue[] {
  const labels = [...options.labels].sort((a, b) => b.length - a.length).map(escapeLabel);
  const regex = new RegExp(`(${labels.join('|')})(${GAP})(${options.value})`, 'giu');
  const notAfter = options.notAfter.map(lexKey);
  const namesALabel = containsAny(options.labels.map((l) => l.toLowerCase().replace(/\s/gu, '')));
  return (text) => {
    const found: LabelledValue[] = [];
    // Most posts name no label at all: skip the scan.
    const lower = text.toLowerCase().replace(/\s/gu, '');
    if (!namesALabel(lower)) return found;
    for (const m of text.matchAll(regex)) {
      const [, label, gap, rawValue] = m as unknown as [string, string, string, string];
      // An English label needs a colon or a particle: "Season pass 2026" is not a password.
      if (/^[A-Za-z ]+$/u.test(label) && !/[:=はが]/u.test(gap)) continue;
      if (EXAMPLE_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
      const value = rawValue.replace(/[)\]}>"'.,;:]+$/u, '');
      const start = m.index + label.length + gap.length;
      const after = lexKey(text.slice(start + value.length, start + value.length + 6).replace(/^[\s」』"')\]】]+/u, ''));
      if (notAfter.some((w) => after.startsWith(w))) continue;
      found.push({ start, end: start + value.length, value, quoted: OPENING_QUOTE.test(gap) });
    }
    return found;
  };
}

/** A label as a pattern: ASCII labels only as whole words (PW is not the start of PWA). */
function escapeLabel(label: string): string {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s?');
  return /^[A-Za-z]/u.test(label) ? `(?<![A-Za-z])${escaped}(?![A-Za-z])` : escaped;
}

/** How far either side of a value its context is read. */
const CONTEXT_REACH = 40;

/** The text around [start, end) on the same line, at most CONTEXT_REACH units either side. */
export function lineAround(text: string, start: number, end: number): string {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const newline = text.indexOf('\n', end);
  const lineEnd = newline < 0 ? text.length : newline;
  return text.slice(Math.max(lineStart, start - CONTEXT_REACH), Math.min(lineEnd, end + CONTEXT_REACH));
}

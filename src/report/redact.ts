import { maskRanges, maskSensitive, type MaskStyle, type SensitiveRange } from './mask.js';

/** Values shorter than this are not searched for elsewhere: a two-letter name is too common. */
const MIN_REPEATED_LENGTH = 4;

/**
 * Everything a report says about one post, with the post's sensitive spans masked wherever
 * they could surface: the text shown around findings, each finding's text, the values a
 * detector offers to messages, and the filled-in messages themselves.
 */
export interface Redactor {
  /** The post source with every sensitive span, and every repetition of one, masked. */
  readonly displaySource: string;
  /** A detector's message values, with those that repeat a sensitive match masked. */
  maskVars(vars: Readonly<Record<string, string>>, clear: string, style: MaskStyle): Record<string, string>;
  /** Any text for the report, with each sensitive value found in it masked. */
  scrub(text: string): string;
}

export function createRedactor(source: string, ranges: readonly SensitiveRange[]): Redactor {
  const values = new Map<string, MaskStyle>();
  for (const r of ranges) {
    const clear = source.slice(r.start, r.end);
    if (clear.length >= MIN_REPEATED_LENGTH) {
      values.set(clear, r.style);
      values.set(clear.normalize('NFKC'), r.style);
    }
  }
  const repeated = [...values].flatMap(([value, style]) => occurrences(source, value).map((start) => ({ start, end: start + value.length, style })));
  const needles = [...values].sort(([a], [b]) => b.length - a.length);
  return {
    displaySource: maskRanges(source, [...ranges, ...repeated]),
    maskVars(vars, clear, style) {
      const key = alnumKey(clear);
      return Object.fromEntries(
        Object.entries(vars).map(([name, value]) => {
          const k = alnumKey(value);
          return [name, k.length > 0 && key.includes(k) ? maskSensitive(value, style) : value];
        }),
      );
    },
    scrub(text) {
      let out = text;
      for (const [value, style] of needles) out = out.split(value).join(maskSensitive(value, style));
      return out;
    },
  };
}

function occurrences(text: string, value: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(value); i >= 0; i = text.indexOf(value, i + 1)) found.push(i);
  return found;
}

/** Letters and digits only, folded, so "090-1234-5678" and "０９０１２３４５６７８" compare equal. */
function alnumKey(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Masks personal data and secrets so that no report, log or CI annotation repeats them.
 * Every style keeps the length in UTF-16 units, so positions computed on the original still
 * point at the right place in a masked copy of the text.
 *
 * - `phone`: the first three and last four digits stay, so a person can tell which number was
 *   meant ("090-1234-5678" → "090-****-5678"); separators stay.
 * - `email`: the mailbox is hidden, the domain stays ("******.*****@example.ne.jp").
 * - `digits`: every digit is hidden, the rest stays (マイナンバー, street numbers, birth dates).
 * - `secret`: every character but white space is hidden (passwords, PINs, tokens: not even
 *   their symbols are shown).
 * - `alnum`: every letter and digit is hidden, separators stay (names, hosts, handles).
 * - `auto`: `email` or `phone` when the text has that shape, else `alnum`.
 */
export const MASK_STYLES = ['auto', 'phone', 'email', 'digits', 'secret', 'alnum'] as const;
export type MaskStyle = (typeof MASK_STYLES)[number];

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const DIGIT = /\p{Nd}/u;
const EMAIL_SHAPE = /^[^@\s]+@[^@\s]+\.[^@\s]+$/u;

export function maskSensitive(text: string, style: MaskStyle = 'auto'): string {
  switch (style) {
    case 'auto':
      return maskSensitive(text, autoStyle(text));
    case 'phone':
      return maskPhone(text);
    case 'email':
      return maskEmail(text);
    case 'digits':
      return hideWhere(text, (ch) => DIGIT.test(ch));
    case 'secret':
      return hideWhere(text, (ch) => !/\s/u.test(ch));
    case 'alnum':
      return hideWhere(text, (ch) => LETTER_OR_DIGIT.test(ch));
  }
}

function autoStyle(text: string): MaskStyle {
  const t = text.normalize('NFKC');
  if (EMAIL_SHAPE.test(t.trim())) return 'email';
  const digits = t.replace(/\D/g, '');
  const onlyNumber = !/[\p{L}]/u.test(t);
  if (onlyNumber && /^(?:0\d{9,10}|81\d{9,10})$/.test(digits)) return 'phone';
  return 'alnum';
}

/** Replaces each character for which `hide` holds by as many "*" as it has UTF-16 units. */
function hideWhere(text: string, hide: (ch: string) => boolean): string {
  let out = '';
  for (const ch of text) out += hide(ch) ? '*'.repeat(ch.length) : ch;
  return out;
}

function maskPhone(text: string): string {
  const total = [...text].filter((ch) => DIGIT.test(ch)).length;
  // A short number shows nothing: three plus four digits would be all of it.
  const keepStart = total >= 10 ? 3 : 0;
  const keepEnd = total >= 10 ? 4 : 0;
  let seen = 0;
  return hideWhere(text, (ch) => {
    if (!DIGIT.test(ch)) return false;
    seen++;
    return seen > keepStart && seen <= total - keepEnd;
  });
}

function maskEmail(text: string): string {
  const at = Math.max(text.lastIndexOf('@'), text.lastIndexOf('＠'));
  if (at < 0) return maskSensitive(text, 'alnum');
  return hideWhere(text.slice(0, at), (ch) => LETTER_OR_DIGIT.test(ch) || /[._%+-]/u.test(ch)) + text.slice(at);
}

/** A sensitive span of a text and how it is to be masked. */
export interface SensitiveRange {
  readonly start: number;
  readonly end: number;
  readonly style: MaskStyle;
}

/**
 * `source` with every given range replaced by its masked form (same length). Each range is
 * masked from the clear text, so overlapping ranges combine: a unit hidden by any is hidden.
 */
export function maskRanges(source: string, ranges: ReadonlyArray<{ start: number; end: number; style?: MaskStyle }>): string {
  const units = source.split('');
  for (const { start, end, style } of ranges) {
    const masked = maskSensitive(source.slice(start, end), style);
    for (let i = 0; i < masked.length; i++) if (masked[i] === '*') units[start + i] = '*';
  }
  return units.join('');
}

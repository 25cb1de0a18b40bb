/**
 * Masks personal data and secrets so that no report, log or CI annotation repeats them.
 * Long numbers keep their first three and last four digits so a person can tell which number
 * was meant ("090-1234-5678" → "090-****-5678"); anything else (passwords, addresses, e-mail)
 * has every letter and digit hidden. Separators stay, and the length in UTF-16 units is kept,
 * so positions computed on the original still point at the right place.
 */
export function maskSensitive(text: string): string {
  const chars = [...text];
  const secret = chars.map((ch) => /[\p{L}\p{N}]/u.test(ch));
  const total = secret.filter(Boolean).length;
  const digits = chars.filter((ch) => /\p{Nd}/u.test(ch)).length;
  const numberLike = digits >= 10 && digits === total;
  const keepStart = numberLike ? 3 : 0;
  const keepEnd = numberLike ? 4 : 0;
  let seen = 0;
  return chars
    .map((ch, i) => {
      if (!secret[i]) return ch;
      seen++;
      const kept = seen <= keepStart || seen > total - keepEnd;
      return kept ? ch : '*'.repeat(ch.length);
    })
    .join('');
}

/** `source` with every given range replaced by its masked form (same length). */
export function maskRanges(source: string, ranges: ReadonlyArray<{ start: number; end: number }>): string {
  let out = source;
  for (const { start, end } of ranges) out = out.slice(0, start) + maskSensitive(out.slice(start, end)) + out.slice(end);
  return out;
}

/**
 * Folding for comparison only (never for display): katakana and hiragana compare equal, Latin
 * letters compare case-insensitively. Input is expected to be NFKC already.
 */
const LONG_VOWELS = /[ー〜~]+/g;

export function toHiragana(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    // ァ..ヶ map onto ぁ..ゖ; ヷ-ヺ and ー have no hiragana twin and stay.
    out += cp >= 0x30a1 && cp <= 0x30f6 ? String.fromCodePoint(cp - 0x60) : ch;
  }
  return out;
}

/** The key a word is compared by when spelling is free: long-vowel marks ignored (バーカ = ばか). */
export function lexKey(s: string): string {
  return toHiragana(s.normalize('NFKC')).toLowerCase().replace(LONG_VOWELS, '');
}

/**
 * The key of a word the dictionary knows: a long-vowel mark is part of it (runs count as one),
 * because there it tells words apart (ブース is not ブス, スーパー is not スパ).
 */
export function spelledKey(s: string): string {
  return toHiragana(s.normalize('NFKC')).toLowerCase().replace(LONG_VOWELS, 'ー');
}

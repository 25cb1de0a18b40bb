/**
 * Folding for comparison only (never for display): katakana and hiragana compare equal, Latin
 * letters compare case-insensitively, and long-vowel marks are ignored (バーカ = ばか).
 * Input is expected to be NFKC already.
 */
const LONG_VOWEL = /[ー〜~]/g;

export function toHiragana(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    // ァ..ヶ map onto ぁ..ゖ; ヷ-ヺ and ー have no hiragana twin and stay.
    out += cp >= 0x30a1 && cp <= 0x30f6 ? String.fromCodePoint(cp - 0x60) : ch;
  }
  return out;
}

/** The key a word is compared by in lexicon matching. */
export function lexKey(s: string): string {
  return toHiragana(s.normalize('NFKC')).toLowerCase().replace(LONG_VOWEL, '');
}

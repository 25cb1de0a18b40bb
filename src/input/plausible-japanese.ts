/**
 * Whether bytes that a legacy Japanese decoder accepted really are Japanese text. Shift_JIS
 * accepts most byte pairs, so Latin-1 ("Ménière" → "M駭i鑽e"), EUC-JP or damaged UTF-8 often
 * decode without error, as mojibake made of rare kanji and half-width katakana. Japanese prose
 * is never without kana and 、。「」; mojibake almost never has them.
 */

/** Below this share of kana and Japanese punctuation among non-ASCII characters, it is mojibake. */
export const MIN_JAPANESE_SHARE = 0.1;

/** Hiragana, full-width katakana (and their extensions), CJK punctuation, full-width forms. */
const JAPANESE_MARKER = /[\u3000-\u30ff\u31f0-\u31ff\uff01-\uff60]/u;

/** Share of the text's non-ASCII characters that are kana or Japanese punctuation (0..1). */
export function japaneseShare(text: string): number {
  let nonAscii = 0;
  let markers = 0;
  for (const ch of text) {
    if (ch.codePointAt(0)! < 0x80) continue;
    nonAscii++;
    if (JAPANESE_MARKER.test(ch)) markers++;
  }
  return nonAscii === 0 ? 0 : markers / nonAscii;
}

/**
 * Bytes that read as Western European text (Latin-1 / Windows-1252): every non-ASCII byte is
 * a printable character of that code page, standing alone or in pairs between ASCII letters
 * (accented letters in words), as Japanese double-byte text never does at length.
 */
export function looksLatin1(bytes: Uint8Array): boolean {
  let run = 0;
  let seen = 0;
  for (const b of bytes) {
    if (b < 0x80) {
      run = 0;
      continue;
    }
    if (b === 0x81 || b === 0x8d || b === 0x8f || b === 0x90 || b === 0x9d) return false;
    if (++run > 2) return false;
    seen++;
  }
  return seen > 0;
}

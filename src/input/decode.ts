import { japaneseShare, looksLatin1, MIN_JAPANESE_SHARE } from './plausible-japanese.js';

/** A file's bytes as text, or why they can't be read as a post. */
export type Decoded =
  | { readonly ok: true; readonly text: string; readonly encoding: string }
  | { readonly ok: false; readonly reason: 'binary' | 'encoding'; readonly message: string };

const RESAVE = 'UTF-8 で保存し直してください';

/**
 * Decodes a draft: UTF-8 with or without BOM, UTF-16 with BOM, and Shift_JIS (CP932), EUC-JP
 * or ISO-2022-JP, which municipal PCs and old mail software still produce. A BOM is not part of
 * the text. Bytes are never guessed into mojibake: what is not clearly one of these encodings
 * is refused with a message that says what was found and what to do.
 */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = strictDecode('utf-8', bytes.subarray(3));
    return text !== undefined ? { ok: true, text, encoding: 'UTF-8 (BOM)' } : damagedUtf8(bytes.subarray(3));
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16LE' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16BE' };
  }
  if (looksBinary(bytes)) {
    return {
      ok: false,
      reason: 'binary',
      message: 'バイナリファイルのため読み飛ばしました（画像や Word 文書などは点検できません。本文をテキストファイルに保存してください）',
    };
  }
  if (hasIso2022Escape(bytes)) {
    const jis = strictDecode('iso-2022-jp', bytes);
    if (jis !== undefined) return { ok: true, text: jis, encoding: 'ISO-2022-JP' };
  }
  const utf8 = strictDecode('utf-8', bytes);
  if (utf8 !== undefined) return { ok: true, text: utf8, encoding: 'UTF-8' };
  if (isMostlyUtf8(bytes)) return damagedUtf8(bytes);
  const legacy = bestLegacyDecoding(bytes);
  if (legacy) return { ok: true, ...legacy };
  const guess = looksLatin1(bytes) ? '欧文の Latin-1（Windows-1252）のようです' : 'どの文字コードか判別できません';
  return {
    ok: false,
    reason: 'encoding',
    message: `UTF-8・Shift_JIS・EUC-JP のどれとしても日本語の文章として読めません（${guess}）。${RESAVE}`,
  };
}

const LEGACY = [
  { label: 'shift_jis', name: 'Shift_JIS' },
  { label: 'euc-jp', name: 'EUC-JP' },
] as const;

/** The legacy Japanese decoding that reads most like Japanese, if any reads like it at all. */
function bestLegacyDecoding(bytes: Uint8Array): { text: string; encoding: string } | undefined {
  let best: { text: string; encoding: string; share: number } | undefined;
  for (const { label, name } of LEGACY) {
    const text = strictDecode(label, bytes);
    if (text === undefined) continue;
    const share = japaneseShare(text);
    if (share >= MIN_JAPANESE_SHARE && (!best || share > best.share)) best = { text, encoding: name, share };
  }
  return best && { text: best.text, encoding: best.encoding };
}

function strictDecode(label: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * UTF-8 with a few broken bytes (a character pasted from a Latin-1 file, a truncated copy):
 * most multi-byte sequences are valid. Shift_JIS and EUC-JP text is almost never valid UTF-8.
 */
function isMostlyUtf8(bytes: Uint8Array): boolean {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  let broken = 0;
  let valid = 0;
  for (const ch of text) {
    if (ch === '\uFFFD') broken++;
    else if (ch.codePointAt(0)! >= 0x80) valid++;
  }
  return broken > 0 && valid >= 2 * broken;
}

/** Names the line of the first byte that is not UTF-8, so the user can find and fix it. */
function damagedUtf8(bytes: Uint8Array): Decoded {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const at = text.indexOf('\uFFFD');
  const line = text.slice(0, at).split(/\r\n|\r|\n/).length;
  return {
    ok: false,
    reason: 'encoding',
    message: `${line} 行目に UTF-8 として正しくないバイトがあります（ほかの部分は UTF-8 です）。その箇所の文字を入力し直し、${RESAVE}`,
  };
}

/** Text never holds NUL bytes; binary formats almost always do within their first block. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

/** 7-bit text switching into JIS X 0208 (ESC $ @, ESC $ B) or JIS X 0201 (ESC ( J, ESC ( I). */
function hasIso2022Escape(bytes: Uint8Array): boolean {
  for (let i = 0; i + 2 < bytes.length; i++) {
    if (bytes[i] !== 0x1b) continue;
    const [a, b] = [bytes[i + 1], bytes[i + 2]];
    if ((a === 0x24 && (b === 0x40 || b === 0x42)) || (a === 0x28 && (b === 0x4a || b === 0x49))) return true;
  }
  return false;
}

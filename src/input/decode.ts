import iconv from 'iconv-lite';

/** A file's bytes as text, or why they can't be read as a post. */
export type Decoded =
  | { readonly ok: true; readonly text: string; readonly encoding: string }
  | { readonly ok: false; readonly reason: 'binary' | 'encoding'; readonly message: string };

/**
 * Decodes a draft: UTF-8 with or without BOM, UTF-16 with BOM, and Shift_JIS (CP932) or
 * EUC-JP, which many municipal PCs still save. A BOM is not part of the text.
 */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = decodeUtf8(bytes.subarray(3));
    if (text !== undefined) return { ok: true, text, encoding: 'UTF-8 (BOM)' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16LE' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16BE' };
  }
  if (looksBinary(bytes)) {
    return { ok: false, reason: 'binary', message: 'バイナリファイルのため読み飛ばしました' };
  }
  const utf8 = decodeUtf8(bytes);
  if (utf8 !== undefined) return { ok: true, text: utf8, encoding: 'UTF-8' };
  if (isShiftJis(bytes)) return { ok: true, text: iconv.decode(Buffer.from(bytes), 'cp932'), encoding: 'Shift_JIS' };
  if (isEucJp(bytes)) return { ok: true, text: iconv.decode(Buffer.from(bytes), 'euc-jp'), encoding: 'EUC-JP' };
  return {
    ok: false,
    reason: 'encoding',
    message: '文字コードを判別できません。UTF-8 か Shift_JIS で保存し直してください',
  };
}

function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Text never holds NUL bytes; binary formats almost always do within their first block. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

/** Every byte is ASCII, half-width katakana, or a valid CP932 lead/trail pair. */
function isShiftJis(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80 || (b >= 0xa1 && b <= 0xdf)) continue;
    const lead = (b >= 0x81 && b <= 0x9f) || (b >= 0xe0 && b <= 0xfc);
    const t = bytes[i + 1];
    if (!lead || t === undefined || !((t >= 0x40 && t <= 0x7e) || (t >= 0x80 && t <= 0xfc))) return false;
    i++;
  }
  return true;
}

/** Every byte is ASCII or a valid EUC-JP sequence (two-byte, SS2 kana, SS3 three-byte). */
function isEucJp(bytes: Uint8Array): boolean {
  const high = (x: number | undefined) => x !== undefined && x >= 0xa1 && x <= 0xfe;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    if (b === 0x8e && bytes[i + 1]! >= 0xa1 && bytes[i + 1]! <= 0xdf) i += 1;
    else if (b === 0x8f && high(bytes[i + 1]) && high(bytes[i + 2])) i += 2;
    else if (high(b) && high(bytes[i + 1])) i += 1;
    else return false;
  }
  return true;
}

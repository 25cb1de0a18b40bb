import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/input/decode.js';

const text = 'あいつはバカだ。ｶﾅ';

describe('decode', () => {
  it('reads UTF-8 and drops a BOM', () => {
    expect(decode(Buffer.from(text))).toMatchObject({ ok: true, text, encoding: 'UTF-8' });
    expect(decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toMatchObject({ ok: true, text });
  });

  it('detects Shift_JIS (CP932) and EUC-JP', () => {
    expect(decode(iconv.encode(text, 'cp932'))).toMatchObject({ ok: true, text, encoding: 'Shift_JIS' });
    expect(decode(iconv.encode('東京都の観光案内です。', 'euc-jp'))).toMatchObject({ ok: true, text: '東京都の観光案内です。' });
  });

  it('reads UTF-16 with a BOM', () => {
    expect(decode(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toMatchObject({ ok: true, text });
  });

  it('recognizes binary files', () => {
    expect(decode(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]))).toMatchObject({ ok: false, reason: 'binary' });
  });

  it('refuses bytes that are no Japanese encoding rather than guessing', () => {
    expect(decode(Buffer.from([0x41, 0x80, 0x80, 0xff]))).toMatchObject({ ok: false, reason: 'encoding' });
  });
});

describe('decode: bytes that are not what they seem', () => {
  const latin1 = (s: string) => Buffer.from(s, 'latin1');

  it('refuses Latin-1 text instead of reading it as mojibake Shift_JIS', () => {
    // "Ménière für" is valid Shift_JIS byte for byte ("M駭i鑽e f..."): only plausibility tells.
    for (const s of ['Ménière für Sie', 'Café à la carte, très légère.', 'naïve façade']) {
      const r = decode(latin1(s));
      expect(r).toMatchObject({ ok: false, reason: 'encoding' });
      expect(r.ok || r.message).toMatch(/Latin-1/);
    }
  });

  it('still reads Shift_JIS and EUC-JP drafts, kanji-heavy notices included', () => {
    for (const s of ['令和8年度市民税・県民税の申告受付について', 'ﾊﾞｶじゃないの', '本日は晴天なり。']) {
      expect(decode(iconv.encode(s, 'cp932'))).toMatchObject({ ok: true, text: s, encoding: 'Shift_JIS' });
      expect(decode(iconv.encode(s, 'euc-jp'))).toMatchObject({ ok: true, text: s, encoding: 'EUC-JP' });
    }
  });

  it('names the line of a stray byte in an otherwise UTF-8 file rather than guessing another encoding', () => {
    const bytes = Buffer.concat([Buffer.from('お知らせです。\n市民の皆さまへ\n'), Buffer.from([0xe9]), Buffer.from('のご案内です。')]);
    const r = decode(bytes);
    expect(r).toMatchObject({ ok: false, reason: 'encoding' });
    expect(r.ok || r.message).toMatch(/^3 行目に UTF-8 として正しくないバイト/);
    const withBom = decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]));
    expect(withBom.ok || withBom.message).toMatch(/^3 行目/);
  });

  it('reads ISO-2022-JP (JIS) instead of passing its escape sequences through as text', () => {
    const jis = Buffer.from([
      0x1b, 0x24, 0x42, 0x24, 0x22, 0x24, 0x24, 0x24, 0x44, 0x24, 0x4f, 0x25, 0x50, 0x25, 0x2b, 0x24, 0x40, 0x1b, 0x28, 0x42,
    ]);
    expect(decode(jis)).toMatchObject({ ok: true, text: 'あいつはバカだ', encoding: 'ISO-2022-JP' });
  });

  it('reads an empty file as an empty post', () => {
    expect(decode(new Uint8Array())).toMatchObject({ ok: true, text: '' });
    expect(decode(Buffer.from([0xef, 0xbb, 0xbf]))).toMatchObject({ ok: true, text: '' });
  });

  it('says what to do with a binary file', () => {
    const r = decode(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]));
    expect(r.ok || r.message).toMatch(/バイナリファイルのため読み飛ばしました.*テキストファイルに保存/);
  });
});

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

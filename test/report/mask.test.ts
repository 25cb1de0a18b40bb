import { describe, expect, it } from 'vitest';
import { maskRanges, maskSensitive } from '../../src/report/mask.js';

describe('masking', () => {
  it('keeps separators and a few characters at the ends of long values', () => {
    expect(maskSensitive('090-1234-5678')).toBe('090-****-5678');
    expect(maskSensitive('4821 3390 7716')).toBe('482* **** 7716');
  });

  it('hides every letter and digit of anything that is not a long number', () => {
    expect(maskSensitive('5521#')).toBe('****#');
    expect(maskSensitive('Kk#2026hoiku')).toBe('**#*********');
    expect(maskSensitive('hiroko.t1985@example.ne.jp')).toBe('******.*****@*******.**.**');
  });

  it('keeps the length in UTF-16 units so positions stay valid', () => {
    for (const s of ['０９０－１２３４－５６７８', '𠮷野家の暗証番号1234', 'hiroko.t1985@example.ne.jp']) {
      expect(maskSensitive(s)).toHaveLength(s.length);
    }
  });

  it('masks ranges inside a longer text', () => {
    expect(maskRanges('電話 090-1234-5678 まで', [{ start: 3, end: 16 }])).toBe('電話 090-****-5678 まで');
  });
});

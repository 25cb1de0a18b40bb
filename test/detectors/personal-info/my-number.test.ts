import { describe, expect, it } from 'vitest';
import { isValidMyNumber, myNumberCheckDigit } from '../../../src/detectors/personal-info/my-number.js';
import { found } from '../../helpers/detect.js';

describe('マイナンバー check digit', () => {
  it('computes the check digit of the 施行令 8条', () => {
    expect(myNumberCheckDigit('12345678901')).toBe(8);
    // Remainders 0 and 1 give 0.
    expect(myNumberCheckDigit('00000000000')).toBe(0);
  });

  it('accepts only twelve digits with the right check digit', () => {
    expect(isValidMyNumber('123456789018')).toBe(true);
    expect(isValidMyNumber('123456789012')).toBe(false);
    expect(isValidMyNumber('12345678901')).toBe(false);
  });
});

describe('my-number detector', () => {
  it.each([
    ['番号 123456789018 で照会しました', '123456789018'],
    ['１２３４　５６７８　９０１８', '１２３４　５６７８　９０１８'],
    ['申請者の番号は 1234-5678-9018 です', '1234-5678-9018'],
  ])('reports twelve digits with a valid check digit: %s', async (text, number) => {
    expect(await found('my-number', text)).toEqual([number]);
  });

  it('reports a number the post calls a 個人番号 even with a wrong check digit', async () => {
    expect(await found('my-number', '個人番号 4821 3390 7716 で照会した結果')).toEqual(['4821 3390 7716']);
    expect(await found('my-number', 'マイナンバー：4821-3390-7712')).toEqual(['4821-3390-7712']);
  });

  it.each([
    ['4821 3390 7716 でお問い合わせください'],
    ['受付番号 123456789018'],
    ['マイナンバーカードの受付番号 1234 5678 9018 の方'],
    ['お問い合わせ番号 1234-5678-9018'],
    ['法人番号 7000012345678'],
    ['+819012345678'],
    ['2026年11月21日10時00分'],
    ['カード番号 1234 5678 9018 3456'],
  ])('leaves other numbers alone: %s', async (text) => {
    expect(await found('my-number', text)).toEqual([]);
  });
});

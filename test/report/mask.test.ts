import { describe, expect, it } from 'vitest';
import { maskRanges, maskSensitive } from '../../src/report/mask.js';

describe('maskSensitive', () => {
  it('phone: keeps the first three and last four digits and every separator', () => {
    expect(maskSensitive('090-1234-5678', 'phone')).toBe('090-****-5678');
    expect(maskSensitive('03(1234)5678', 'phone')).toBe('03(1***)5678');
    expect(maskSensitive('０９０－１２３４－５６７８', 'phone')).toBe('０９０－＊＊＊＊－５６７８'.replace(/＊/g, '*'));
  });

  it('phone: a number too short to keep seven digits of shows none', () => {
    expect(maskSensitive('1234-5678', 'phone')).toBe('****-****');
  });

  it('digits: hides every digit (マイナンバー, street numbers, dates of birth)', () => {
    expect(maskSensitive('4821 3390 7716', 'digits')).toBe('**** **** ****');
    expect(maskSensitive('さくら市中町2-14-3', 'digits')).toBe('さくら市中町*-**-*');
  });

  it('email: hides the mailbox, keeps the domain', () => {
    expect(maskSensitive('hiroko.t1985@example.ne.jp', 'email')).toBe('************@example.ne.jp');
  });

  it('secret: hides every character, symbols included', () => {
    expect(maskSensitive('Kk#2026hoiku', 'secret')).toBe('************');
    expect(maskSensitive('5521#', 'secret')).toBe('*****');
  });

  it('alnum: hides letters and digits, keeps separators', () => {
    expect(maskSensitive('vpn01.sakura-city.local', 'alnum')).toBe('*****.******-****.*****');
    expect(maskSensitive('佐藤さん', 'alnum')).toBe('****');
  });

  it('auto: masks by shape (e-mail, phone, anything else)', () => {
    expect(maskSensitive('hiroko@example.ne.jp')).toBe('******@example.ne.jp');
    expect(maskSensitive('090-1234-5678')).toBe('090-****-5678');
    // Twelve digits are not a phone number: none are shown.
    expect(maskSensitive('4821 3390 7716')).toBe('**** **** ****');
    expect(maskSensitive('Kk#2026hoiku')).toBe('**#*********');
  });

  it('keeps the length in UTF-16 units so positions stay valid', () => {
    for (const style of ['auto', 'phone', 'email', 'digits', 'secret', 'alnum'] as const) {
      for (const s of ['０９０－１２３４－５６７８', '𠮷野家の暗証番号1234', 'hiroko.t1985@example.ne.jp', '🔑pass1234']) {
        expect(maskSensitive(s, style)).toHaveLength(s.length);
      }
    }
  });
});

describe('maskRanges', () => {
  it('masks each range in its own style inside a longer text', () => {
    const text = '電話 090-1234-5678 PW: abc#123';
    expect(maskRanges(text, [{ start: 3, end: 16, style: 'phone' }, { start: 21, end: 28, style: 'secret' }])).toBe('電話 090-****-5678 PW: *******');
  });

  it('combines overlapping ranges: a character hidden by either stays hidden', () => {
    expect(maskRanges('090-1234-5678', [{ start: 0, end: 13, style: 'phone' }, { start: 0, end: 13, style: 'phone' }])).toBe('090-****-5678');
    expect(maskRanges('090-1234-5678', [{ start: 0, end: 13, style: 'phone' }, { start: 0, end: 8, style: 'digits' }])).toBe('***-****-5678');
  });
});

import { describe, expect, it } from 'vitest';
import { leakedSecrets } from './leaks.js';

describe('leakedSecrets (the check every output format is put through)', () => {
  it('finds a secret as written, full-width, escaped, or a number with other separators', () => {
    expect(leakedSecrets('text: Kk#2026hoiku', ['Kk#2026hoiku'])).toEqual(['Kk#2026hoiku']);
    expect(leakedSecrets('電話 ０９０１２３４５６７８', ['090-1234-5678'])).toEqual(['090-1234-5678']);
    expect(leakedSecrets('"\\u0030\\u0039\\u0030-1234-5678"', ['090-1234-5678'])).toEqual(['090-1234-5678']);
    expect(leakedSecrets('::error title=x::a%40b.jp', ['a@b.jp'])).toEqual(['a@b.jp']);
    expect(leakedSecrets('482133907716', ['4821 3390 7716'])).toEqual(['4821 3390 7716']);
  });

  it('passes masked output', () => {
    expect(leakedSecrets('090-****-5678 **** **** **** ************@example.ne.jp ***', ['090-1234-5678', '4821 3390 7716', 'hiroko.t1985@example.ne.jp', 'Kk#2026hoiku'])).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { lexKey, spelledKey, toHiragana } from '../../src/text/fold.js';

describe('fold', () => {
  it('makes katakana and hiragana compare equal', () => {
    expect(toHiragana('バカ')).toBe('ばか');
    expect(lexKey('バカ')).toBe(lexKey('ばか'));
  });

  it('ignores long-vowel marks, width and Latin case', () => {
    expect(lexKey('バーカ')).toBe('ばか');
    expect(lexKey('ﾊﾞｶ')).toBe('ばか');
    expect(lexKey('ＰＷ')).toBe('pw');
  });

  it('keeps different words different', () => {
    expect(lexKey('バカンス')).not.toBe(lexKey('バカ'));
  });

  it('keeps long-vowel marks in the spelled key, runs counted as one', () => {
    expect(spelledKey('ブース')).toBe('ぶーす');
    expect(spelledKey('ブーース')).toBe('ぶーす');
    expect(spelledKey('ブース')).not.toBe(spelledKey('ブス'));
  });
});

import { describe, expect, it } from 'vitest';
import { compileSafeRegex, UnsafeRegexError } from '../../src/match/regex.js';

describe('compileSafeRegex', () => {
  it('rejects patterns that can backtrack catastrophically', () => {
    expect(() => compileSafeRegex('(a+)+$', 'u')).toThrow(UnsafeRegexError);
    expect(() => compileSafeRegex('(.*){1,30}x', 'u')).toThrow(UnsafeRegexError);
  });

  it('rejects invalid syntax with a message', () => {
    expect(() => compileSafeRegex('(unclosed', 'u')).toThrow(/正規表現として正しくありません/);
  });

  it('accepts ordinary patterns, lookbehind and named groups', () => {
    expect(compileSafeRegex('(?<!防止)大麻', 'u').test('大麻を')).toBe(true);
    expect(compileSafeRegex('(?<year>\\d{4})年', 'u').test('2026年')).toBe(true);
    expect(compileSafeRegex('らしい(?=.{0,20}拡散)', 'u').test('らしい、拡散希望')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { compileSafeRegex } from '../../src/match/regex.js';
import { isTooSlow, regexComplexity, withoutLookarounds } from '../../src/match/regex-complexity.js';

describe('regexComplexity', () => {
  const dangerous = ['(a+)+$', '(a|aa)*b', '(a|a)*$', '\\d+\\d+\\d+$', '(?<=x)(a|aa)*b', 'a(?=(x+)+y)b'];

  it('finds what safe-regex2 lets through: overlapping alternatives and polynomial runs', () => {
    for (const source of ['(a|aa)*b', '(a|a)*$', '\\d+\\d+\\d+$']) expect(() => compileSafeRegex(source, 'u')).not.toThrow();
    for (const source of dangerous) expect(isTooSlow(regexComplexity(source, 'gu')), source).toBe(true);
    expect(regexComplexity('(a|aa)*b', 'u')).toEqual({ kind: 'exponential' });
    expect(regexComplexity('\\d+\\d+\\d+$', 'u')).toMatchObject({ kind: 'polynomial' });
  });

  it('accepts ordinary rule patterns, lookarounds, bounded repetition and one unbounded run', () => {
    for (const source of ['バカ|アホ', '(?<!防止)大麻', 'らしい(?=.{0,20}拡散)', '(まだ|未)(公表|発表)(前|です)', 'a.{0,30}b', '\\d+円', '[(?=]a+']) {
      expect(isTooSlow(regexComplexity(source, 'gu')), source).toBe(false);
    }
  });

  it('looks through lookarounds, leaving character classes alone', () => {
    expect(withoutLookarounds('(?<!防止)大麻(?=を(?!や))')).toBe('大麻');
    expect(withoutLookarounds('[(?=]a\\(?=b')).toBe('[(?=]a\\(?=b');
  });
});

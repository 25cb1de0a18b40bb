import { describe, expect, it } from 'vitest';
import { labelledValueFinder } from '../../../src/detectors/security/labelled-value.js';

const find = labelledValueFinder({ labels: ['パスワード', 'PW'], value: '[!-~]{3,64}', notAfter: ['文字', 'など'] });

describe('labelledValueFinder', () => {
  it('finds the value after its label, through particles, colons and quotes', () => {
    expect(find('パスワードは abc123 です').map((v) => v.value)).toEqual(['abc123']);
    expect(find('パスワードが「abc123」に').map((v) => [v.value, v.quoted])).toEqual([['abc123', true]]);
    expect(find('PW: abc123').map((v) => v.value)).toEqual(['abc123']);
  });

  it('needs a colon or particle after an English label, and skips units and examples', () => {
    expect(find('PWA abc123')).toEqual([]);
    expect(find('PW abc123')).toEqual([]);
    expect(find('パスワードは8文字以上')).toEqual([]);
    expect(find('パスワードは 1234 などは避けて')).toEqual([]);
    expect(find('例：パスワードは abc123')).toEqual([]);
  });
});

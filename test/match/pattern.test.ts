import { describe, expect, it } from 'vitest';
import { compilePattern } from '../../src/match/pattern.js';
import { doc } from '../helpers/doc.js';

describe('pattern matcher', () => {
  it('matches regular expressions on the normalized text and maps back', async () => {
    const text = 'ここだけの話ですが';
    const m = compilePattern({ regex: ['ここだけの話'], layer: 'normalized' })(await doc(text));
    expect(m).toEqual([{ start: 0, end: 6 }]);
  });

  it('sees half-width and spaced-out text normalized', async () => {
    const text = 'ｵﾌ ﾚ ｺ情報';
    const [m] = compilePattern({ regex: ['オフレコ'], layer: 'normalized' })(await doc(text));
    expect(text.slice(m!.start, m!.end)).toBe('ｵﾌ ﾚ ｺ');
  });

  it('can run on the NFKC layer where separators are kept', async () => {
    const text = '11月23日(月・祝)';
    expect(compilePattern({ regex: ['月・祝'], layer: 'nfkc' })(await doc(text))).toHaveLength(1);
    expect(compilePattern({ regex: ['月・祝'], layer: 'normalized' })(await doc(text))).toHaveLength(0);
  });

  it('honours the i flag', async () => {
    const text = 'PASSWORD';
    expect(compilePattern({ regex: ['password'], flags: 'i', layer: 'normalized' })(await doc(text))).toHaveLength(1);
  });
});

describe('pattern matcher, as matchAll would find', () => {
  it('finds every match, steps over empty ones by code point, and runs again from the start on each post', async () => {
    const text = '𠮷a𠮷bb🍆b';
    const matcher = compilePattern({ regex: ['b*', '𠮷|🍆'], layer: 'normalized' });
    const expected = ['b*', '𠮷|🍆'].flatMap((source) =>
      [...text.matchAll(new RegExp(source, 'gu'))].filter((m) => m[0].length > 0).map((m) => m[0]),
    );
    const d = await doc(text);
    for (let i = 0; i < 2; i++) expect(matcher(d).map((m) => text.slice(m.start, m.end))).toEqual(expected);
  });

  it('skips posts without a character the expression needs, and still finds it in posts that have one', async () => {
    const matcher = compilePattern({ regex: ['ここだけの話'], layer: 'normalized' });
    expect(matcher(await doc('本日は晴天です。'))).toEqual([]);
    expect(matcher(await doc('ここだけの話ですが'))).toHaveLength(1);
  });
});

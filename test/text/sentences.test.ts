import { describe, expect, it } from 'vitest';
import { sentenceAt, sentenceRanges } from '../../src/text/sentences.js';

describe('sentences', () => {
  it('splits at Japanese full stops, exclamation marks and line breaks', () => {
    const text = 'できるらしい。拡散希望！\n次の文';
    const parts = sentenceRanges(text).map((r) => text.slice(r.start, r.end));
    expect(parts).toEqual(['できるらしい。', '拡散希望！\n', '次の文']);
  });

  it('finds the sentence containing an offset', () => {
    const text = '一文目。二文目。';
    const ranges = sentenceRanges(text);
    expect(sentenceAt(ranges, text.indexOf('二'))).toEqual({ start: 4, end: 8 });
    expect(sentenceAt(ranges, text.length)).toEqual({ start: 4, end: 8 });
  });
});

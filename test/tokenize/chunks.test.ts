import { describe, expect, it } from 'vitest';
import { chunkRanges, forKuromoji, MAX_CHUNK } from '../../src/tokenize/chunks.js';
import { getTokenizer } from '../../src/tokenize/tokenizer.js';

describe('chunkRanges', () => {
  it('covers the text exactly, in pieces no longer than the limit', () => {
    const text = 'あいうえお'.repeat(5000);
    const ranges = chunkRanges(text, 1000);
    expect(ranges[0]!.start).toBe(0);
    expect(ranges[ranges.length - 1]!.end).toBe(text.length);
    ranges.forEach((r, i) => {
      expect(r.end - r.start).toBeLessThanOrEqual(1000);
      if (i > 0) expect(r.start).toBe(ranges[i - 1]!.end);
    });
  });

  it('cuts after a sentence end or a line break when there is one', () => {
    const text = `${'あ'.repeat(700)}。${'い'.repeat(200)}\n${'う'.repeat(500)}`;
    expect(chunkRanges(text, 1000).map((r) => text[r.end - 1])).toEqual(['\n', 'う']);
  });

  it('never cuts a surrogate pair or a combining mark from its character', () => {
    const text = '𠮷'.repeat(1000) + 'か\u3099'.repeat(1000);
    for (const r of chunkRanges(text, 333)) {
      expect(text.charCodeAt(r.start)).not.toSatisfy((c: number) => c >= 0xdc00 && c <= 0xdfff);
      expect(text[r.start]).not.toBe('\u3099');
    }
  });
});

describe('the tokenizer on text kuromoji cannot take whole', () => {
  // kuromoji's time grows with the square of a run without 、。: 20,000 such characters took
  // 24 s in one call and 7 s in chunks; a 1.5-million-character line did not finish at all.
  it('tokenizes a 100,000-character line without punctuation, offsets in the whole text', async () => {
    const text = `${'市役所のごみ収集日程'.repeat(10_000)}バカ`;
    const tokens = (await getTokenizer()).tokenize(text);
    expect(tokens[tokens.length - 1]).toMatchObject({ surface: 'バカ', start: text.length - 2, end: text.length });
    for (const t of tokens.filter((_, i) => i % 997 === 0)) expect(text.slice(t.start, t.end)).toBe(t.surface);
  }, 600_000);

  it('gives the same tokens as one call when the text has sentence ends', async () => {
    const tokenizer = await getTokenizer();
    const sentence = '今日は市役所でごみ収集の日程を確認しました。';
    const text = sentence.repeat(Math.ceil((MAX_CHUNK * 3) / sentence.length));
    const whole = tokenizer.tokenize(sentence).map((t) => t.surface);
    const surfaces = tokenizer.tokenize(text).map((t) => t.surface);
    expect(surfaces.slice(0, whole.length)).toEqual(whole);
    expect(surfaces.length).toBe(whole.length * (text.length / sentence.length));
  });

  it('survives NUL and unpaired surrogates, on which kuromoji throws', async () => {
    const tokenizer = await getTokenizer();
    for (const text of ['\u0000', 'あ\uD83Dい', '\uDC66バカ', 'バカ\u0000\uD800']) {
      const tokens = tokenizer.tokenize(text);
      expect(tokens.map((t) => t.surface).join('')).toBe(forKuromoji(text));
      expect(forKuromoji(text)).toHaveLength(text.length);
    }
    expect(forKuromoji('𠮷👨‍👩‍👧')).toBe('𠮷👨‍👩‍👧');
  });
});

import { describe, expect, it } from 'vitest';
import { getTokenizer } from '../../src/tokenize/tokenizer.js';

describe('tokenizer', () => {
  it('is loaded once per process', async () => {
    expect(await getTokenizer()).toBe(await getTokenizer());
  });

  it('gives surface, base form, reading and part of speech', async () => {
    const tokens = (await getTokenizer()).tokenize('死ねばいい');
    expect(tokens[0]).toMatchObject({ surface: '死ね', base: '死ぬ', reading: 'シネ', pos: ['動詞', '自立'] });
  });

  it('gives offsets in UTF-16 units even after surrogate pairs', async () => {
    const text = '𠮷野家でバカンス';
    const tokens = (await getTokenizer()).tokenize(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.surface);
    expect(tokens.map((t) => t.surface).join('')).toBe(text);
  });

  it('uses the surface as base form of unknown words', async () => {
    const [token] = (await getTokenizer()).tokenize('ゲス');
    expect(token).toMatchObject({ surface: 'ゲス', base: 'ゲス', reading: '', known: false });
  });
});

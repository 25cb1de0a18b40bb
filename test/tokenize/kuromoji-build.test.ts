import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildKuromojiTokenizer, type KuromojiTokenizer } from '../../src/tokenize/kuromoji-build.js';
import { DICTIONARY_FILES, decodeDictionary, kuromojiDictPath, type DictionaryBytes } from '../../src/tokenize/kuromoji-files.js';
import { loadKuromojiItself } from '../../src/tokenize/tokenizer.js';
import { sampleTexts } from '../helpers/sample-texts.js';

/** The parts of kuromoji's tokenizer the faster build makes by other means. */
interface Internals {
  token_info_dictionary: { target_map: Record<number, number[]> };
  unknown_dictionary: {
    target_map: Record<number, number[]>;
    character_definition: {
      character_category_map: Uint8Array;
      invoke_definition_map: { map: { class_name: string }[] };
    };
  };
  viterbi_builder: { trie: { commonPrefixSearch(key: string): unknown[] } };
}

const internals = (t: KuromojiTokenizer) => t as unknown as Internals;

describe('building kuromoji from its decompressed dictionary', () => {
  let bytes: DictionaryBytes;
  let ours: KuromojiTokenizer;
  let theirs: KuromojiTokenizer;

  beforeAll(async () => {
    bytes = await decodeDictionary();
    ours = buildKuromojiTokenizer(bytes);
    theirs = await loadKuromojiItself();
  });

  it('gives exactly the tokens kuromoji gives, every field of every token', () => {
    const texts = sampleTexts();
    expect(texts.length).toBeGreaterThan(300);
    for (const text of texts) expect(ours.tokenize(text), text).toEqual(theirs.tokenize(text));
  });

  it('maps trie ids to the same entries as kuromoji, known and unknown words alike', () => {
    const [a, b] = [internals(ours), internals(theirs)];
    expect(JSON.stringify(a.token_info_dictionary.target_map)).toBe(JSON.stringify(b.token_info_dictionary.target_map));
    expect(JSON.stringify(a.unknown_dictionary.target_map)).toBe(JSON.stringify(b.unknown_dictionary.target_map));
  });

  it('keeps every character class a character can refer to, and only padding is left out', () => {
    const ourDef = internals(ours).unknown_dictionary.character_definition;
    const theirDef = internals(theirs).unknown_dictionary.character_definition;
    const ourClasses = ourDef.invoke_definition_map.map;
    const theirClasses = theirDef.invoke_definition_map.map;
    expect(ourClasses).toEqual(theirClasses.slice(0, ourClasses.length));
    expect(Math.max(...ourDef.character_category_map)).toBeLessThan(ourClasses.length);
    expect(theirClasses.slice(ourClasses.length).every((c) => c.class_name === '')).toBe(true);
  });

  it('finds the same dictionary prefixes as doublearray, wherever the search starts', () => {
    const search = (t: KuromojiTokenizer, key: string) => internals(t).viterbi_builder.trie.commonPrefixSearch(key);
    for (const text of sampleTexts(20)) {
      for (let i = 0; i < text.length; i++) {
        const tail = text.slice(i);
        expect(search(ours, tail), tail).toEqual(search(theirs, tail));
      }
    }
  });

  it('decompresses every file to the bytes gunzip gives', () => {
    for (const name of DICTIONARY_FILES) {
      const expected = gunzipSync(readFileSync(path.join(kuromojiDictPath(), `${name}.dat.gz`)));
      expect(Buffer.from(bytes[name]).equals(expected), name).toBe(true);
    }
  });
});

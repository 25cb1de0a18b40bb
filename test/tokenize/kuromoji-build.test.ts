import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { buildKuromojiTokenizer, loadTargetMapOnDemand, type KuromojiTokenizer } from '../../src/tokenize/kuromoji-build.js';
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
  viterbi_builder: { trie: { commonPrefixSearch(key: string): unknown[] }; build(sentence: string): unknown };
}

const internals = (t: KuromojiTokenizer) => t as unknown as Internals;

interface TokenInfoDictionary {
  target_map: Record<number, number[]>;
  loadDictionary(bytes: Uint8Array): unknown;
  loadPosVector(bytes: Uint8Array): unknown;
  loadTargetMap(bytes: Uint8Array): unknown;
}
const TokenInfoDictionary = createRequire(import.meta.url)('kuromoji/src/dict/TokenInfoDictionary.js') as new () => TokenInfoDictionary;

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

  it('maps trie ids to the same entries as kuromoji, filled in as words are met', () => {
    const ourMap = new TokenInfoDictionary();
    const fill = loadTargetMapOnDemand(ourMap, bytes.tid_map);
    const theirMap = new TokenInfoDictionary();
    theirMap.loadTargetMap(bytes.tid_map);
    const keys = Object.keys(theirMap.target_map).map(Number);
    expect(keys.length).toBeGreaterThan(300_000);
    expect(Object.keys(ourMap.target_map)).toEqual([]);
    for (const key of keys) fill(key);
    for (const missing of [-1, keys.reduce((a, b) => Math.max(a, b)) + 1]) fill(missing);
    const [ourEntries, theirEntries] = [Object.entries(ourMap.target_map), Object.entries(theirMap.target_map)];
    expect(ourEntries.length).toBe(theirEntries.length);
    // Compared one by one, so that a difference is reported as the first entry that differs.
    const differing = theirEntries.find(([key, values], i) => ourEntries[i]![0] !== key || ourEntries[i]![1].join() !== values.join());
    expect(differing && [differing, ourEntries[theirEntries.indexOf(differing)]]).toBeUndefined();
  });

  it('fills in only the entries of the words a text contains', () => {
    const fresh = buildKuromojiTokenizer(bytes);
    fresh.tokenize('ごみの収集日');
    const filled = Object.keys(internals(fresh).token_info_dictionary.target_map).length;
    expect(filled).toBeGreaterThan(0);
    expect(filled).toBeLessThan(100);
  });

  it('builds the whole map at once, as kuromoji does, from a file it cannot index', () => {
    // A key that appears twice: kuromoji appends the second record's values to the first's.
    const file = new Uint8Array(Int32Array.from([2, 5, 1, 10, 5, 2, 11, 12, 0, 0]).buffer);
    const [ours, theirs] = [new TokenInfoDictionary(), new TokenInfoDictionary()];
    loadTargetMapOnDemand(ours, file);
    theirs.loadTargetMap(file);
    expect(ours.target_map).toEqual(theirs.target_map);
    expect(theirs.target_map[5]).toEqual([10, 11, 12]);
  });

  it('makes the map of unknown-word classes as kuromoji does', () => {
    expect(JSON.stringify(internals(ours).unknown_dictionary.target_map)).toBe(JSON.stringify(internals(theirs).unknown_dictionary.target_map));
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

  it('builds the same lattice as kuromoji, every node with its cost, surrogates or not', () => {
    const build = (t: KuromojiTokenizer, sentence: string) => internals(t).viterbi_builder.build(sentence);
    for (const text of sampleTexts(20)) expect(build(ours, text), text).toEqual(build(theirs, text));
  });

  it('decompresses every file to the bytes gunzip gives', () => {
    for (const name of DICTIONARY_FILES) {
      const expected = gunzipSync(readFileSync(path.join(kuromojiDictPath(), `${name}.dat.gz`)));
      expect(Buffer.from(bytes[name]).equals(expected), name).toBe(true);
    }
  });
});

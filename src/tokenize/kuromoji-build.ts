import { createRequire } from 'node:module';
import { endianness } from 'node:os';
import type kuromoji from 'kuromoji';
import type { DictionaryBytes } from './kuromoji-files.js';

/**
 * Builds kuromoji's tokenizer from its decompressed dictionary with kuromoji's own classes,
 * doing by other means what its loader and its lattice builder do slowly. Each gives exactly
 * the tokens kuromoji gives (test/tokenize/kuromoji-build.test.ts compares them):
 *
 * - the trie-id → entries map is filled in as words are met (a run meets a few thousand of
 *   its ~326,000 words) instead of growing every one of its arrays one push at a time;
 * - the table of character classes is read from its real entries only: kuromoji reads the
 *   whole 1 MB file, zero padding included, into ~150,000 empty classes nothing can refer to;
 * - the trie's common-prefix search walks the text character by character and stops where the
 *   trie does, instead of converting the whole rest of the sentence to UTF-8 (and copying it)
 *   at every position: tokenizing a sentence was quadratic in its length;
 * - the lattice is built from positions in the sentence rather than from copies of its rest.
 */

const require = createRequire(import.meta.url);

interface ByteBufferLike {
  buffer: Uint8Array;
}

interface TokenInfoDictionaryLike {
  dictionary: ByteBufferLike & { getShort(index: number): number };
  pos_buffer: ByteBufferLike;
  target_map: Record<number, number[]>;
  loadDictionary(bytes: Uint8Array): unknown;
  loadPosVector(bytes: Uint8Array): unknown;
  loadTargetMap(bytes: Uint8Array): unknown;
}

type TargetMapOwner = Pick<TokenInfoDictionaryLike, 'target_map' | 'loadTargetMap'>;

interface CharacterClass {
  class_id: number;
  class_name: string;
  is_always_invoke: number;
  is_grouping: number;
}

interface UnknownDictionaryLike extends TokenInfoDictionaryLike {
  character_definition: unknown;
  lookup(ch: string): CharacterClass;
}

interface ViterbiBuilderLike {
  token_info_dictionary: TokenInfoDictionaryLike;
  unknown_dictionary: UnknownDictionaryLike;
  build(sentence: string): unknown;
}

interface BaseCheck {
  getBase(index: number): number;
  getCheck(index: number): number;
}

interface DoubleArrayLike {
  bc: BaseCheck;
  commonPrefixSearch(key: string): PrefixMatch[];
}

interface PrefixMatch {
  v?: number;
  k: string;
}

interface DynamicDictionariesLike {
  trie: DoubleArrayLike;
  token_info_dictionary: TokenInfoDictionaryLike;
  unknown_dictionary: UnknownDictionaryLike;
  loadTrie(base: Int32Array, check: Int32Array): unknown;
  loadConnectionCosts(costs: Int16Array): unknown;
}

const DynamicDictionaries = require('kuromoji/src/dict/DynamicDictionaries.js') as new () => DynamicDictionariesLike;
const CharacterDefinition = require('kuromoji/src/dict/CharacterDefinition.js') as {
  load(categories: Uint8Array, compatible: Uint32Array, invokeDefinitions: Uint8Array): unknown;
};
interface Lattice {
  append(node: unknown): void;
  appendEos(): void;
}
const ViterbiLattice = require('kuromoji/src/viterbi/ViterbiLattice.js') as new () => Lattice;
const ViterbiNode = require('kuromoji/src/viterbi/ViterbiNode.js') as new (
  name: number,
  cost: number,
  startPos: number,
  length: number,
  type: string,
  leftId: number,
  rightId: number,
  surface: string,
) => unknown;
const KuromojiTokenizer = require('kuromoji/src/Tokenizer.js') as new (
  dic: DynamicDictionariesLike,
) => kuromoji.Tokenizer<kuromoji.IpadicFeatures>;

export type KuromojiTokenizer = kuromoji.Tokenizer<kuromoji.IpadicFeatures>;

export function buildKuromojiTokenizer(bytes: DictionaryBytes): KuromojiTokenizer {
  const dic = new DynamicDictionaries();
  dic.loadTrie(typed(bytes.base, Int32Array), typed(bytes.check, Int32Array));

  const known = dic.token_info_dictionary;
  known.loadDictionary(bytes.tid);
  known.loadPosVector(bytes.tid_pos);
  const fillTargets = loadTargetMapOnDemand(known, bytes.tid_map);

  dic.loadConnectionCosts(typed(bytes.cc, Int16Array));

  const unknown = dic.unknown_dictionary;
  unknown.loadDictionary(bytes.unk);
  unknown.loadPosVector(bytes.unk_pos);
  loadTargetMap(unknown, bytes.unk_map);
  unknown.character_definition = CharacterDefinition.load(
    bytes.unk_char,
    typed(bytes.unk_compat, Uint32Array),
    withoutPadding(bytes.unk_invoke),
  );

  const searchAt = prefixSearch(dic.trie, fillTargets);
  dic.trie.commonPrefixSearch = (key) => searchAt(key, 0);
  const tokenizer = new KuromojiTokenizer(dic);
  const builder = (tokenizer as unknown as { viterbi_builder: ViterbiBuilderLike }).viterbi_builder;
  builder.build = latticeBuilder(builder, searchAt);
  return tokenizer;
}

type TypedArrayOf<T> = { new (buffer: ArrayBufferLike, byteOffset: number, length: number): T; readonly BYTES_PER_ELEMENT: number };

/** The bytes seen as a typed array (as kuromoji's loader does), copied only if misaligned. */
function typed<T>(bytes: Uint8Array, Type: TypedArrayOf<T>): T {
  const aligned = bytes.byteOffset % Type.BYTES_PER_ELEMENT === 0 ? bytes : bytes.slice();
  return new Type(aligned.buffer, aligned.byteOffset, Math.floor(aligned.byteLength / Type.BYTES_PER_ELEMENT));
}

/**
 * The target map of known words, filled in on demand: the only reader of it (ViterbiBuilder)
 * looks up the trie ids commonPrefixSearch has just returned, and our prefix search fills
 * those in first, from an index of where each id's record starts. Returns that filler. When
 * the file is not as expected (a repeated key, a record running past the end, a big-endian
 * machine), the whole map is made at once instead and the filler does nothing.
 */
export function loadTargetMapOnDemand(dictionary: TargetMapOwner, bytes: Uint8Array): (trieId: number) => void {
  const index = indexTargetMap(bytes);
  if (!index) {
    loadTargetMap(dictionary, bytes);
    return () => {};
  }
  const { ints, starts } = index;
  const map = new Array<number[]>(starts.length);
  dictionary.target_map = map;
  return (trieId) => {
    if (map[trieId] !== undefined) return;
    const at = starts[trieId];
    if (at === undefined || at < 0) return;
    map[trieId] = Array.from(ints.subarray(at + 1, at + 1 + ints[at]!));
  };
}

/** For every key of the map, where its record's count is (in int32 units); -1 for none. */
function indexTargetMap(bytes: Uint8Array): { ints: Int32Array; starts: Int32Array } | undefined {
  if (endianness() !== 'LE' || bytes.byteLength % 4 !== 0 || bytes.byteOffset % 4 !== 0) return undefined;
  const ints = new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
  // As kuromoji reads it: a count it ignores, then (key, n, n values) until the end; the zero
  // padding reads as records with n = 0, and a count read past the end is 0.
  let maxKey = -1;
  for (let p = 1; p < ints.length; ) {
    const key = ints[p]!;
    const count = ints[p + 1] ?? 0;
    p += 2;
    if (count <= 0) continue;
    if (key < 0 || p + count > ints.length) return undefined;
    if (key > maxKey) maxKey = key;
    p += count;
  }
  const starts = new Int32Array(maxKey + 1).fill(-1);
  for (let p = 1; p < ints.length; ) {
    const key = ints[p]!;
    const count = ints[p + 1] ?? 0;
    p += 2;
    if (count <= 0) continue;
    if (starts[key] !== -1) return undefined;
    starts[key] = p - 1;
    p += count;
  }
  return { ints, starts };
}

/**
 * kuromoji's TokenInfoDictionary.loadTargetMap, same result: after a count it ignores, the
 * file is (key, n, n values) records of little-endian int32 up to its end; a key may repeat
 * (its values are appended), and the zero padding at the end reads as records with n = 0.
 * Anything unexpected is left to kuromoji's own method.
 */
function loadTargetMap(dictionary: TargetMapOwner, bytes: Uint8Array): void {
  if (bytes.byteLength % 4 !== 0) {
    dictionary.loadTargetMap(bytes);
    return;
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.byteLength;
  const map: Record<number, number[]> = {};
  for (let p = 4; p < end; ) {
    const key = view.getInt32(p, true);
    const count = p + 4 < end ? view.getInt32(p + 4, true) : 0;
    p += 8;
    if (count <= 0) continue;
    if (p + count * 4 > end) {
      dictionary.loadTargetMap(bytes);
      return;
    }
    const values = new Array<number>(count);
    for (let i = 0; i < count; i++) values[i] = view.getInt32(p + i * 4, true);
    p += count * 4;
    const previous = map[key];
    map[key] = previous ? previous.concat(values) : values;
  }
  dictionary.target_map = map;
}

/**
 * The character-class table without the zero padding after its last class. Each class is
 * (invoke byte, group byte, int32 length, NUL-terminated name); kuromoji reads classes while
 * more than one byte is left, so the padding became empty-named classes at ids no character
 * maps to. Keeping one zero after the last non-zero byte ends the last name as before.
 */
function withoutPadding(bytes: Uint8Array): Uint8Array {
  let end = bytes.length;
  while (end > 0 && bytes[end - 1] === 0) end--;
  return bytes.subarray(0, Math.min(bytes.length, end + 1));
}

const ROOT_ID = 0;
const TERM_CODE = 0;

/**
 * doublearray's commonPrefixSearch from `from` on, same result as searching the rest of `key`:
 * every prefix of it that is a word, as {v: record, k: prefix}, shortest first. It encodes
 * UTF-8 one character at a time and stops at the first byte the trie lacks. Strings with
 * surrogates, and a word ending inside a character (which the trie never holds), go to the
 * original. Every record found has its entries filled into the target map before the caller
 * looks them up.
 */
type PrefixSearchAt = (key: string, from: number) => PrefixMatch[];

function prefixSearch(trie: DoubleArrayLike, fillTargets: (trieId: number) => void): PrefixSearchAt {
  const original = trie.commonPrefixSearch;
  const bc = trie.bc;
  const bytes = [0, 0, 0];
  const viaOriginal = (key: string): PrefixMatch[] => {
    const result = original.call(trie, key);
    for (const match of result) if (match.v !== undefined) fillTargets(match.v);
    return result;
  };
  return (key, from) => {
    const result: PrefixMatch[] = [];
    let parent = ROOT_ID;
    for (let i = from; i < key.length; i++) {
      const code = key.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdfff) return viaOriginal(key.slice(from));
      let length: number;
      if (code < 0x80) {
        bytes[0] = code;
        length = 1;
      } else if (code < 0x800) {
        bytes[0] = (code >>> 6) | 0xc0;
        bytes[1] = (code & 0x3f) | 0x80;
        length = 2;
      } else {
        bytes[0] = (code >>> 12) | 0xe0;
        bytes[1] = ((code >> 6) & 0x3f) | 0x80;
        bytes[2] = (code & 0x3f) | 0x80;
        length = 3;
      }
      for (let b = 0; b < length; b++) {
        const child = bc.getBase(parent) + bytes[b]!;
        if (bc.getCheck(child) !== parent) return result;
        parent = child;
        const terminal = bc.getBase(parent) + TERM_CODE;
        if (bc.getCheck(terminal) !== parent) continue;
        if (b < length - 1) return viaOriginal(key.slice(from));
        const base = bc.getBase(terminal);
        const match: PrefixMatch = {} as PrefixMatch;
        if (base <= 0) {
          match.v = -base - 1;
          fillTargets(match.v);
        }
        match.k = key.slice(from, i + 1);
        result.push(match);
      }
    }
    return result;
  };
}

/**
 * ViterbiBuilder.build, same lattice, for a sentence without surrogates (any other goes to
 * the original): positions are then UTF-16 units, so the trie is searched from each position
 * of the sentence itself instead of from a copy of its rest wrapped in an index of code points
 * made three times per position, which was most of what tokenizing allocated.
 */
function latticeBuilder(builder: ViterbiBuilderLike, searchAt: PrefixSearchAt): (sentence: string) => unknown {
  const original = builder.build;
  const known = builder.token_info_dictionary;
  const unknown = builder.unknown_dictionary;
  return (sentence) => {
    if (/[\uD800-\uDFFF]/.test(sentence)) return original.call(builder, sentence);
    const lattice = new ViterbiLattice();
    for (let pos = 0; pos < sentence.length; pos++) {
      const vocabulary = searchAt(sentence, pos);
      for (const { v: trieId, k: key } of vocabulary) appendEntries(lattice, known, known.target_map[trieId!]!, pos, key, 'KNOWN');
      const head = sentence.charAt(pos);
      const headClass = unknown.lookup(head);
      if (vocabulary.length > 0 && headClass.is_always_invoke !== 1) continue;
      let key = head;
      if (headClass.is_grouping === 1) {
        for (let k = pos + 1; k < sentence.length; k++) {
          const next = sentence.charAt(k);
          if (unknown.lookup(next).class_name !== headClass.class_name) break;
          key += next;
        }
      }
      appendEntries(lattice, unknown, unknown.target_map[headClass.class_id]!, pos, key, 'UNKNOWN');
    }
    lattice.appendEos();
    return lattice;
  };
}

/** A lattice node for each of the entries `ids`, all covering `key` from `pos`, as kuromoji makes them. */
function appendEntries(lattice: Lattice, dictionary: TokenInfoDictionaryLike, ids: readonly number[], pos: number, key: string, type: string): void {
  const words = dictionary.dictionary;
  // An entry begins with its left id, right id and cost, as shorts.
  for (const id of ids) {
    lattice.append(new ViterbiNode(id, words.getShort(id + 4), pos + 1, key.length, type, words.getShort(id), words.getShort(id + 2), key));
  }
}

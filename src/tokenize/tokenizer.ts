import kuromoji from 'kuromoji';
import { forKuromoji, tokenizeInChunks } from './chunks.js';
import { cacheDirs, readCachedDictionary, writeCachedDictionary } from './dictionary-cache.js';
import { buildKuromojiTokenizer, type KuromojiTokenizer } from './kuromoji-build.js';
import { decodeDictionary, describeDictionary, kuromojiDictPath, type DictionaryBytes } from './kuromoji-files.js';

/** A morpheme of the normalized text, with its offsets in that text (UTF-16 units). */
export interface Token {
  readonly surface: string;
  /** Dictionary form ("死ぬ" for "死ね"); the surface itself for unknown words. */
  readonly base: string;
  /** Katakana reading; empty for unknown words. */
  readonly reading: string;
  /** Part of speech with its sub-categories, e.g. ["名詞", "一般"]; "*" levels dropped. */
  readonly pos: readonly string[];
  readonly start: number;
  readonly end: number;
  readonly known: boolean;
  /**
   * The dictionary entry of a known word: tokens with the same entry have the same surface,
   * base form, reading and part of speech. Undefined for unknown words.
   */
  readonly entry?: number;
}

export interface Tokenizer {
  tokenize(text: string): Token[];
}

let loading: Promise<Tokenizer> | undefined;
let bytesLoading: Promise<DictionaryBytes> | undefined;

/** The process-wide tokenizer: kuromoji's dictionary is loaded once, on first use. */
export function getTokenizer(): Promise<Tokenizer> {
  loading ??= loadKuromoji().then(wrap);
  return loading;
}

let sharedCopy: Promise<DictionaryBytes | undefined> | undefined;

/**
 * The decompressed dictionary this thread's tokenizer was built from, copied once into shared
 * memory: worker threads build their tokenizers from it instead of reading and checking ~64 MB
 * again each. Undefined when this thread has none.
 */
export function sharedDictionary(): Promise<DictionaryBytes | undefined> {
  sharedCopy ??= (async () => {
    const bytes = await bytesLoading?.catch(() => undefined);
    if (!bytes) return undefined;
    const entries = Object.entries(bytes).map(([name, b]) => {
      const shared = new Uint8Array(new SharedArrayBuffer(b.byteLength));
      shared.set(b);
      return [name, shared] as const;
    });
    return Object.fromEntries(entries) as DictionaryBytes;
  })();
  return sharedCopy;
}

/** In a worker thread: build the tokenizer from the dictionary its parent loaded. */
export function useDictionary(bytes: DictionaryBytes): void {
  bytesLoading ??= Promise.resolve(bytes);
}

/** A tokenizer over an already loaded kuromoji (for comparing loaders in tests). */
export function wrap(k: KuromojiTokenizer): Tokenizer {
  return { tokenize: (text: string) => tokenizeInChunks(forKuromoji(text), (chunk) => toTokens(k, chunk)) };
}

/**
 * kuromoji's dictionary, decompressed by the fastest route that gives the same bytes: the
 * cache of an earlier run, else the gzipped files (and the cache is written for next time).
 * Should any of that fail, kuromoji loads itself as it always has.
 */
async function loadKuromoji(): Promise<KuromojiTokenizer> {
  try {
    bytesLoading ??= loadDictionaryBytes();
    return buildKuromojiTokenizer(await bytesLoading);
  } catch {
    return loadKuromojiItself();
  }
}

export async function loadDictionaryBytes(): Promise<DictionaryBytes> {
  const dirs = cacheDirs();
  const source = await describeDictionary();
  const cached = await readCachedDictionary(dirs, source);
  if (cached) return cached;
  const bytes = await decodeDictionary();
  // Not awaited: the run goes on; the process exits once the file is written (or not).
  void writeCachedDictionary(dirs, source, bytes);
  return bytes;
}

/** kuromoji's own loader, as its documentation shows it. */
export function loadKuromojiItself(): Promise<KuromojiTokenizer> {
  return new Promise((resolve, reject) => {
    kuromoji.builder({ dicPath: kuromojiDictPath() }).build((err, tokenizer) => {
      if (err) reject(err);
      else resolve(tokenizer);
    });
  });
}

function toTokens(k: KuromojiTokenizer, text: string): Token[] {
  const tokens: Token[] = [];
  // kuromoji's word_position counts code points; offsets are rebuilt from the surfaces instead
  // so that they are UTF-16 units like every other offset in the program.
  let offset = 0;
  for (const t of k.tokenize(text)) {
    const surface = t.surface_form;
    const start = text.startsWith(surface, offset) ? offset : text.indexOf(surface, offset);
    const end = start + surface.length;
    offset = end;
    const entry = entryOf(t);
    const id = entry.known ? t.word_id : undefined;
    tokens.push({ surface, base: entry.base ?? surface, reading: entry.reading, pos: entry.pos, start, end, known: entry.known, entry: id });
  }
  return tokens;
}

/** What a token has from its dictionary entry; `base` undefined where it is the surface. */
interface Entry {
  readonly base: string | undefined;
  readonly reading: string;
  readonly pos: readonly string[];
  readonly known: boolean;
}

/**
 * Entries by kind and id, made once: a run meets the same words in post after post, and every
 * field here comes from the entry (an unknown word's surface is the text, never part of it).
 */
const entries = { KNOWN: new Map<number, Entry>(), UNKNOWN: new Map<number, Entry>() };

function entryOf(t: kuromoji.IpadicFeatures): Entry {
  const byId = t.word_type === 'KNOWN' ? entries.KNOWN : t.word_type === 'UNKNOWN' ? entries.UNKNOWN : undefined;
  let entry = byId?.get(t.word_id);
  if (!entry) {
    const pos: string[] = [];
    for (const level of [t.pos, t.pos_detail_1, t.pos_detail_2, t.pos_detail_3]) if (level && level !== '*') pos.push(level);
    entry = {
      base: t.basic_form && t.basic_form !== '*' ? t.basic_form : undefined,
      reading: t.reading && t.reading !== '*' ? t.reading : '',
      pos,
      known: t.word_type === 'KNOWN',
    };
    byId?.set(t.word_id, entry);
  }
  return entry;
}

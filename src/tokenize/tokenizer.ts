import kuromoji from 'kuromoji';
import { forKuromoji, tokenizeInChunks } from './chunks.js';
import { cacheDirs, readCachedDictionary, writeCachedDictionary } from './dictionary-cache.js';
import { buildKuromojiTokenizer, type KuromojiTokenizer } from './kuromoji-build.js';
import { bestPath, featuresLine, splitSentences, type PathNode } from './kuromoji-path.js';
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
  const entries: EntryCache = { KNOWN: new Map(), UNKNOWN: new Map() };
  return { tokenize: (text: string) => tokenizeInChunks(forKuromoji(text), (chunk) => toTokens(k, entries, chunk)) };
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

/**
 * Our tokens, straight from kuromoji's best path: the same words and fields as its own
 * `tokenize`, without the token object it formats for every word by splitting the entry's
 * features line again each time (a tenth of tokenizing a batch). The features are read once
 * per entry (entryOf).
 */
function toTokens(k: KuromojiTokenizer, entries: EntryCache, text: string): Token[] {
  const tokens: Token[] = [];
  // kuromoji's word_position counts code points; offsets are rebuilt from the surfaces instead
  // so that they are UTF-16 units like every other offset in the program.
  let offset = 0;
  for (const sentence of splitSentences(text)) {
    for (const node of bestPath(k, sentence)) {
      const entry = entryOf(k, entries, node);
      const surface = entry.surface ?? node.surface_form;
      const start = text.startsWith(surface, offset) ? offset : text.indexOf(surface, offset);
      const end = start + surface.length;
      offset = end;
      tokens.push({
        surface,
        base: entry.base ?? surface,
        reading: entry.reading,
        pos: entry.pos,
        start,
        end,
        known: entry.known,
        entry: entry.known ? node.name : undefined,
      });
    }
  }
  return tokens;
}

/** What a token has from its dictionary entry; `surface` and `base` undefined where they are the text's. */
interface Entry {
  /** A known word's surface as its entry spells it; undefined for unknown words. */
  readonly surface: string | undefined;
  readonly base: string | undefined;
  readonly reading: string;
  readonly pos: readonly string[];
  readonly known: boolean;
}

/**
 * A tokenizer's entries by kind and id, made once: a run meets the same words in post after
 * post, and every field here comes from the entry (an unknown word's surface is the text,
 * never part of it). Kept per tokenizer, as the entries belong to its dictionary.
 */
interface EntryCache {
  readonly KNOWN: Map<number, Entry>;
  readonly UNKNOWN: Map<number, Entry>;
}

/** The fields kuromoji's IpadicFormatter reads from an entry's features line, made ours. */
function entryOf(k: KuromojiTokenizer, entries: EntryCache, node: PathNode): Entry {
  const known = node.type === 'KNOWN';
  const byId = known ? entries.KNOWN : node.type === 'UNKNOWN' ? entries.UNKNOWN : undefined;
  let entry = byId?.get(node.name);
  if (entry) return entry;
  const line = byId ? featuresLine(k, node) : undefined;
  const features = line == null ? [] : line.split(',');
  const pos: string[] = [];
  for (const level of features.slice(1, 5)) if (level && level !== '*') pos.push(level);
  const base = features[7];
  const reading = known ? features[8] : undefined;
  entry = {
    surface: known ? features[0] : undefined,
    base: base && base !== '*' ? base : undefined,
    reading: reading && reading !== '*' ? reading : '',
    pos,
    known,
  };
  byId?.set(node.name, entry);
  return entry;
}

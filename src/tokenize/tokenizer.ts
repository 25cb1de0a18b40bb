import { createRequire } from 'node:module';
import path from 'node:path';
import kuromoji from 'kuromoji';
import { forKuromoji, tokenizeInChunks } from './chunks.js';

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
}

export interface Tokenizer {
  tokenize(text: string): Token[];
}

type KuromojiTokenizer = kuromoji.Tokenizer<kuromoji.IpadicFeatures>;

let loading: Promise<Tokenizer> | undefined;

/** The process-wide tokenizer: kuromoji's dictionary is loaded once, on first use. */
export function getTokenizer(): Promise<Tokenizer> {
  loading ??= loadKuromoji().then((k) => ({ tokenize: (text: string) => tokenizeInChunks(forKuromoji(text), (chunk) => toTokens(k, chunk)) }));
  return loading;
}

export function kuromojiDictPath(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('kuromoji/package.json')), 'dict');
}

function loadKuromoji(): Promise<KuromojiTokenizer> {
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
    const known = t.word_type === 'KNOWN';
    tokens.push({
      surface,
      base: t.basic_form && t.basic_form !== '*' ? t.basic_form : surface,
      reading: t.reading && t.reading !== '*' ? t.reading : '',
      pos: [t.pos, t.pos_detail_1, t.pos_detail_2, t.pos_detail_3].filter((p) => p && p !== '*'),
      start,
      end,
      known,
    });
  }
  return tokens;
}

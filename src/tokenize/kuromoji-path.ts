import { createRequire } from 'node:module';
import type { KuromojiTokenizer } from './kuromoji-build.js';

/**
 * The steps of kuromoji's `tokenize` short of formatting its token objects, from kuromoji's own
 * classes (src/Tokenizer.js): split into sentences, build each sentence's lattice, find the
 * best path. A tokenizer loaded by kuromoji itself or built by kuromoji-build.ts has them all.
 */

/** A node of the best path: one word of the sentence. */
export interface PathNode {
  /** The entry's id in its dictionary (known or unknown words). */
  readonly name: number;
  readonly type: string;
  /** The text the node covers: an unknown word's surface. */
  readonly surface_form: string;
}

interface Internals {
  readonly token_info_dictionary: FeaturesSource;
  readonly unknown_dictionary: FeaturesSource;
  readonly viterbi_searcher: { search(lattice: unknown): PathNode[] };
  getLattice(sentence: string): unknown;
}

interface FeaturesSource {
  getFeatures(id: number): string | null | undefined;
}

const KuromojiTokenizerClass = createRequire(import.meta.url)('kuromoji/src/Tokenizer.js') as {
  splitByPunctuation(text: string): string[];
};

/** The sentences kuromoji tokenizes one by one: the text cut after each 、 and 。. */
export function splitSentences(text: string): string[] {
  return KuromojiTokenizerClass.splitByPunctuation(text);
}

/** The words of the sentence, as kuromoji's `tokenize` finds them. */
export function bestPath(k: KuromojiTokenizer, sentence: string): PathNode[] {
  const internals = k as unknown as Internals;
  return internals.viterbi_searcher.search(internals.getLattice(sentence));
}

/** The CSV line of features of the node's entry (surface, part of speech…, base form, reading). */
export function featuresLine(k: KuromojiTokenizer, node: PathNode): string | null | undefined {
  const internals = k as unknown as Internals;
  const dictionary = node.type === 'KNOWN' ? internals.token_info_dictionary : internals.unknown_dictionary;
  return dictionary.getFeatures(node.name);
}

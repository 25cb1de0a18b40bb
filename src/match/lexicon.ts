import type { Document } from '../engine/document.js';
import { toOriginalRange } from '../text/mapped-text.js';
import { lexKey, spelledKey } from '../text/fold.js';
import type { Token } from '../tokenize/tokenizer.js';
import type { Match, Matcher } from './types.js';

export type TokenField = 'surface' | 'base' | 'reading';

interface TrieNode {
  readonly next: Map<string, TrieNode>;
  terminal: boolean;
}

export interface LexiconOptions {
  readonly fields: readonly TokenField[];
  /** A masking symbol (ガ〇ジ, ア◯ホ, 〇ね) may stand for any one letter of an entry. */
  readonly masked?: boolean;
  /** Part-of-speech prefixes ("名詞", "名詞,一般") every matched token must have one of. */
  readonly pos?: readonly string[];
  readonly notPos?: readonly string[];
}

/**
 * Matches word-list entries against whole tokens: an entry matches when it equals the
 * concatenated keys of one or more consecutive tokens, so "バカ" never matches inside
 * "バカンス". Each token may contribute its surface, base form or reading, as allowed.
 * Stretched spellings (バーカ) are not in kuromoji's dictionary, so an unknown token is compared
 * with its long-vowel marks ignored, while a known word keeps them (ブース never matches ブス);
 * each entry is filed under both keys.
 * The cost per token is bounded by the longest entry, not by the number of entries.
 */
export function compileLexicon(entries: Iterable<string>, options: LexiconOptions): Matcher {
  const root: TrieNode = { next: new Map(), terminal: false };
  for (const entry of entries) {
    for (const key of new Set([lexKey(entry), spelledKey(entry)])) {
      if (key.length === 0) continue;
      let node = root;
      for (const ch of key) {
        let child = node.next.get(ch);
        if (!child) {
          child = { next: new Map(), terminal: false };
          node.next.set(ch, child);
        }
        node = child;
      }
      node.terminal = true;
    }
  }
  const posOk = posFilter(options);
  const masked = options.masked ?? false;

  return (doc: Document): Match[] => {
    const tokens = doc.tokens;
    const keys = tokenKeysOf(tokens, options.fields);
    const matches: Match[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (keys[i]![0] === '') continue; // a match never starts on a bare long-vowel mark
      const end = longestMatchFrom(root, keys, tokens, i, posOk, masked);
      if (end < 0) continue;
      const range = toOriginalRange(doc.normalized, tokens[i]!.start, tokens[end]!.end);
      matches.push(range);
      i = end; // matches don't overlap; continue after this one
    }
    return matches;
  };
}

/**
 * How many masking symbols one match may have: enough for ガ〇ジ or 〇〇野郎, never more than the
 * letters shown, so 「○○さん」 (a name left out) matches nothing.
 */
const MAX_MASKED = 2;

/** Index of the last token of the longest entry starting at token `first`, or -1. */
function longestMatchFrom(
  root: TrieNode,
  keys: readonly (readonly string[])[],
  tokens: readonly Token[],
  first: number,
  posOk: (t: Token) => boolean,
  masked: boolean,
): number {
  let best = -1;
  const walkToken = (node: TrieNode, index: number, hidden: number, shown: number): void => {
    if (index >= tokens.length) return;
    const isMask = keys[index]![0] === MASK_KEY;
    if (isMask ? !masked : !posOk(tokens[index]!)) return;
    for (const key of keys[index]!) walkKey(node, [...key], 0, index, hidden, shown);
  };
  const walkKey = (node: TrieNode, key: readonly string[], at: number, index: number, hidden: number, shown: number): void => {
    if (at === key.length) {
      if (node.terminal && index > best && hidden <= shown) best = index;
      if (node.next.size > 0) walkToken(node, index + 1, hidden, shown);
      return;
    }
    if (key[at] === MASK_KEY) {
      if (hidden >= MAX_MASKED) return;
      // The symbol hides a letter (ガ〇ジ) or was put between two (ア◯ホ).
      for (const child of node.next.values()) walkKey(child, key, at + 1, index, hidden + 1, shown);
      walkKey(node, key, at + 1, index, hidden + 1, shown);
      return;
    }
    const child = node.next.get(key[at]!);
    if (child) walkKey(child, key, at + 1, index, hidden, shown + 1);
  };
  walkToken(root, first, 0, 0);
  return best;
}

/**
 * Every lexicon rule of a run folds the same tokens: the keys are computed once per token stream
 * and field set, and dropped with the stream.
 */
const keysByTokens = new WeakMap<readonly Token[], Map<string, readonly (readonly string[])[]>>();

function tokenKeysOf(tokens: readonly Token[], fields: readonly TokenField[]): readonly (readonly string[])[] {
  let byFields = keysByTokens.get(tokens);
  if (!byFields) {
    byFields = new Map();
    keysByTokens.set(tokens, byFields);
  }
  const id = fields.join(',');
  let keys = byFields.get(id);
  if (!keys) {
    keys = tokens.map((t) => tokenKeys(t, fields));
    byFields.set(id, keys);
  }
  return keys;
}

/** A symbol written in place of a letter to half-hide a word (伏せ字). */
const MASK_SYMBOL = /^[○〇◯●□■×✕※*]$/u;
/** The key of a masking symbol: no entry contains it, so only a `masked` lexicon matches it. */
const MASK_KEY = '\u0000';

/**
 * The keys a token can be matched by. A token that folds to nothing (a stretched "ー" that
 * kuromoji split off: ば/ー/か) has the empty key, so a match runs through it.
 */
function tokenKeys(token: Token, fields: readonly TokenField[]): string[] {
  if (lexKey(token.surface) === '') return [''];
  if (MASK_SYMBOL.test(token.surface)) return [MASK_KEY];
  const key = token.known ? spelledKey : lexKey;
  const keys = new Set<string>();
  for (const field of fields) {
    const value = token[field];
    if (value) keys.add(key(value));
  }
  keys.delete('');
  return [...keys];
}

function posFilter(options: LexiconOptions): (t: Token) => boolean {
  const want = options.pos?.map((p) => p.split(','));
  const avoid = options.notPos?.map((p) => p.split(','));
  const has = (token: Token, prefix: string[]) => prefix.every((level, i) => token.pos[i] === level);
  return (token) =>
    (!want || want.some((p) => has(token, p))) && !(avoid && avoid.some((p) => has(token, p)));
}

import type { Document } from '../engine/document.js';
import { toOriginalRange } from '../text/mapped-text.js';
import { lexKey, spelledKey } from '../text/fold.js';
import type { Token } from '../tokenize/tokenizer.js';
import type { Match, Matcher } from './types.js';

export type TokenField = 'surface' | 'base' | 'reading';

/** Keyed by UTF-16 code unit: number keys hash faster than one-letter strings. */
interface TrieNode {
  readonly next: Map<number, TrieNode>;
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
      for (let k = 0; k < key.length; k++) {
        const code = key.charCodeAt(k);
        let child = node.next.get(code);
        if (!child) {
          child = { next: new Map(), terminal: false };
          node.next.set(code, child);
        }
        node = child;
      }
      node.terminal = true;
    }
  }
  const posOk = posFilter(options);
  const fields = options.fields;
  const fieldsId = fields.join(',');
  const keysMemo = `lexicon keys: ${fieldsId}`;
  const masked = options.masked ?? false;
  // The UTF-16 units entries begin with (a masking symbol's key too): most tokens begin with
  // none of them, and are passed over without walking the trie.
  const begins = new Uint8Array(0x10000);
  for (const code of root.next.keys()) begins[code] = 1;
  if (masked) begins[MASK_KEY.charCodeAt(0)] = 1;

  return (doc: Document): Match[] => {
    const tokens = doc.tokens;
    const keys = tokenKeysOf(doc, fields, fieldsId, keysMemo);
    const matches: Match[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const tokenKeys = keys[i]!.keys;
      if (tokenKeys[0] === '') continue; // a match never starts on a bare long-vowel mark
      if (!beginsAny(begins, tokenKeys)) continue;
      const end = masked
        ? longestMaskedMatchFrom(root, keys, tokens, i, posOk)
        : longestMatchFrom(root, keys, tokens, i, posOk, -1);
      if (end < 0) continue;
      const range = toOriginalRange(doc.normalized, tokens[i]!.start, tokens[end]!.end);
      matches.push(range);
      i = end; // matches don't overlap; continue after this one
    }
    return matches;
  };
}

/** Whether one of the keys begins with a unit of `begins` (a loop: this runs for every token). */
function beginsAny(begins: Uint8Array, keys: readonly string[]): boolean {
  for (let j = 0; j < keys.length; j++) if (begins[keys[j]!.charCodeAt(0)] === 1) return true;
  return false;
}

/**
 * Index of the last token of the longest entry starting at token `index` from trie node
 * `node`, or `best` if there is none longer.
 */
function longestMatchFrom(
  node: TrieNode,
  keys: readonly TokenKeys[],
  tokens: readonly Token[],
  index: number,
  posOk: (t: Token) => boolean,
  best: number,
): number {
  if (index >= tokens.length) return best;
  const { keys: tokenKeys, inner } = keys[index]!;
  // The part of speech is asked only of a token that continues an entry: most tokens don't.
  let posChecked = false;
  for (let j = 0; j < tokenKeys.length; j++) {
    const key = tokenKeys[j]!;
    let n: TrieNode | undefined = node;
    for (let k = 0; k < key.length && n; k++) n = n.next.get(key.charCodeAt(k));
    if (!n) continue;
    if (!posChecked) {
      if (!posOk(tokens[index]!)) return best;
      posChecked = true;
    }
    if (n.terminal && index > best) best = index;
    if (j < inner && n.next.size > 0) best = longestMatchFrom(n, keys, tokens, index + 1, posOk, best);
  }
  return best;
}

/**
 * How many masking symbols one match may have: enough for ガ〇ジ or 〇〇野郎, never more than the
 * letters shown, so 「○○さん」 (a name left out) matches nothing.
 */
const MAX_MASKED = 2;

/**
 * `longestMatchFrom` for a lexicon that reads through masking symbols: each symbol may stand for
 * one letter of the entry or sit between two. Kept apart so that ordinary lexicons pay nothing.
 */
function longestMaskedMatchFrom(
  root: TrieNode,
  keys: readonly TokenKeys[],
  tokens: readonly Token[],
  first: number,
  posOk: (t: Token) => boolean,
): number {
  let best = -1;
  const walkToken = (node: TrieNode, index: number, hidden: number, shown: number): void => {
    if (index >= tokens.length) return;
    const { keys: tokenKeys, inner } = keys[index]!;
    const isMask = tokenKeys[0] === MASK_KEY;
    if (!isMask && !posOk(tokens[index]!)) return;
    tokenKeys.forEach((key, j) => walkKey(node, key, j < inner, 0, index, hidden, shown));
  };
  const walkKey = (node: TrieNode, key: string, inner: boolean, at: number, index: number, hidden: number, shown: number): void => {
    if (at === key.length) {
      if (node.terminal && index > best && hidden <= shown) best = index;
      if (inner && node.next.size > 0) walkToken(node, index + 1, hidden, shown);
      return;
    }
    if (key[at] === MASK_KEY) {
      if (hidden >= MAX_MASKED) return;
      // The symbol hides a letter (ガ〇ジ) or was put between two (ア◯ホ).
      for (const child of letterChildren(node)) walkKey(child, key, inner, at + 1, index, hidden + 1, shown);
      walkKey(node, key, inner, at + 1, index, hidden + 1, shown);
      return;
    }
    const code = key.charCodeAt(at);
    const child = node.next.get(code);
    // A letter outside the BMP is two code units but one letter shown.
    const isLowHalf = code >= 0xdc00 && code <= 0xdfff;
    if (child) walkKey(child, key, inner, at + 1, index, hidden, isLowHalf ? shown : shown + 1);
  };
  walkToken(root, first, 0, 0);
  return best;
}

/** The nodes one whole letter below `node` (a surrogate pair is one letter, two trie levels). */
function* letterChildren(node: TrieNode): Iterable<TrieNode> {
  for (const [code, child] of node.next) {
    if (code >= 0xd800 && code <= 0xdbff) yield* child.next.values();
    else yield child;
  }
}

/**
 * Every lexicon rule of a run folds the same tokens: the keys are computed once per post and
 * field set, and kept with the post.
 */
function tokenKeysOf(doc: Document, fields: readonly TokenField[], id: string, memoKey: string): readonly TokenKeys[] {
  let keys = doc.memo.get(memoKey) as readonly TokenKeys[] | undefined;
  if (!keys) {
    keys = doc.tokens.map((t) => (t.entry === undefined ? tokenKeys(t, fields) : entryKeys(t, fields, id)));
    doc.memo.set(memoKey, keys);
  }
  return keys;
}

/** A known word's keys by its dictionary entry, worked out once per field set (up to a bound). */
const keysByEntry = new Map<string, Map<number, TokenKeys>>();

function entryKeys(token: Token, fields: readonly TokenField[], id: string): TokenKeys {
  let byEntry = keysByEntry.get(id);
  if (!byEntry) {
    byEntry = new Map();
    keysByEntry.set(id, byEntry);
  }
  let keys = byEntry.get(token.entry!);
  if (!keys) {
    if (byEntry.size >= MAX_REMEMBERED) byEntry.clear();
    keys = tokenKeys(token, fields);
    byEntry.set(token.entry!, keys);
  }
  return keys;
}

/** A symbol written in place of a letter to half-hide a word (伏せ字). */
const MASK_SYMBOL = /^[○〇◯●□■×✕※*]$/u;
/** The key of a masking symbol: no entry contains it, so only a `masked` lexicon matches it. */
const MASK_KEY = '\u0000';

/**
 * The keys a token can be matched by: `keys[0..inner)` anywhere in a match, the rest only where
 * the match ends. A base form is the inflection of the word's last token (殺し → 殺す): in the
 * middle of an entry it would glue a verb's dictionary form to the next token (「かず」: か→く +
 * ず = くず).
 */
interface TokenKeys {
  readonly keys: readonly string[];
  readonly inner: number;
}

const EMPTY_KEYS: TokenKeys = { keys: [''], inner: 1 };
const MASK_KEYS: TokenKeys = { keys: [MASK_KEY], inner: 1 };

/**
 * A token that folds to nothing (a stretched "ー" that kuromoji split off: ば/ー/か) has the
 * empty key, so a match runs through it.
 */
function tokenKeys(token: Token, fields: readonly TokenField[]): TokenKeys {
  if (folded(token.surface, lexKeys, lexKey) === '') return EMPTY_KEYS;
  if (MASK_SYMBOL.test(token.surface)) return MASK_KEYS;
  const memo = token.known ? spelledKeys : lexKeys;
  const fold = token.known ? spelledKey : lexKey;
  const inner = new Set<string>();
  const last = new Set<string>();
  for (const field of fields) {
    const value = token[field];
    if (value) (field === 'base' ? last : inner).add(folded(value, memo, fold));
  }
  // A base-form-only lexicon still reads the words before the last as they are written.
  if (fields.length === 1 && fields[0] === 'base') inner.add(folded(token.surface, memo, fold));
  inner.delete('');
  for (const key of inner) last.delete(key);
  last.delete('');
  return { keys: [...inner, ...last], inner: inner.size };
}

/**
 * A word's key, remembered: a run meets the same words in post after post (up to a bound, so
 * that memory stays flat on any input).
 */
const lexKeys = new Map<string, string>();
const spelledKeys = new Map<string, string>();
const MAX_REMEMBERED = 50_000;

function folded(word: string, memo: Map<string, string>, fold: (s: string) => string): string {
  let key = memo.get(word);
  if (key === undefined) {
    if (memo.size >= MAX_REMEMBERED) memo.clear();
    key = fold(word);
    memo.set(word, key);
  }
  return key;
}

function posFilter(options: LexiconOptions): (t: Token) => boolean {
  const want = options.pos?.map((p) => p.split(','));
  const avoid = options.notPos?.map((p) => p.split(','));
  const has = (token: Token, prefix: string[]) => prefix.every((level, i) => token.pos[i] === level);
  return (token) =>
    (!want || want.some((p) => has(token, p))) && !(avoid && avoid.some((p) => has(token, p)));
}

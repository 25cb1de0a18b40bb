import * as z from 'zod';
import { lexKey } from '../text/fold.js';
import type { CollectedPost, Match } from '../match/types.js';
import { defineRunDetector } from './types.js';

/**
 * The same, or nearly the same, text in several drafts of one run (辰野 3(8): スパム行為「同じ
 * 内容を繰り返し何度も投稿すること」).
 *
 * Texts are compared after NFKC, kana and case folding, with spaces, punctuation and symbols
 * removed, so a changed 「！」 or line break doesn't make a copy new. Near-duplicates are
 * measured by the Jaccard similarity of the texts' character bigram sets: one changed word in a
 * 100-character post keeps it near 0.9, a different post on the same template stays well below.
 * Two guards keep ordinary schedules quiet:
 * - posts whose numbers differ (12月1日 / 12月8日, あと3日 / あと2日) are different posts;
 * - posts scheduled further apart than `withinHours` are a series (a weekly reminder), not a
 *   repetition. Posts without a schedule are always compared.
 * Only posts of the same account are compared.
 */
export interface RepeatedPostData {
  /** The folded comparison text. */
  readonly key: string;
  /** The post's text without leading and trailing blanks: where a finding points. */
  readonly start: number;
  readonly end: number;
}

const NOT_COMPARED = /[\s\p{P}\p{S}]/gu;
/** Long posts are compared on their beginning: enough to tell copies apart, and a small cache. */
const KEY_LIMIT = 4000;

export function comparisonKey(text: string): string {
  return lexKey(text).replace(NOT_COMPARED, '').slice(0, KEY_LIMIT);
}

/**
 * The text's pairs of adjacent characters, each as one number (first code point × 0x110000 +
 * second): a run holds hundreds of thousands, and numbers cost no string each and hash faster.
 */
export function bigrams(key: string): Set<number> {
  const grams = new Set<number>();
  let previous = -1;
  for (let i = 0; i < key.length; i++) {
    const cp = key.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (previous >= 0) grams.add(previous * 0x110000 + cp);
    previous = cp;
  }
  return grams;
}

export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const g of small) if (large.has(g)) shared++;
  return shared / (a.size + b.size - shared);
}

const numbersOf = (key: string) => (key.match(/\d+/g) ?? []).join(',');

/**
 * Pairs [i, j] (i < j) of sets with Jaccard similarity ≥ threshold, and their similarity,
 * without comparing every pair (prefix filtering, as in Bayardo et al., "Scaling up all pairs
 * similarity search"). Every element is renamed by its rank, rarest first, so each set becomes
 * a sorted array whose beginning holds its rarest elements. Two sets x and y (|y| ≤ |x|) that
 * share o elements share one among the first |x| − o + 1 of x and the first |y| − o + 1 of y,
 * and Jaccard ≥ t means o ≥ t·|x| and o ≥ 2t/(1+t)·|y|. So the sets are taken smallest first,
 * each looks up the first |x| − ⌈t·|x|⌉ + 1 of its elements among the sets before it, and
 * files only its first |y| − ⌈2t/(1+t)·|y|⌉ + 1 for the sets after it.
 */
export function similarPairs<T>(sets: readonly ReadonlySet<T>[], threshold: number): Array<[number, number, number]> {
  const { members, distinct } = rankedMembers(sets);
  const sizes = Int32Array.from(members, (m) => m.length);
  const bySize = Array.from(sets.keys()).sort((a, b) => sizes[a]! - sizes[b]! || a - b);
  const probeLength = (n: number) => n - atLeast(threshold * n) + 1;
  const indexLength = (n: number) => n - atLeast(((2 * threshold) / (1 + threshold)) * n) + 1;
  const index: number[][] = new Array(distinct);
  const lastCandidateOf = new Int32Array(sets.length).fill(-1);
  const pairs: Array<[number, number, number]> = [];
  const candidates: number[] = [];
  for (const i of bySize) {
    const set = members[i]!;
    if (set.length === 0) continue;
    // A set smaller than t·|x| can never reach the threshold with x.
    const smallest = threshold * set.length - 1e-9;
    candidates.length = 0;
    const probe = probeLength(set.length);
    for (let k = 0; k < probe; k++) {
      const seen = index[set[k]!];
      if (!seen) continue;
      for (let s = 0; s < seen.length; s++) {
        const j = seen[s]!;
        if (lastCandidateOf[j] === i || sizes[j]! < smallest) continue;
        lastCandidateOf[j] = i;
        candidates.push(j);
      }
    }
    const filed = indexLength(set.length);
    for (let k = 0; k < filed; k++) (index[set[k]!] ??= []).push(i);
    for (const j of candidates) {
      const other = members[j]!;
      const shared = sharedCount(set, other, threshold);
      if (shared < 0) continue;
      const similarity = shared / (set.length + other.length - shared);
      if (similarity >= threshold) pairs.push(i < j ? [i, j, similarity] : [j, i, similarity]);
    }
  }
  return pairs;
}

/** ⌈x⌉, made a little smaller where x is a whole number by rounding error (a longer prefix is still right). */
const atLeast = (x: number) => Math.ceil(x - 1e-9);

/**
 * Each set as a sorted array of its elements' ranks, rarest first (ties by first appearance):
 * plain numbers sort without a comparator, and the same order holds for every set.
 */
function rankedMembers<T>(sets: readonly ReadonlySet<T>[]): { members: Int32Array[]; distinct: number } {
  const ids = new Map<T, number>();
  const frequency: number[] = [];
  const named = sets.map((set) => {
    const array = new Int32Array(set.size);
    let k = 0;
    for (const element of set) {
      let id = ids.get(element);
      if (id === undefined) {
        id = frequency.length;
        ids.set(element, id);
        frequency.push(0);
      }
      frequency[id]!++;
      array[k++] = id;
    }
    return array;
  });
  const rank = new Int32Array(frequency.length);
  Array.from(frequency.keys())
    .sort((a, b) => frequency[a]! - frequency[b]! || a - b)
    .forEach((id, r) => (rank[id] = r));
  const members = named.map((array) => {
    for (let k = 0; k < array.length; k++) array[k] = rank[array[k]!]!;
    return array.sort();
  });
  return { members, distinct: frequency.length };
}

/**
 * How many elements two sorted arrays of distinct numbers have in common, or -1 as soon as
 * they can no longer have enough for the threshold: s / (|a| + |b| − s) only grows with s, so
 * once even every element left in common would keep it below, no count can reach it.
 */
function sharedCount(a: Int32Array, b: Int32Array, threshold: number): number {
  const total = a.length + b.length;
  const reachable = (most: number) => most / (total - most) >= threshold;
  if (!reachable(Math.min(a.length, b.length))) return -1;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i]! < b[j]!) {
      i++;
      if ((i & 15) === 0 && !reachable(shared + Math.min(a.length - i, b.length - j))) return -1;
    } else if (a[i]! > b[j]!) {
      j++;
      if ((j & 15) === 0 && !reachable(shared + Math.min(a.length - i, b.length - j))) return -1;
    } else {
      shared++;
      i++;
      j++;
    }
  }
  return shared;
}

export const repeatedPost = defineRunDetector({
  name: 'repeated-post',
  description: '同じ実行の中で、同じ（identical）またはほぼ同じ（similar）本文の投稿（同じアカウントどうし）',
  options: z.strictObject({
    /** `identical`: the same text after folding; `similar`: nearly the same, but not identical. */
    match: z.enum(['identical', 'similar']),
    /** Jaccard similarity of character bigrams for `similar`. */
    threshold: z.number().gt(0).lte(1).default(0.8),
    /** Posts scheduled further apart than this are a series, not a repetition. */
    withinHours: z.number().positive().default(24),
    /** Below this many compared characters, only identical texts count. */
    minLength: z.number().int().nonnegative().default(20),
  }),
  create(options) {
    return {
      collect: (doc): RepeatedPostData => ({
        key: comparisonKey(doc.nfkc.text),
        start: doc.original.length - doc.original.trimStart().length,
        end: doc.original.trimEnd().length,
      }),
      match(posts) {
        const list = posts as readonly CollectedPost<RepeatedPostData>[];
        const partners: number[][] = list.map(() => []);
        const close = (a: CollectedPost, b: CollectedPost) =>
          a.account === b.account &&
          (!a.publishAt || !b.publishAt || Math.abs(a.publishAt.getTime() - b.publishAt.getTime()) <= options.withinHours * 3600_000);
        const link = (i: number, j: number) => {
          if (!close(list[i]!, list[j]!)) return;
          partners[i]!.push(j);
          partners[j]!.push(i);
        };
        if (options.match === 'identical') {
          const byKey = new Map<string, number[]>();
          list.forEach((p, i) => {
            if (!p.data.key) return;
            const group = byKey.get(p.data.key);
            if (group) group.push(i);
            else byKey.set(p.data.key, [i]);
          });
          for (const group of byKey.values()) {
            for (let a = 0; a < group.length; a++) for (let b = a + 1; b < group.length; b++) link(group[a]!, group[b]!);
          }
        } else {
          const eligible = list.map((p) => [...p.data.key].length >= options.minLength);
          const sets = list.map((p, i) => (eligible[i] ? bigrams(p.data.key) : new Set<number>()));
          for (const [i, j] of similarPairs(sets, options.threshold)) {
            const [a, b] = [list[i]!.data.key, list[j]!.data.key];
            if (a !== b && numbersOf(a) === numbersOf(b)) link(i, j);
          }
        }
        return list.map((post, i): Match[] => {
          // By name, not by the order files were given: the report must not depend on it.
          const others = [...new Set([...new Set(partners[i])].map((j) => list[j]!.file))].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
          if (others.length === 0) return [];
          const shown = others.slice(0, 3).join('、') + (others.length > 3 ? ` ほか ${others.length - 3} 件` : '');
          const { start, end } = post.data;
          return [{ start, end: Math.max(start, end), vars: { others: shown, count: String(others.length) } }];
        });
      },
    };
  },
});

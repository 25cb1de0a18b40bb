import { createRequire } from 'node:module';
import * as z from 'zod';
import { PLATFORM_LABELS, PLATFORMS, type Platform } from '../platforms.js';
import { defineDetector } from './types.js';

const require = createRequire(import.meta.url);
type TwitterText = typeof import('twitter-text') & {
  /** Exported by the library, missing from its type definitions. */
  readonly configs: { readonly version3: import('twitter-text').ParseTweetOptions };
};
let twitterTextModule: TwitterText | undefined;
/** Loaded on the first post for X: it is a large library most runs don't need. */
function twitterText(): TwitterText {
  return (twitterTextModule ??= require('twitter-text') as TwitterText);
}

/**
 * How each platform counts a post, and its limit. Counting the way the platform does matters
 * more than the number: a Japanese post on X reaches its limit at 140 characters.
 *
 * - X: 280 in X's weighted count (CJK and emoji count 2, every URL 23), as the official
 *   twitter-text library computes it (config v3). Paid accounts may post longer: set
 *   `limits: { x: 25000 }` in the rule's options.
 * - Instagram: captions up to 2,200 characters (Instagram Graph API, media `caption`). Counted in
 *   UTF-16 units, as the API's clients do, so emoji count 2 and an over-long caption never passes.
 * - Facebook: 63,206 characters per post (Facebook Pages). Counted like Instagram.
 * - Threads: 500 characters; emoji count as their UTF-8 bytes (Threads API, "Text posts are
 *   limited to 500 characters. Emojis are counted as the number of UTF-8 bytes").
 * - LINE: 500 characters per speech bubble in LINE Official Account Manager, where every
 *   character, emoji and line break counts 1 (grapheme clusters). The Messaging API allows
 *   5,000 UTF-16 units: set `limits: { line: 5000 }` when posting through it.
 * - Bluesky: 300 graphemes (lexicon app.bsky.feed.post, text maxGraphemes 300).
 */
export const PLATFORM_LIMITS: Record<Platform, number> = {
  x: 280,
  instagram: 2200,
  facebook: 63206,
  threads: 500,
  line: 500,
  bluesky: 300,
};

const graphemes = new Intl.Segmenter('ja', { granularity: 'grapheme' });
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
const utf8 = new TextEncoder();

/** A unit of text as the platform counts it: where it starts and what it weighs. */
type Weigh = (text: string) => { count: number; overflowAt(limit: number): number };

/** Counts unit by unit; `overflowAt` is where the first unit past the limit starts. */
function unitCounter(units: (text: string) => Iterable<{ index: number; weight: number }>): Weigh {
  return (text) => {
    const list = [...units(text)];
    const count = list.reduce((n, u) => n + u.weight, 0);
    return {
      count,
      overflowAt(limit) {
        let total = 0;
        for (const u of list) {
          total += u.weight;
          if (total > limit) return u.index;
        }
        return text.length;
      },
    };
  };
}

const byUtf16 = unitCounter(function* (text) {
  for (let i = 0; i < text.length; i++) {
    const high = text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff && i + 1 < text.length;
    yield { index: i, weight: high ? 2 : 1 };
    if (high) i++;
  }
});

const byGrapheme = unitCounter(function* (text) {
  for (const g of graphemes.segment(text)) yield { index: g.index, weight: 1 };
});

const byThreadsCount = unitCounter(function* (text) {
  for (const g of graphemes.segment(text)) {
    yield { index: g.index, weight: EMOJI.test(g.segment) ? utf8.encode(g.segment).length : 1 };
  }
});

/** X's own weighting (config v3), URLs at their fixed t.co length. */
const byX: Weigh = (text) => ({
  count: twitterText().parseTweet(text).weightedLength,
  overflowAt(limit) {
    const parsed = twitterText().parseTweet(text, { ...twitterText().configs.version3, maxWeightedTweetLength: limit });
    return Math.min(parsed.validRangeEnd + 1, text.length);
  },
});

const COUNTERS: Record<Platform, Weigh> = {
  x: byX,
  instagram: byUtf16,
  facebook: byUtf16,
  threads: byThreadsCount,
  line: byGrapheme,
  bluesky: byGrapheme,
};

/** Measures a post for a platform: its count and where the part over the limit starts. */
export function measurePost(text: string, platform: Platform, limit = PLATFORM_LIMITS[platform]): { count: number; limit: number; overflowAt: number } {
  const weighed = COUNTERS[platform](text);
  return { count: weighed.count, limit, overflowAt: weighed.overflowAt(limit) };
}

/**
 * A post longer than its platform allows: the match is the part past the limit, which the
 * platform would cut or refuse. Only when the platform is known (front matter, CSV column or
 * config `platform:`). Leading and trailing blank lines are not part of what is posted.
 */
export const postLength = defineDetector({
  name: 'post-length',
  description: '投稿先（X・Instagram・Facebook・Threads・LINE・Bluesky）の文字数上限を超える部分（各サービスの数え方で数える）',
  options: z.strictObject({
    /** Per-platform limits replacing the defaults (e.g. `x: 25000` for paid X accounts). */
    limits: z.partialRecord(z.enum(PLATFORMS), z.number().int().positive()).default({}),
  }),
  create(options) {
    return (doc) => {
      const platform = doc.platform as Platform | undefined;
      if (!platform || !(platform in COUNTERS)) return [];
      const start = doc.original.length - doc.original.trimStart().length;
      const text = doc.original.trim();
      const measured = measurePost(text, platform, options.limits[platform]);
      if (measured.count <= measured.limit) return [];
      return [
        {
          start: start + measured.overflowAt,
          end: start + text.length,
          vars: {
            platform: PLATFORM_LABELS[platform],
            count: String(measured.count),
            limit: String(measured.limit),
            over: String(measured.count - measured.limit),
          },
        },
      ];
    };
  },
});

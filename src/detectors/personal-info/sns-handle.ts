import * as z from 'zod';
import type { Match } from '../../match/types.js';
import { toOriginalRange } from '../../text/mapped-text.js';
import { sentenceAt } from '../../text/sentences.js';
import { defineDetector } from '../types.js';
import { personFinder } from './people.js';

/** @name on X, Instagram, Threads, TikTok; not the "@" inside an e-mail address. */
const HANDLE = /(?<![A-Za-z0-9._%+\-@])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?(?![A-Za-z0-9_@]|\.[A-Za-z])/gu;
/** An account the post presents as an organization's own ("公式アカウント @sakura_city"). */
const OFFICIAL_BEFORE = /(?:公式|オフィシャル|official)[^。\n]{0,12}$/iu;

/**
 * The account name of a private person: a handle in the same sentence as a named private
 * person (中村あやさん … @aya_n0312) or the sentence after. Handles of official accounts and of
 * people introduced in a public role are not reported.
 */
export const snsHandle = defineDetector({
  name: 'sns-handle',
  description: '私人のSNSアカウント名（名前の出ている私人と同じ文・次の文の @アカウント）',
  options: z.strictObject({}),
  create(_options, env) {
    const people = personFinder(env);
    return (doc) => {
      const matches: Match[] = [];
      const text = doc.nfkc.text;
      const named = people(doc).filter((p) => !p.publicRole && p.kind !== 'surname');
      if (named.length === 0) return matches;
      const sentenceOf = (offset: number) => doc.sentences.indexOf(sentenceAt(doc.sentences, doc.normalizedIndex(offset)));
      for (const m of text.matchAll(HANDLE)) {
        if (OFFICIAL_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
        const range = toOriginalRange(doc.nfkc, m.index, m.index + m[0].length);
        const sentence = sentenceOf(range.start);
        if (named.some((p) => sentence - sentenceOf(p.start) >= 0 && sentence - sentenceOf(p.start) <= 1)) matches.push(range);
      }
      return matches;
    };
  },
});

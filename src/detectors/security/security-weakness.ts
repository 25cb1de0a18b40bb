import * as z from 'zod';
import { perDocument, type Document } from '../../engine/document.js';
import type { Match } from '../../match/types.js';
import { containsAny, wordsIn } from '../../match/literal-index.js';
import { lexKey } from '../../text/fold.js';
import { toOriginalRange } from '../../text/mapped-text.js';
import { loadDictionary } from '../../rules/dictionary.js';
import { defineDetector } from '../types.js';

/**
 * A weakness of the municipality's systems or buildings, told in so many words: "SMTP認証なし",
 * "防犯カメラの死角は北側通用口付近", "パッチ未適用のサーバー". The phrase is reported when a system
 * or security noun is in the same sentence and the sentence is not about fixing it or warning
 * of it ("死角をなくすため", "パスワードなしで使わないようにしましょう", public free Wi-Fi).
 */
export const securityWeakness = defineDetector({
  name: 'security-weakness',
  description: '情報システムや庁舎の警備の弱点（認証なし・パッチ未適用・防犯カメラの死角など）',
  options: z.strictObject({
    phrases: z.string().default('dict/security/weakness-phrases.txt'),
    systems: z.string().default('dict/security/system-nouns.txt'),
    notDisclosure: z.string().default('dict/security/not-a-disclosure.txt'),
  }),
  create(options, env) {
    const phrases = keysOf(env.resolvePath(options.phrases));
    const phrasesIn = wordsIn(phrases);
    const system = containsAny(keysOf(env.resolvePath(options.systems)));
    const cancelled = containsAny(keysOf(env.resolvePath(options.notDisclosure)));
    return (doc) => {
      const matches: Match[] = [];
      for (const s of foldedSentences(doc)) {
        for (const i of phrasesIn(s.folded)) {
          const p = phrases[i]!;
          const at = s.folded.indexOf(p);
          // "映らないよう配慮", "認証なしにならないように": a precaution, not a weakness.
          if (s.folded.startsWith('よう', at + p.length)) continue;
          // The phrase's own words don't count as context ("ウイルス対策ソフト" is no 対策).
          const rest = s.folded.slice(0, at) + ' ' + s.folded.slice(at + p.length);
          if (!system(rest) || cancelled(rest)) continue;
          matches.push(s.range(at, at + p.length));
        }
      }
      return matches.sort((a, b) => a.start - b.start);
    };
  },
});

/** Entries folded like the text they are compared with, longest first. */
export function keysOf(file: string): string[] {
  return loadDictionary(file).map(lexKey).filter(Boolean).sort((a, b) => b.length - a.length);
}

export interface FoldedSentence {
  /** The sentence folded by lexKey one character at a time, so offsets stay aligned. */
  readonly folded: string;
  /** Original range of folded[from, to). */
  range(from: number, to: number): { start: number; end: number };
}

/**
 * The post's sentences folded for comparison like word-list entries (kana, case, long-vowel
 * marks dropped; the normalized text is NFKC already), keeping a map from each folded unit to
 * the original. Worked out once per post.
 */
export const foldedSentences = perDocument((doc: Document): FoldedSentence[] =>
  doc.sentences.map((s) => {
    let folded = '';
    const starts: number[] = [];
    const text = doc.normalized.text;
    for (let unit = s.start; unit < s.end; unit++) {
      const code = text.charCodeAt(unit);
      if (LONG_VOWEL.has(code)) continue;
      // Katakana ァ..ヶ onto hiragana ぁ..ゖ, as lexKey folds them.
      folded += code >= 0x30a1 && code <= 0x30f6 ? String.fromCharCode(code - 0x60) : text[unit]!.toLowerCase();
      starts.push(unit);
    }
    starts.push(s.end);
    return {
      folded,
      range: (from, to) => toOriginalRange(doc.normalized, starts[from]!, starts[Math.max(from + 1, to)]!),
    };
  }),
);

const LONG_VOWEL = new Set(['ー', '〜', '~'].map((c) => c.charCodeAt(0)));

import * as z from 'zod';
import type { Match } from '../../match/types.js';
import { toOriginalRange } from '../../text/mapped-text.js';
import { loadDictionary } from '../../rules/dictionary.js';
import { defineDetector } from '../types.js';
import { labelledValueFinder } from './labelled-value.js';

/** Placeholders people write instead of a value: "********", "xxxx", "〇〇〇〇". */
const PLACEHOLDER = /^(?:[x*●○〇•・]+|null|none|n\/a)$/iu;

/**
 * A password or a wireless key written after its label: "初期パスワードは Sakura2026!",
 * "PW: Kk#2026hoiku", "パスワードが「kawabe0401」に変わりました". The value is what is reported.
 * Advice about passwords ("パスワードは使い回さず", "市がパスワードを尋ねることはありません",
 * "パスワード不要") has no value after the label and is not reported; neither are units
 * ("8文字以上") and examples ("password や 123456 は避けて").
 */
export const password = defineDetector({
  name: 'password',
  description: 'パスワード・無線LANの鍵の値（「パスワードは〜」「PW:」の後の文字列）',
  options: z.strictObject({
    labels: z.string().default('dict/security/password-labels.txt'),
    notAfter: z.string().default('dict/security/not-a-value-followers.txt'),
  }),
  create(options, env) {
    const find = labelledValueFinder({
      labels: loadDictionary(env.resolvePath(options.labels)),
      value: String.raw`[!-~]{4,64}`,
      notAfter: loadDictionary(env.resolvePath(options.notAfter)),
    });
    return (doc) => {
      const matches: Match[] = [];
      for (const v of find(doc.nfkc.text)) {
        if (v.value.length < 4 || PLACEHOLDER.test(v.value) || v.value.includes('://')) continue;
        // A word with neither digits nor symbols ("Google") is a password only when quoted.
        if (!v.quoted && /^[A-Za-z]+$/u.test(v.value)) continue;
        matches.push(toOriginalRange(doc.nfkc, v.start, v.end));
      }
      return matches;
    };
  },
});

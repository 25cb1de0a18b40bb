import * as z from 'zod';
import type { Match } from '../../match/types.js';
import { lexKey } from '../../text/fold.js';
import { toOriginalRange } from '../../text/mapped-text.js';
import { findUrls } from '../urls.js';
import { defineDetector } from '../types.js';
import { keysOf } from './security-weakness.js';
import { lineAround } from './labelled-value.js';
import { isProductName } from './product-name.js';

/**
 * "user / secret" as people pass on a login without naming the password: "soumu01 / Hk29xq!m",
 * "admin/admin". The left part starts with a letter; the right part has no slash or space.
 */
const PAIR = /(?<![\w@.:/\\-])([A-Za-z][\w.-]{1,31})[ \t]?\/[ \t]?([!-.0-~]{3,64})(?![!-.0-~])/gu;
/** A word in a folded sentence; an ASCII word only as a whole word ("id" is not in "android"). */
function mentions(sentence: string, word: string): boolean {
  if (!/^[a-z]+$/u.test(word)) return sentence.includes(word);
  return new RegExp(`(?<![a-z])${word}(?![a-z])`, 'u').test(sentence);
}

/** What shows the right part is a secret, not a second word (Windows/Mac, TCP/IP, on/off). */
const SECRET_LIKE = /\d|[!#$%&*+=?@^~]/u;

/**
 * Account credentials written as a pair, "ID / password", without a label for the password:
 * "研修用PCのログインは kenshu / kenshu2026", "管理者アカウント、admin/admin のまま". Only in a
 * sentence about logging in (ログイン, アカウント, ID, 管理者…), and only when the second half looks
 * like a secret (a digit or a symbol in it, or the same as the first: admin/admin). URLs and
 * e-mail addresses are not pairs.
 */
export const credentialPair = defineDetector({
  name: 'credential-pair',
  description: 'ログインのIDとパスワードの組（「admin / Xy7!rt」の形）',
  options: z.strictObject({
    loginWords: z.string().default('dict/security/login-words.txt'),
    notSecrets: z.string().default('dict/security/not-a-secret-words.txt'),
  }),
  create(options, env) {
    const loginWords = keysOf(env.resolvePath(options.loginWords));
    const notSecrets = keysOf(env.resolvePath(options.notSecrets));
    return (doc) => {
      const text = doc.nfkc.text;
      if (!text.includes('/')) return [];
      const urls = findUrls(doc);
      const matches: Match[] = [];
      for (const m of text.matchAll(PAIR)) {
        const [whole, user, secret] = m as unknown as [string, string, string];
        const end = m.index + whole.length;
        if (urls.some((u) => m.index < u.end && u.start < end)) continue;
        if (!SECRET_LIKE.test(secret) && secret.toLowerCase() !== user.toLowerCase()) continue;
        // "Windows10/Windows11", "iOS16/Android12": product names side by side, not a login.
        if (isProductName(user, notSecrets) || isProductName(secret, notSecrets)) continue;
        const range = toOriginalRange(doc.nfkc, m.index, end);
        // The line around it, not the sentence: a password may hold a "!" that ends one.
        const sentence = lexKey(lineAround(text, m.index, end));
        if (!loginWords.some((w) => mentions(sentence, w))) continue;
        matches.push(range);
      }
      return matches;
    };
  },
});

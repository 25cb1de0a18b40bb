import * as z from 'zod';
import type { Match } from '../../match/types.js';
import { lexKey } from '../../text/fold.js';
import { toOriginalRange } from '../../text/mapped-text.js';
import { findUrls } from '../urls.js';
import { defineDetector } from '../types.js';
import { keysOf } from './security-weakness.js';
import { lineAround } from './labelled-value.js';
import { isProductName } from './product-name.js';

/** A word of letters and digits (and the symbols passwords use), six to 32 long. */
const TOKEN = /(?<![\w@.:/\\-])[A-Za-z0-9!#$%&*+=?_-]{6,32}(?![\w@.:/\\-])/gu;
/**
 * Right after the value, what says it lets one in: "kikaku01 で入れるよ", "abcd1234 でログイン".
 */
const OPENS_AFTER = /^[ \t]?[」』"')]?[ \t]?(?:で入れ|で入っ|でログイン|でつなが|で繋が|で接続|で開)/u;
/**
 * Right after the value, what says it is the one in use ("なの", "のまま", "だよ"), which counts
 * only after "still, always" before it: "いまだに sakura1234 なの", "ずっと「kawabe0401」のまま".
 * "今日で day365 なの" or "Ryzen7 なので" alone say nothing about a password.
 */
const IN_USE_AFTER = /^[ \t]?[」』"')]?[ \t]?(?:なの|なん|のまま|だよ|だから|だって|って|ウケ|笑|w(?![A-Za-z]))/u;
/** Right before the value: "still, always" (いまだに, ずっと, 昔から). */
const STILL_BEFORE = /(?:いまだに|未だに|まだ|ずっと|今も|昔から|相変わらず)[、 \t]?[「『"']?$/u;
/** What names the value as something else: "型番見たら FMVA77", "SSIDが kawabe5G", "アカウント名、taro_1985". */
const NAMED_BEFORE = /(?:型番|機種|品番|SSID|CPU|名前|名|ID|ユーザー|ユーザ|バージョン|モデル|プラン|ボーナス|番号)[^。\n]{0,8}$/u;

/**
 * A password given without its label, in passing: "うちの課のWi-Fi、いまだに sakura1234 なのウケる",
 * "共有PCは kikaku01 で入れるよ". Only a word with both letters and digits, in a sentence about a
 * network or an account (Wi-Fi, PC, ログイン…) that is not one offered to the public (無料Wi-Fi),
 * when the text says it lets one in, or that it is still the one in use. Product names
 * (Windows11, iPhone15) and values named as something else (型番, SSID, アカウント名) are not
 * reported.
 */
export const unlabelledSecret = defineDetector({
  name: 'unlabelled-secret',
  description: '見出しのないパスワード（「Wi-Fi、いまだに sakura1234 なの」の形）',
  options: z.strictObject({
    topics: z.string().default('dict/security/secret-topics.txt'),
    publicMarkers: z.string().default('dict/security/public-network-markers.txt'),
    notSecrets: z.string().default('dict/security/not-a-secret-words.txt'),
  }),
  create(options, env) {
    const topics = keysOf(env.resolvePath(options.topics));
    const publicNetwork = keysOf(env.resolvePath(options.publicMarkers));
    const notSecrets = keysOf(env.resolvePath(options.notSecrets));
    return (doc) => {
      const text = doc.nfkc.text;
      const urls = findUrls(doc);
      const matches: Match[] = [];
      for (const m of text.matchAll(TOKEN)) {
        const value = m[0];
        if (!/\d/u.test(value) || !/[A-Za-z]/u.test(value)) continue;
        const end = m.index + value.length;
        // Half of "user / secret": credential-pair reports the pair.
        if (/\/[ \t]?$/u.test(text.slice(Math.max(0, m.index - 2), m.index)) || /^[ \t]?\//u.test(text.slice(end, end + 2))) continue;
        const before = text.slice(Math.max(0, m.index - 12), m.index);
        const after = text.slice(end, end + 6);
        if (!OPENS_AFTER.test(after) && !(STILL_BEFORE.test(before) && IN_USE_AFTER.test(after))) continue;
        if (NAMED_BEFORE.test(before)) continue;
        if (urls.some((u) => m.index < u.end && u.start < end)) continue;
        if (isProductName(value, notSecrets)) continue;
        const range = toOriginalRange(doc.nfkc, m.index, end);
        // The line around it, not the sentence: a password may hold a "!" that ends one.
        const sentence = lexKey(lineAround(text, m.index, end));
        if (!topics.some((w) => sentence.includes(w)) || publicNetwork.some((w) => sentence.includes(w))) continue;
        matches.push(range);
      }
      return matches;
    };
  },
});

import * as z from 'zod';
import type { Match } from '../../match/types.js';
import { lexKey } from '../../text/fold.js';
import { toOriginalRange } from '../../text/mapped-text.js';
import { sentenceAt } from '../../text/sentences.js';
import { defineDetector } from '../types.js';
import { keysOf } from './security-weakness.js';

/** "SSID：LIB-STAFF", "SSID は「kawabe-office」", "ネットワーク名: …". */
const SSID = /(?:SSID|ESSID|ネットワーク名)(?:[\s:=はが「『"'(【]){0,4}([!-~]{2,32}?)(?=[\s」』"')）】、。,]|$)/giu;

/**
 * The name (SSID) of a wireless network for staff ("職員用Wi-Fi（SSID：LIB-STAFF）"): half of
 * what an outsider needs to get in. Networks offered to the public ("無料Wi-Fi「SAKURA_FREE」、
 * パスワード不要") are not reported.
 */
export const staffNetwork = defineDetector({
  name: 'staff-network',
  description: '職員用の無線LANのネットワーク名（SSID）',
  options: z.strictObject({
    staff: z.string().default('dict/security/staff-markers.txt'),
    publicMarkers: z.string().default('dict/security/public-network-markers.txt'),
  }),
  create(options, env) {
    const staff = keysOf(env.resolvePath(options.staff));
    const publicNetwork = keysOf(env.resolvePath(options.publicMarkers));
    return (doc) => {
      const matches: Match[] = [];
      const text = doc.nfkc.text;
      for (const m of text.matchAll(SSID)) {
        const valueStart = m.index + m[0].length - m[1]!.length;
        const s = sentenceAt(doc.sentences, doc.normalizedIndex(toOriginalRange(doc.nfkc, m.index, m.index + 1).start));
        const sentence = lexKey(doc.normalized.text.slice(s.start, s.end));
        if (!staff.some((w) => sentence.includes(w)) || publicNetwork.some((w) => sentence.includes(w))) continue;
        matches.push(toOriginalRange(doc.nfkc, valueStart, valueStart + m[1]!.length));
      }
      return matches;
    };
  },
});

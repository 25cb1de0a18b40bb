import * as z from 'zod';
import type { Match } from '../../match/types.js';
import { containsAny } from '../../match/literal-index.js';
import { lexKey } from '../../text/fold.js';
import { toOriginalRange } from '../../text/mapped-text.js';
import { loadDictionary } from '../../rules/dictionary.js';
import { defineDetector } from '../types.js';

/** How far (in units of one sentence) the place may stand between the key and the verb. */
const MAX_SPAN = 48;

/**
 * Where keys (or a written-down PIN or password) are kept: "鍵は、倉庫横の電気メーターボックスの
 * 中に保管しています", "鍵は守衛室前のキーボックスに入れてあります". The match is the place. How
 * keys are kept without where ("鍵は担当者が保管しています"), instructions ("鍵は金庫に保管して
 * ください") and locking ("鍵をかけて") are not reported.
 */
export const keyLocation = defineDetector({
  name: 'key-location',
  description: '鍵や暗証番号の控えの保管場所（「鍵は〜の中に保管しています」）',
  options: z.strictObject({
    keys: z.string().default('dict/security/key-words.txt'),
    verbs: z.string().default('dict/security/storage-verbs.txt'),
    genericKeepers: z.string().default('dict/security/generic-keepers.txt'),
  }),
  create(options, env) {
    const keys = sortedByLength(loadDictionary(env.resolvePath(options.keys)));
    const verbs = sortedByLength(loadDictionary(env.resolvePath(options.verbs)));
    const keepers = loadDictionary(env.resolvePath(options.genericKeepers)).map(lexKey);
    // The key as the topic or object ("鍵は", "鍵を", "Xの鍵、"), then the place ending in に/で,
    // then the verb; all inside one sentence. "キー" must not run on into キーボード/キーワード.
    const regex = new RegExp(
      `(?:${keys.map(escape).join('|')})(?![ァ-ヴー])(?:は|を|も|が|、|,|\\s)+([^。！？!?\\n]{1,${MAX_SPAN}}?)(?:に|で)\\s?(?:厳重に|大切に|きちんと|しっかり|まとめて|一括して|一括で)?\\s?(?:${verbs.map(escape).join('|')})`,
      'gu',
    );
    // Only a text naming a key can match: one pass over it, however long the list.
    const namesAKey = containsAny(keys);
    return (doc) => {
      const matches: Match[] = [];
      const text = doc.nfkc.text;
      if (!namesAKey(text)) return matches;
      for (const m of text.matchAll(regex)) {
        const place = m[1]!.replace(/[、,\s]+$/u, '').replace(/^[、,\s]+/u, '');
        // "…をかけて" is locking, not storing; a keeper or a manner is not a place.
        if (!/[\p{Script=Han}\p{Script=Katakana}]{2,}/u.test(place)) continue;
        if (keepers.some((k) => lexKey(place).startsWith(k) || lexKey(place) === k)) continue;
        const placeStart = m.index + m[0].indexOf(m[1]!) + m[1]!.indexOf(place);
        matches.push(toOriginalRange(doc.nfkc, placeStart, placeStart + place.length));
      }
      return matches;
    };
  },
});

function sortedByLength(entries: readonly string[]): string[] {
  return [...entries].sort((a, b) => b.length - a.length);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

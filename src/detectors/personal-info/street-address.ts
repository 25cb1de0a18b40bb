import * as z from 'zod';
import type { Match } from '../../match/types.js';
import { toOriginalRange } from '../../text/mapped-text.js';
import { defineDetector } from '../types.js';
import { ownerJudge, personNearer } from './contact-owner.js';
import { nationalDigits, phoneKind } from './phone-number.js';

const NUM = '(?:\\d{1,4}|[一二三四五六七八九十]{1,3})';
const DASH = '[-‐‑–−ー]';
/**
 * The street part of a Japanese address: 2丁目14番3号, 3丁目, 123番地の4, 2-14-3, 1-8. What
 * comes before it (the town name) is read separately, backwards from here.
 */
const STREET = new RegExp(
  [
    `${NUM}丁目(?:${NUM}番(?:地)?(?:${NUM}号?)?|${DASH}\\d{1,4}(?:${DASH}\\d{1,4})?)?`,
    `\\d{1,5}番地(?:の?\\d{1,4})?(?:${DASH}\\d{1,4})?`,
    `\\d{1,4}${DASH}\\d{1,4}(?:${DASH}\\d{1,4})?(?:号)?`,
  ].join('|'),
  'gu',
);
const POSTAL_CODE = /〒\s?\d{3}[-‐‑–−]?\d{4}\s?$/u;
const PLACE_CHAR = /[\p{Script=Han}\p{Script=Katakana}ーヶケ]/u;
const HIRAGANA = /\p{Script=Hiragana}/u;
const ADMIN_SUFFIX = /[都道府県市区町村郡]/u;
/** Kana inside town names: 桜通り, 見晴らし台, 緑が丘, 霞が関 (not "来た川辺町", "住所が北山市"). */
const OKURIGANA = /^(?:り.|が[丘岡谷原森浜崎関島台浦]|らし[台丘])$/u;
/** Particles end a town name: "東町の", "駅前に". */
const PARTICLE = /[のはがをにでともへや]/u;
/** A town name never ends with these: "令和8年11-12月", "第2-3会議室", "電話0299-52-…". */
const NOT_A_PLACE = /(?:[年月日時分秒期第約全計各毎号条項章節回円人件編巻版]|電話|番号|TEL|FAX)$/iu;

export const OWNERS = ['person', 'unattributed'] as const;

/**
 * A street address (postal code included when it is written before it). `owner: person` reports
 * one given as a person's (〇〇さん, 自宅, 新居, 住所); `owner: unattributed` a full address
 * (down to the lot number) with neither a person nor a facility or office named with it.
 * An address given as a facility's or office's (市役所, 公民館, 会場) is never reported.
 */
export const streetAddress = defineDetector({
  name: 'street-address',
  description: '個人の住所（番地まで。施設・役所の所在地は除く）',
  options: z.strictObject({ owner: z.enum(OWNERS).default('person') }),
  create(options, env) {
    const owner = ownerJudge(env);
    return (doc) => {
      const matches: Match[] = [];
      const text = doc.nfkc.text;
      for (const m of text.matchAll(STREET)) {
        const street = m[0];
        const place = placeNameBefore(text, m.index);
        if (place.length < 2 || NOT_A_PLACE.test(place)) continue;
        const groups = street.match(/\d+/gu) ?? [];
        const chomeOnly = /丁目$/u.test(street);
        const dashed = !/[丁番]/u.test(street);
        // "1-8" alone could be anything; with a city or town name before it, it is an address.
        if (dashed && groups.length < 3 && !ADMIN_SUFFIX.test(place)) continue;
        if (dashed && phoneKind(nationalDigits(street))) continue;
        let start = m.index - place.length;
        const postal = POSTAL_CODE.exec(text.slice(Math.max(0, start - 12), start));
        if (postal) start -= postal[0].length;
        const range = toOriginalRange(doc.nfkc, start, m.index + street.length);
        const evidence = owner(doc, range);
        const reported =
          options.owner === 'person'
            ? personNearer(evidence)
            : !chomeOnly && evidence.person === undefined && evidence.organization === undefined;
        if (reported) matches.push(range);
      }
      return matches;
    };
  },
});

/** The town name right before a street number: kanji and katakana, and a kana city name (さくら市). */
function placeNameBefore(text: string, at: number): string {
  let i = at;
  while (i > 0 && at - i < 20) {
    const ch = text[i - 1]!;
    if (PLACE_CHAR.test(ch)) {
      i--;
      continue;
    }
    if (HIRAGANA.test(ch) && (!PARTICLE.test(ch) || ch === 'が')) {
      let k = i - 1;
      while (k > 0 && HIRAGANA.test(text[k - 1]!)) k--;
      // さくら市, つくば市: a kana run before 市・町・村…; 桜通り, 見晴らし台: okurigana after a kanji.
      const cityName = ADMIN_SUFFIX.test(text[i] ?? '');
      const okurigana = k > 0 && /\p{Script=Han}/u.test(text[k - 1]!) && OKURIGANA.test(text.slice(k, i) + (text[i] ?? ''));
      if (cityName || okurigana) {
        i = k;
        continue;
      }
    }
    break;
  }
  return text.slice(i, at);
}

import * as z from 'zod';
import type { Match } from '../../match/types.js';
import { toOriginalRange } from '../../text/mapped-text.js';
import { loadDictionary } from '../../rules/dictionary.js';
import { defineDetector } from '../types.js';

const YEAR = '(?:(?:19|20)\\d{2}|(?:明治|大正|昭和|平成|令和|[MTSHR])\\s?(?:\\d{1,2}|元))';
const DATE = `${YEAR}\\s?[年./-]\\s?\\d{1,2}\\s?[月./-]\\s?\\d{1,2}\\s?日?`;
/** 1978年5月2日生まれ, 昭和53年5月2日生, S53.5.2生, 生年月日：1978/5/2. */
const BIRTH_DATE = new RegExp(`(?:生年月日\\s?[:：は]?\\s?(${DATE})|(${DATE})\\s?(?:生まれ|産まれ|生(?![\\p{Script=Han}])))`, 'gu');
const RANGE_BEFORE = /(?:[〜~～]|から|以降|以前|まで)\s?$/u;
/** People born before 1900 are historical figures (郷土の偉人), not private persons. */
const FIRST_PRIVATE_YEAR = 1900;

/**
 * A date of birth: a full date (day included) followed by 生まれ, or after 生年月日. Dates that
 * say who a rule or service is for ("平成31年4月2日〜令和2年4月1日生まれの方") are not
 * anybody's birthday; nor are those of people born before 1900.
 */
export const birthDate = defineDetector({
  name: 'birth-date',
  description: '生年月日（「〜年〜月〜日生まれ」「生年月日：」。対象者を示す「〜生まれの方」は除く）',
  options: z.strictObject({
    /** Words after the date that make it a range of people ("生まれの方", "以降"), not a birthday. */
    genericFollowers: z.string().default('dict/personal-info/birth-date-generic-followers.txt'),
  }),
  create(options, env) {
    const followers = loadDictionary(env.resolvePath(options.genericFollowers));
    return (doc) => {
      const matches: Match[] = [];
      const text = doc.nfkc.text;
      for (const m of text.matchAll(BIRTH_DATE)) {
        const date = m[1] ?? m[2]!;
        const end = m.index + m[0].length;
        // "4月2日生まれの方", "〜令和2年4月1日生まれ": who a rule applies to, not someone's birthday.
        const after = text.slice(end, end + 8).replace(/^\s*(?:生まれ|生)?\s*/u, '');
        if (followers.some((f) => after.startsWith(f))) continue;
        if (RANGE_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
        if (westernYear(date) < FIRST_PRIVATE_YEAR) continue;
        matches.push(toOriginalRange(doc.nfkc, m.index, end));
      }
      return matches;
    };
  },
});

const ERA_START: Record<string, number> = { 明治: 1868, M: 1868, 大正: 1912, T: 1912, 昭和: 1926, S: 1926, 平成: 1989, H: 1989, 令和: 2019, R: 2019 };

function westernYear(date: string): number {
  const western = /^(?:19|20)\d{2}/u.exec(date);
  if (western) return Number(western[0]);
  const era = /^(明治|大正|昭和|平成|令和|[MTSHR])\s?(\d{1,2}|元)/u.exec(date)!;
  return ERA_START[era[1]!]! + (era[2] === '元' ? 1 : Number(era[2])) - 1;
}

import * as z from 'zod';
import { toOriginalRange } from '../../text/mapped-text.js';
import type { Match } from '../../match/types.js';
import { defineDetector } from '../types.js';
import { findUrls } from '../urls.js';
import { ownerJudge, personNearer } from './contact-owner.js';

/** Separators people put between the groups of a phone number (full-width ones are NFKC'd already). */
const SEP = '[-‐‑‒–—―−ーｰ.・ \\t\\u3000]';
const GROUP = `\\(?\\d{1,5}\\)?`;
/**
 * Up to three groups of digits with separators or brackets between them (03(1234)5678,
 * (03)1234-5678, 090 1234 5678, 09012345678), optionally after +81. The groups are checked
 * afterwards by their digits, not by this shape.
 */
const PHONE_SHAPE = new RegExp(
  `(?<![\\d#+])(?:\\+81${SEP}?(?:\\(0\\))?${SEP}?)?${GROUP}(?:${SEP}?${GROUP}){0,2}${SEP}?\\d{2,5}(?![\\d])`,
  'gu',
);

export type PhoneKind = 'mobile' | 'ip' | 'landline' | 'service';

/** What kind of number a string of digits (national form, leading 0) is, if it is one at all. */
export function phoneKind(digits: string): PhoneKind | undefined {
  // Free dial, navi dial and other numbers of businesses and services, never a person's
  // (0800 is free dial, not a mobile 080 number).
  if (/^0120\d{6}$/.test(digits) || /^0800\d{7}$/.test(digits) || /^0570\d{6}$/.test(digits) || /^0(?:180|990)\d{6}$/.test(digits)) {
    return 'service';
  }
  if (/^0[6789]0\d{8}$/.test(digits) || /^020\d{8}$/.test(digits)) return 'mobile';
  if (/^050\d{8}$/.test(digits)) return 'ip';
  if (/^0[1-9]\d{8}$/.test(digits) && !/^0[0-9]0/.test(digits)) return 'landline';
  return undefined;
}

const KIND_LABELS: Record<Exclude<PhoneKind, 'service'>, string> = {
  mobile: '携帯電話番号',
  ip: 'IP電話番号',
  landline: '電話番号',
};

/** The national form: digits only, +81 turned back into the leading 0. */
export function nationalDigits(text: string): string {
  const digits = text.replace(/\D/g, '');
  return text.trimStart().startsWith('+81') ? `0${digits.slice(2).replace(/^0/, '')}` : digits;
}

/**
 * A private person's phone number. A mobile number is a person's unless it is given as an
 * office's (公用携帯, 〇〇課); a landline or 050 number only when it is given as a person's
 * (〇〇さん) and no office is named with it. A number said to be private (自宅, 個人携帯) is
 * always reported. Free dial and navi dial numbers, short numbers
 * (#9110, 110) and the municipality's own numbers (config `official.phones`) are never reported.
 */
export const phoneNumber = defineDetector({
  name: 'phone-number',
  description: '個人の電話番号（携帯・固定・IP電話。市の窓口や施設の番号、設定の official.phones は除く）',
  options: z.strictObject({}),
  create(_options, env) {
    const official = new Set(env.official.phones.map(nationalDigits));
    const owner = ownerJudge(env);
    return (doc) => {
      const matches: Match[] = [];
      const text = doc.nfkc.text;
      // Digits in a link (…/0901234567.html) are part of the address, not a phone number.
      const urls = findUrls(doc);
      // One compiled expression for every post: a detector runs one post at a time.
      const shape = PHONE_SHAPE;
      shape.lastIndex = 0;
      for (let m = shape.exec(text); m; m = shape.exec(text)) {
        const raw = trimBrackets(m[0]);
        const digits = nationalDigits(raw.text);
        const kind = phoneKind(digits);
        if (!kind) {
          // The shape may have swallowed a number before the phone number ("1-1-1 0299-…").
          shape.lastIndex = m.index + 1;
          continue;
        }
        const start = m.index + raw.offset;
        if (urls.some((u) => u.start <= start && start < u.end)) continue;
        const range = toOriginalRange(doc.nfkc, start, start + raw.text.length);
        if (kind === 'service' || official.has(digits)) continue;
        const evidence = owner(doc, range);
        const reported =
          evidence.privateContact !== undefined ||
          (kind === 'mobile' ? personNearer(evidence) || evidence.organization === undefined : evidence.person !== undefined && evidence.organization === undefined);
        if (reported) matches.push({ ...range, vars: { kind: KIND_LABELS[kind] } });
      }
      return matches;
    };
  },
});

/** Drops an unmatched bracket at either end: "（03）1234-5678" keeps its pair, "5678）" doesn't. */
function trimBrackets(s: string): { text: string; offset: number } {
  let text = s;
  let offset = 0;
  if (text.startsWith('(') && !/^\([^)]*\)/.test(text)) {
    text = text.slice(1);
    offset = 1;
  }
  if (text.endsWith(')') && !/\([^(]*\)$/.test(text)) text = text.slice(0, -1);
  const trimmed = text.replace(/[-.・\s]+$/u, '');
  return { text: trimmed, offset };
}

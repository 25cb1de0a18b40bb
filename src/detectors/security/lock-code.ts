import * as z from 'zod';
import type { Document } from '../../engine/document.js';
import { containsAny, wordsIn } from '../../match/literal-index.js';
import type { Match } from '../../match/types.js';
import { lexKey } from '../../text/fold.js';
import { toOriginalRange, type Range } from '../../text/mapped-text.js';
import { loadDictionary } from '../../rules/dictionary.js';
import { defineDetector } from '../types.js';
import { labelledValueFinder } from './labelled-value.js';
import { foldedSentences, keysOf } from './security-weakness.js';

/** A code: three to eight digits, # or * after; not part of a phone number, time, date or decimal. */
const CODE = /(?<![\d.,/#-])(?<!\d:)\d{3,8}[#*]?(?![\d.,:/-])/gu;
/**
 * Right before a code: what names it ("新しい番号は「", "（新：", "初期設定の"). A bare quote is no
 * cue: "「123」から「240」まで" are ranges of anything.
 */
const CUE_BEFORE = /(?:(?:番号|コード|暗証|新)[ \t]?(?:は|が|も|を)?[ \t]?[:：=]?[ \t]?[「『"'(]?|(?:初期設定|初期値|デフォルト|工場出荷時)(?:の|は|が|で|も)?[ \t]?)$/u;
/** A dial lock's combination: three or four numbers of one or two digits, "3-17-42", "12→5→30". */
const DIAL = /(?<![\d.,/#-])\d{1,2}(?:[-‐ー→]\d{1,2}){2,3}(?![\d.,:/-])/gu;
/** Right after a code: what is done with it ("を押して", "を入力", "で開きます", "のまま"). */
const CUE_AFTER = /^[ \t]?[」』"')]?[ \t]?(?:を押|を入力|と入力|で開|で解錠|で解除|で入|のまま|に変更|に変わ)/u;
/** Advice about a code, after it: "初期設定の0000は必ず変更してください", "1234は使わないで". */
const ADVICE_AFTER = /^[^。\n]{0,12}?(?:変更して(?:ください|下さい)|変えて(?:ください|下さい)|使わな|避け|しないで|設定し直)/u;
/**
 * A number named as something other than a code, right before it: "整理番号は「0123」",
 * "受付番号 101", "ロッカー番号", "金融機関コード 1234".
 */
const OTHER_NUMBER_BEFORE = /(?:整理|受付|予約|ロッカー|部屋|会員|座席|電話|受験|登録|管理|口座|機関|利用者|申込|申し込み|受講|参加|郵便|商品|車両|お客様)(?:番号|コード)[^0-9]{0,4}$/u;
/** "例：", "例えば": what follows is an example. */
const EXAMPLE_BEFORE = /(?:例|たとえば|例えば)[ \t]?[:：は]?[ \t]?[「『"]?$/u;

/**
 * A PIN, a door or key-box code, a lock's combination. Written after its label ("暗証番号0815",
 * "入室コードは5521#です", "テンキーに「4721#」を入力", "キーボックス（番号3390）"), or near a lock
 * named in the same sentence or the one before, when the text says it is the code ("鍵箱の番号を
 * 変更しました。新しい番号は「0522」です", "扉のロックが新しくなりました。これからは 7391 を押して",
 * "ダイヤル、初期設定の0000のまま"). The code is what is reported. "暗証番号は他人に教えないで",
 * "暗証番号を3回間違えると" and "4桁の暗証番号" have no code.
 */
export const lockCode = defineDetector({
  name: 'lock-code',
  description: '暗証番号・入退室コード・錠の番号（「暗証番号」「入室コード」「テンキー」の後や、錠の話の近くの番号）',
  options: z.strictObject({
    labels: z.string().default('dict/security/lock-code-labels.txt'),
    topics: z.string().default('dict/security/lock-topics.txt'),
    notAfter: z.string().default('dict/security/not-a-value-followers.txt'),
    notLockWords: z.string().default('dict/security/not-lock-words.txt'),
  }),
  create(options, env) {
    const notAfter = loadDictionary(env.resolvePath(options.notAfter));
    const find = labelledValueFinder({
      labels: loadDictionary(env.resolvePath(options.labels)),
      value: String.raw`[0-9A-Za-z#*]{3,12}(?![0-9A-Za-z])`,
      notAfter,
    });
    const talksOfLocks = lockTalkTest(keysOf(env.resolvePath(options.topics)), keysOf(env.resolvePath(options.notLockWords)));
    const notAfterKeys = notAfter.map(lexKey);
    return (doc) => {
      const matches: Match[] = [];
      for (const v of find(doc.nfkc.text)) {
        if ((v.value.match(/\d/gu) ?? []).length < 3) continue;
        matches.push(toOriginalRange(doc.nfkc, v.start, v.end));
      }
      for (const r of codesNearLocks(doc, talksOfLocks, notAfterKeys)) {
        if (!matches.some((m) => m.start < r.end && r.start < m.end)) matches.push(r);
      }
      return matches.sort((a, b) => a.start - b.start);
    };
  },
});

/**
 * Whether a folded sentence names a lock (a topic word), once words that hold a topic word but
 * are no lock ("ロックフェス", "信用金庫") are blanked out. Both lists are searched in one pass
 * each, and only the words present are blanked, in the list's order. Blanking puts a space
 * where a word was, so a word absent before can appear after only if it has a space itself:
 * such words are always blanked.
 */
export function lockTalkTest(topics: readonly string[], notLockWords: readonly string[]): (folded: string) => boolean {
  const mentionsTopic = containsAny(topics);
  const notLockIn = wordsIn(notLockWords);
  const withSpace = notLockWords.flatMap((w, i) => (/\s/u.test(w) ? [i] : []));
  return (folded) => {
    const present = withSpace.length === 0 ? notLockIn(folded) : [...new Set([...notLockIn(folded), ...withSpace])].sort((a, b) => a - b);
    const sentence = present.reduce((f, i) => f.split(notLockWords[i]!).join(' '), folded);
    return mentionsTopic(sentence);
  };
}

/** Codes the text gives in a sentence that names a lock, or in the sentence right after it. */
function codesNearLocks(doc: Document, talksOfLocks: (folded: string) => boolean, notAfter: readonly string[]): Range[] {
  const folded = foldedSentences(doc);
  // Worked out only for sentences around a code: most sentences hold none.
  const lockTalk = new Map<number, boolean>();
  const aboutLock = (k: number): boolean => {
    if (k < 0) return false;
    let about = lockTalk.get(k);
    if (about === undefined) {
      about = talksOfLocks(folded[k]!.folded);
      lockTalk.set(k, about);
    }
    return about;
  };
  const found: Range[] = [];
  const text = doc.normalized.text;
  for (const [i, s] of doc.sentences.entries()) {
    const sentence = text.slice(s.start, s.end);
    const codes = [...sentence.matchAll(CODE), ...sentence.matchAll(DIAL)];
    if (codes.length === 0) continue;
    if (!aboutLock(i) && !aboutLock(i - 1)) continue;
    for (const m of codes) {
      const before = sentence.slice(Math.max(0, m.index - 10), m.index);
      const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 8);
      const isDial = /[-‐ー→]/u.test(m[0]);
      // A combination needs its name before it: "1-2-3 を押して" may be steps of anything.
      if (!CUE_BEFORE.test(before) && (isDial || !CUE_AFTER.test(after))) continue;
      if (OTHER_NUMBER_BEFORE.test(before)) continue;
      if (EXAMPLE_BEFORE.test(before) || ADVICE_AFTER.test(sentence.slice(m.index + m[0].length))) continue;
      const following = lexKey(after.replace(/^[\s」』"')\]】]+/u, ''));
      if (notAfter.some((w) => following.startsWith(w))) continue;
      found.push(toOriginalRange(doc.normalized, s.start + m.index, s.start + m.index + m[0].length));
    }
  }
  return found;
}

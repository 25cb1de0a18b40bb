import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { parseDictionary } from '../../src/rules/dictionary.js';
import { ROOT } from '../helpers/cli.js';

/** Text that breaks naive offset arithmetic: every kind of character that is not one UTF-16 unit per glyph. */
export const TRICKY_PIECES = [
  '👨‍👩‍👧‍👦', // ZWJ sequence
  '🇯🇵', // regional-indicator flag
  '👍🏽', // skin-tone modifier
  '𠮷', // surrogate pair (吉 variant)
  '葛\uDB40\uDD00', // ideographic variation selector
  '☺\uFE0F', // emoji presentation selector
  'か\u3099', // combining voiced mark
  'e\u0301', // combining acute
  'ﾊﾞｶ', // half-width katakana with a separate voiced mark
  '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', // invisible
  '\u3000', ' ', '\t', // full-width and ordinary spaces
  '\r\n', '\r', '\n', '\u2028', '\u2029', // line endings, mixed
  'Ａ１', '㍻', '①', 'ｈｔｔｐｓ：／／', // NFKC changes length
  '\u0000', '\u001b[31m', '\u202E', // control, escape, bidi override
  '\uD800', '\uDC00', // lone surrogates
  '"', '\\', '</script>', '::error::x', '%0A', // characters that break naive output
];

/** Ordinary municipal phrases, written for these tests, that a draft is made of between the words. */
const PHRASES = [
  '今日は', 'ごみの収集日は火曜日です。', '市役所の窓口は', '8時30分から17時15分まで開いています', '。',
  '、', '花火大会を開催します', '詳しくはこちら', 'ご注意ください', 'お問い合わせは', '防災課まで',
  '選挙管理委員会からのお知らせ', '人権週間です', 'バカンスの季節', 'アホウドリ', '野菜クズ', '！', '？', '「', '」',
  'https://www.city.example.lg.jp/', 'うちの市の', 'と思う', '個人の見解です',
];

/** Every entry of every shipped word list. */
export function dictionaryEntries(): string[] {
  const dir = path.join(ROOT, 'dict');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => parseDictionary(readFileSync(path.join(dir, f), 'utf8')));
}

/** Ways people write a word so that filters miss it. */
const EVASIONS: Array<(word: string) => string> = [
  (w) => w,
  (w) => [...w].join(' '),
  (w) => [...w].join('・'),
  (w) => [...w].join('\u200B'),
  (w) => [...w].join('\u3000'),
  (w) => [...w].join('☆'),
  (w) => w.replace(/[A-Za-z0-9.:/]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
  (w) => `${w}\uFE0F`,
  (w) => `「${w}」`,
  (w) => w.split('').reverse().join(''),
];

export function draftArbitrary(entries: readonly string[]): fc.Arbitrary<string> {
  const word = fc.tuple(fc.constantFrom(...entries), fc.constantFrom(...EVASIONS)).map(([w, evade]) => evade(w));
  const piece = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...PHRASES) },
    { weight: 3, arbitrary: word },
    { weight: 2, arbitrary: fc.constantFrom(...TRICKY_PIECES) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
  );
  return fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));
}

/** Arbitrary Unicode, lone surrogates included, salted with the pieces above. */
export function unicodeArbitrary(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ unit: 'binary', maxLength: 30 }),
    fc.string({ unit: 'grapheme', maxLength: 30 }),
    fc.array(fc.oneof(fc.constantFrom(...TRICKY_PIECES), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 10 }).map((p) => p.join('')),
  );
}

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { makeDrafts } from '../../scripts/bench/drafts.mjs';
import { loadRules, ruleFiles } from '../../src/rules/load.js';
import { ROOT } from './cli.js';

/**
 * Texts of every kind the tokenizer and the rules meet, for tests that compare two ways of
 * doing the same thing: every example in the shipped rules, the example drafts, generated
 * municipal drafts, and text that is hard on a tokenizer (long runs without punctuation,
 * surrogate pairs, half-width kana, symbols, Latin, empty and blank text).
 */
export function sampleTexts(drafts = 300): string[] {
  const { rules } = loadRules(ruleFiles(), { domains: [], phones: [] });
  const examples = rules.flatMap((r) =>
    [...r.spec.examples.invalid, ...r.spec.examples.valid].map((e) => (typeof e === 'string' ? e : e.text)),
  );
  const exampleDir = path.join(ROOT, 'examples');
  const files = readdirSync(exampleDir).map((f) => readFileSync(path.join(exampleDir, f), 'utf8'));
  return [...examples, ...files, ...makeDrafts(drafts, { seed: 42 }), ...HARD];
}

const HARD = [
  '',
  ' ',
  '\n\n',
  'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン'.repeat(4),
  '東京特許許可局長今日急遽休暇許可拒否東京特許許可局長今日急遽休暇許可拒否東京特許許可局長今日急遽休暇許可拒否',
  'すもももももももものうちすもももももももものうちすもももももももものうち',
  '𠮷野家で𩸽を食べた👨‍👩‍👧‍👦🎉🎉、𠀋𡈽𡌛',
  'ﾊﾞｶじゃないの？ｱｲｳｴｵ　ｶﾞｷﾞｸﾞｹﾞｺﾞ',
  'ID: kikaku01 / PW: Tk7#xQ2!z https://bit.ly/3xAnmeF 090-1234-5678 tanaka@example.jp',
  '①②③㍻㍼㌔㌘℡™ⅠⅡⅢ｢｣･ｰ〜～—―‐',
  '１２月１日（月）１０：００～　ＡＢＣ　ａｂｃ　！？',
  'a'.repeat(300),
  '0123456789'.repeat(20),
  '。、。、！？!?',
  'バ\u200Bカ ば\u00ADか マ ジ で ク ズ',
];

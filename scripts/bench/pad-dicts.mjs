// Makes a copy of the package whose word lists are ten times as long, for the benchmark's
// "10× larger word lists" case. The copy has its own rules/, dict/ and guidelines/ and the
// same built dist/ and node_modules (linked), so its sns-lint resolves every path it knows to
// the padded data exactly as an installed package would: no option of the real command is
// needed. Which lists to pad comes from the rule set itself (RuleSet.wordLists), so a rule or
// detector added later is padded too.
import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { random } from './drafts.mjs';

const COPIED = ['package.json', 'bin', 'dist', 'rules', 'dict', 'guidelines'];

/** Entries written after the original ones, as a multiple of the original count. */
const FACTOR = 9;

const HIRAGANA = [...'あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをんがぎぐげござじずぜぞだぢづでどばびぶべぼぱぴぷぺぽゃゅょっ'];
const KATAKANA = HIRAGANA.map((ch) => String.fromCodePoint(ch.codePointAt(0) + 0x60));
const KANJI = [...'愚鈍劣悪醜怠惰卑怯狡猾粗暴傲慢冷酷陰険軟弱貧弱下品野蛮無能無知臆病狭量偏屈頑固横柄尊大虚偽詐欺盗賊匪賊暴徒群衆'];
const LOWER = [...'abcdefghijklmnopqrstuvwxyz'];
const UPPER = LOWER.map((c) => c.toUpperCase());
const DIGITS = [...'0123456789'];

const CLASSES = [
  [/\p{Script=Hiragana}/u, HIRAGANA],
  [/\p{Script=Katakana}/u, KATAKANA],
  [/\p{Script=Han}/u, KANJI],
  [/[a-z]/, LOWER],
  [/[A-Z]/, UPPER],
  [/[0-9]/, DIGITS],
];

/**
 * A new entry shaped like `entry`: each letter replaced by a random one of its kind (kana by
 * kana, kanji by kanji, Latin by Latin), punctuation such as "." kept, so a list of hosts gets
 * host-like entries and a list of words word-like ones. Kana-only entries get at least four
 * letters so that a random one does not spell an everyday word.
 */
function lookalike(entry, rand) {
  const out = [];
  // Lists of regular expressions (token-patterns.txt) stay valid: what is escaped, or inside a
  // character class or a {m,n} count, is kept as it is.
  let escaped = false;
  let inClass = false;
  let inCount = false;
  for (const ch of entry) {
    const literal = !escaped && !inClass && !inCount;
    if (escaped) escaped = false;
    else if (ch === '\\') escaped = true;
    else if (ch === '[') inClass = true;
    else if (ch === ']') inClass = false;
    else if (ch === '{' && !inClass) inCount = true;
    else if (ch === '}') inCount = false;
    const cls = literal && CLASSES.find(([re]) => re.test(ch));
    out.push(cls ? cls[1][Math.floor(rand() * cls[1].length)] : ch);
  }
  while (out.length < 4 && out.every((ch) => /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(ch))) {
    out.push(KATAKANA[Math.floor(rand() * KATAKANA.length)]);
  }
  return out.join('');
}

/**
 * Copies the package at `root` to `dest` with every word list its rules load padded with
 * FACTOR× synthetic entries that occur nowhere in `texts` (compared after the linter's own
 * folding, and against the readings of the texts' tokens, so none can match). Returns what
 * was padded.
 */
export async function makePaddedPackage(root, dest, texts) {
  mkdirSync(dest, { recursive: true });
  for (const name of COPIED) cpSync(path.join(root, name), path.join(dest, name), { recursive: true });
  symlinkSync(path.join(root, 'node_modules'), path.join(dest, 'node_modules'), 'dir');

  const load = (module) => import(pathToFileURL(path.join(dest, 'dist', module)).href);
  const { loadRules, ruleFiles } = await load('rules/load.js');
  const { parseDictionary } = await load('rules/dictionary.js');
  const { lexKey } = await load('text/fold.js');
  const { normalize } = await load('text/normalize.js');
  const { getTokenizer } = await load('tokenize/tokenizer.js');

  const { wordLists } = loadRules(ruleFiles(), { domains: [], phones: [] });
  const tokenizer = await getTokenizer();
  // Everything a lexicon entry could be compared with: the folded text, and the folded
  // surfaces, base forms and readings of its tokens.
  const haystack = texts
    .flatMap((text) => {
      const normalized = normalize(text).normalized.text;
      const tokens = tokenizer.tokenize(normalized);
      return [normalized, ...['surface', 'base', 'reading'].map((f) => tokens.map((t) => t[f]).join(''))];
    })
    .map(lexKey)
    .join('\n');

  const rand = random(7);
  const padded = [];
  for (const file of wordLists) {
    const source = readFileSync(file, 'utf8');
    const entries = parseDictionary(source);
    const taken = new Set(entries.map(lexKey));
    const synthetic = [];
    for (let attempt = 0; synthetic.length < entries.length * FACTOR && attempt < entries.length * FACTOR * 20; attempt++) {
      const entry = lookalike(entries[attempt % entries.length], rand);
      const key = lexKey(entry);
      if (key.length < 2 || taken.has(key) || haystack.includes(key)) continue;
      taken.add(key);
      synthetic.push(entry);
    }
    writeFileSync(file, `${source.replace(/\n?$/, '\n')}\n## 合成した項目（ベンチマーク用。下書きには現れない）\n${synthetic.join('\n')}\n`);
    padded.push({ file: path.relative(dest, file), entries: entries.length, added: synthetic.length });
  }
  return padded;
}

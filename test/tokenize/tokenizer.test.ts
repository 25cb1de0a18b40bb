import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACCOUNTS, type Account } from '../../src/categories.js';
import { plainPost } from '../../src/input/post.js';
import { lintPost } from '../../src/linter.js';
import { prepareRun } from '../../src/setup.js';
import { forKuromoji, MAX_CHUNK } from '../../src/tokenize/chunks.js';
import type { KuromojiTokenizer } from '../../src/tokenize/kuromoji-build.js';
import { getTokenizer, loadKuromojiItself, wrap, type Tokenizer } from '../../src/tokenize/tokenizer.js';
import { makeTree, ROOT, runCli } from '../helpers/cli.js';
import { sampleTexts } from '../helpers/sample-texts.js';

describe('tokenizer', () => {
  it('is loaded once per process', async () => {
    expect(await getTokenizer()).toBe(await getTokenizer());
  });

  it('gives surface, base form, reading and part of speech', async () => {
    const tokens = (await getTokenizer()).tokenize('死ねばいい');
    expect(tokens[0]).toMatchObject({ surface: '死ね', base: '死ぬ', reading: 'シネ', pos: ['動詞', '自立'] });
  });

  it('gives offsets in UTF-16 units even after surrogate pairs', async () => {
    const text = '𠮷野家でバカンス';
    const tokens = (await getTokenizer()).tokenize(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.surface);
    expect(tokens.map((t) => t.surface).join('')).toBe(text);
  });

  it('uses the surface as base form of unknown words', async () => {
    const [token] = (await getTokenizer()).tokenize('ゲス');
    expect(token).toMatchObject({ surface: 'ゲス', base: 'ゲス', reading: '', known: false });
  });
});

describe('tokens made from kuromoji\'s best path', () => {
  /** kuromoji's own token objects, read the way the program read them before it skipped them. */
  const fromKuromojiTokens = (k: KuromojiTokenizer, text: string) => {
    let offset = 0;
    return k.tokenize(text).map((t) => {
      const surface = t.surface_form;
      const start = text.startsWith(surface, offset) ? offset : text.indexOf(surface, offset);
      offset = start + surface.length;
      const known = t.word_type === 'KNOWN';
      const pos = [t.pos, t.pos_detail_1, t.pos_detail_2, t.pos_detail_3].filter((level) => level && level !== '*');
      const field = (value: string | undefined) => (value && value !== '*' ? value : undefined);
      return {
        surface,
        base: field(t.basic_form) ?? surface,
        reading: field(t.reading) ?? '',
        pos,
        start,
        end: offset,
        known,
        entry: known ? t.word_id : undefined,
      };
    });
  };

  it('has every field kuromoji\'s own tokens give, for every word of every sample', async () => {
    const k = await loadKuromojiItself();
    const tokenizer = wrap(k);
    const texts = sampleTexts();
    let words = 0;
    for (const text of texts.map(forKuromoji).filter((t) => t.length <= MAX_CHUNK)) {
      const expected = fromKuromojiTokens(k, text);
      words += expected.length;
      expect(tokenizer.tokenize(text), text).toEqual(expected);
    }
    expect(words).toBeGreaterThan(10_000);
  });
});

describe('the faster dictionary load', () => {
  it('gives the linter exactly the findings it gets from kuromoji loading itself', async () => {
    const texts = sampleTexts();
    const lintAll = (tokenizer: Tokenizer, account: Account) => {
      const setup = prepareRun({ account, cwd: ROOT });
      const linter = { ...setup, rules: setup.ruleSet.rules, tokenizer, now: new Date('2026-11-02T10:00:00+09:00') };
      return texts.map((text, i) => lintPost(plainPost(`${i}.txt`, text), linter));
    };
    const plain = wrap(await loadKuromojiItself());
    const fast = await getTokenizer();
    for (const account of ACCOUNTS) {
      const expected = lintAll(plain, account);
      expect(expected.some((r) => r.findings.length > 0)).toBe(true);
      expect(lintAll(fast, account)).toEqual(expected);
    }
  });

  it('gives the same report on a first run (dictionary decompressed, cache written) and after (cache read)', () => {
    const drafts = Object.fromEntries(sampleTexts(40).map((text, i) => [`posts/${String(i).padStart(3, '0')}.txt`, text]));
    const dir = makeTree(drafts);
    const env = { SNS_LINT_CACHE_DIR: path.join(dir, '.cache') };
    const args = ['--format', 'json', '--now', '2026-11-02', 'posts'];
    const first = runCli(args, { cwd: dir, env });
    expect(readdirSync(env.SNS_LINT_CACHE_DIR)).toEqual(['kuromoji-dictionary.bin']);
    const second = runCli(args, { cwd: dir, env });
    expect(first.code).toBe(1);
    expect(JSON.parse(first.stdout).results).toHaveLength(Object.keys(drafts).length);
    expect(second).toEqual(first);
  });
});

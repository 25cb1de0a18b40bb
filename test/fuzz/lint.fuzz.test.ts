import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/program.js';
import type { CliIo } from '../../src/cli/io.js';
import { plainPost } from '../../src/input/post.js';
import { lintPost, type LinterSetup } from '../../src/linter.js';
import { formatGithub } from '../../src/report/formatters/github.js';
import { formatJson } from '../../src/report/formatters/json.js';
import { formatSarif } from '../../src/report/formatters/sarif.js';
import { formatStylish } from '../../src/report/formatters/stylish.js';
import { maskSensitive, type MaskStyle } from '../../src/report/mask.js';
import { summarize, type FileResult, type Report } from '../../src/report/model.js';
import { prepareRun } from '../../src/setup.js';
import { getTokenizer, type Tokenizer } from '../../src/tokenize/tokenizer.js';
import { makeTree } from '../helpers/cli.js';
import { MASKED_PHONE_RULE } from '../helpers/masked-rule.js';
import { dictionaryEntries, draftArbitrary, unicodeArbitrary } from './generators.js';

/**
 * Lints generated text in-process (one tokenizer) and checks what must hold for any input.
 * `npm run fuzz` runs the same properties with FUZZ_RUNS inputs each (and FUZZ_SEED to replay).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 5000);
/** Generous: the suite shares two cores with whatever else runs; a hang still fails. */
const TIMEOUT = Number(process.env.FUZZ_RUNS ?? 0) > 20_000 ? 86_400_000 : 600_000;
/**
 * `npm test` replays a fixed seed, so that CI gives the same answer for the same commit;
 * `npm run fuzz` (or FUZZ_SEED=random) tries new inputs and prints the seed of a failure.
 */
const SEED_SETTING = process.env.FUZZ_SEED ?? (process.env.npm_lifecycle_event === 'fuzz' ? 'random' : '20261121');
const SEED = SEED_SETTING === 'random' ? undefined : Number(SEED_SETTING);
const VERBOSE = process.env.FUZZ_RUNS !== undefined;


/** A post long enough to count as a repeat when it appears in two files (run-level rules). */
const SPAM = '本日10時から市民体育館で防災訓練を行います。多くの皆さまのご参加をお待ちしています。';

let setup: LinterSetup & { tokenizer: Tokenizer; masked: Map<string, MaskStyle>; rulesHash: string };

beforeAll(async () => {
  const dir = makeTree({ '.sns-lint.yaml': 'rules: [masked.yaml]\n', 'masked.yaml': MASKED_PHONE_RULE });
  const prepared = prepareRun({ cwd: dir });
  setup = {
    ...prepared,
    rules: prepared.ruleSet.rules,
    tokenizer: await getTokenizer(),
    now: new Date('2026-11-21T10:00:00+09:00'),
    masked: new Map(prepared.ruleSet.rules.flatMap((r) => (r.spec.mask === false ? [] : [[r.id, r.spec.mask === true ? 'auto' : r.spec.mask] as const]))),
    rulesHash: prepared.ruleSet.hash,
  };
});

/** Line and column (1-based, UTF-16 units) counted directly, not with the code under test. */
function positionOf(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, offset);
  const breaks = [...before.matchAll(/\r\n|\r|\n/g)];
  const last = breaks[breaks.length - 1];
  return { line: breaks.length + 1, column: offset - (last ? last.index + last[0].length : 0) + 1 };
}

function report(results: FileResult[]): Report {
  return { tool: { name: 'sns-lint', version: '0', rulesHash: setup.rulesHash }, guideline: { id: 'default', name: 'x' }, results, summary: summarize(results) };
}

/** Everything that must hold for one linted text. Throws (with the reason) when something doesn't. */
function checkLint(source: string): void {
  const result = lintPost(plainPost('draft.txt', source), setup);
  for (const f of result.findings) {
    expect(Number.isInteger(f.offset) && Number.isInteger(f.length) && f.length > 0, 'integer, non-empty range').toBe(true);
    expect(f.offset + f.length, 'inside the text').toBeLessThanOrEqual(source.length);
    expect(f.offset).toBeGreaterThanOrEqual(0);
    const clear = source.slice(f.offset, f.offset + f.length);
    // A masked rule's text hides what its mask style hides (more where other masked data overlaps it).
    const style = setup.masked.get(f.ruleId);
    if (style) {
      const masked = maskSensitive(clear, style);
      expect([...f.text.split('').keys()].every((i) => f.text[i] === '*' || (f.text[i] === clear[i] && masked[i] === clear[i])), `"${f.text}" hides "${clear}"`).toBe(true);
    }
    // Every text is the original slice, except where it overlaps masked data.
    expect(f.text.length === clear.length && [...f.text.split('').keys()].every((i) => f.text[i] === clear[i] || f.text[i] === '*'), `"${f.text}" is "${clear}"`).toBe(true);
    expect({ line: f.line, column: f.column }).toEqual(positionOf(source, f.offset));
    expect({ line: f.endLine, column: f.endColumn }).toEqual(positionOf(source, f.offset + f.length));
  }
  const r = report([result]);
  const json = formatJson(r, { color: false });
  const parsed = JSON.parse(json);
  expect(parsed.results[0].findings.map((f: { offset: number; text: string }) => [f.offset, f.text])).toEqual(
    result.findings.map((f) => [f.offset, f.text]),
  );
  if (result.findings.length === 0) return;
  const sarif = formatSarif(r, { color: false });
  JSON.parse(sarif);
  const github = formatGithub(r, { color: false });
  for (const line of github.split('\n').filter(Boolean)) expect(line).toMatch(/^(::(error|warning|notice) file=[^:\n]*::|sns-lint: )/);
  const stylish = formatStylish(r, { color: false }) + formatStylish(r, { color: true });
  for (const f of result.findings.filter((x) => setup.masked.has(x.ruleId))) {
    const clear = source.slice(f.offset, f.offset + f.length);
    // The fields that carry the post's own text never show it.
    for (const field of parsed.results[0].findings.flatMap((x: { text: string; message: string }) => [x.text, x.message])) {
      expect((field as string).includes(clear), `masked "${clear}" printed in clear in the json text or message`).toBe(false);
    }
    // Nor does any output as a whole, unless the rules' own wording happens to contain it
    // (a one-letter name 「護」 is also in the suggestion's 「保護者」).
    const fixedWording = result.findings.flatMap((x) => [x.suggestion ?? '', ...x.clauses.map((c) => c.title)]).join('\n');
    if (fixedWording.includes(clear)) continue;
    for (const [name, out] of Object.entries({ json, sarif, github, stylish })) expect(out.includes(clear), `masked "${clear}" printed in clear in ${name}`).toBe(false);
  }
}

const tried: Record<string, number> = {};
/**
 * Counts the inputs tried, and lets the worker's event loop turn every hundred of them: a
 * property that ran for a minute without a turn would starve the worker's messages to vitest.
 */
function counted(name: string, check: (s: string) => void): (s: string) => Promise<void> {
  return async (s) => {
    tried[name] = (tried[name] ?? 0) + 1;
    if (tried[name] % 100 === 0) await new Promise<void>((resolve) => setImmediate(resolve));
    check(s);
  };
}

describe('linting any text', () => {
  it(`arbitrary Unicode (${RUNS} inputs): never throws, positions inside, offsets slice the text, JSON parses`, async () => {
    await fc.assert(fc.asyncProperty(unicodeArbitrary(), counted('unicode', checkLint)), { numRuns: RUNS, seed: SEED, verbose: VERBOSE });
  }, TIMEOUT);

  it(`drafts built from the dictionaries with evasions (${RUNS} inputs): the same`, async () => {
    const phone = fc.constantFrom('090-1234-5678', '03-1234-5678', '0123-45-6789');
    const drafts = fc.tuple(draftArbitrary(dictionaryEntries()), phone, fc.nat(40)).map(([d, p, at]) => `${d.slice(0, at)}${p}${d.slice(at)}`);
    await fc.assert(fc.asyncProperty(drafts, counted('drafts', checkLint)), { numRuns: RUNS, seed: SEED, verbose: VERBOSE });
  }, TIMEOUT);

  it('findings are the same whatever the order of the files', async () => {
    const entries = dictionaryEntries();
    const runs = Math.max(10, Math.round(RUNS / 300));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(draftArbitrary(entries), fc.constant(SPAM)), { minLength: 2, maxLength: 6 }), fc.func(fc.integer()), async (drafts, key) => {
        tried.orders = (tried.orders ?? 0) + 1;
        const dir = mkdtempSync(path.join(tmpdir(), 'sns-lint-fuzz-'));
        const names = drafts.map((d, i) => {
          writeFileSync(path.join(dir, `d${i}.txt`), d);
          return `d${i}.txt`;
        });
        const shuffled = [...names].sort((a, b) => key(a) - key(b));
        const byFile = async (files: string[]) => {
          const out: string[] = [];
          const io: CliIo = { cwd: dir, env: {}, stdin: process.stdin, write: (t) => out.push(t), writeError: () => {}, stdoutIsTTY: false };
          await run(['--format', 'json', '--now', '2026-11-21', ...files], io);
          const json = JSON.parse(out.join(''));
          return Object.fromEntries(json.results.map((r: { file: string }) => [r.file, r]));
        };
        expect(await byFile(shuffled)).toEqual(await byFile(names));
      }),
      { numRuns: runs, seed: SEED },
    );
  }, TIMEOUT);

  it('tried at least 10,000 inputs in all', () => {
    console.log(`fuzz: seed ${SEED ?? '(random)'}; inputs tried:`, tried, '\nsamples:', fc.sample(unicodeArbitrary(), 3), fc.sample(draftArbitrary(dictionaryEntries()), 3));
    expect((tried.unicode ?? 0) + (tried.drafts ?? 0)).toBeGreaterThanOrEqual(2 * RUNS);
  });
});

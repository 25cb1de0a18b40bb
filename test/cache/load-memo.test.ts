import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { loadMemo, readMemoFile, startLoadMemo, useLoadMemo, writeLoadMemo } from '../../src/cache/load-memo.js';
import { requiredLiterals } from '../../src/match/required-literals.js';
import { compileSafeRegex } from '../../src/match/regex.js';
import { loadYamlFile } from '../../src/yaml/load-yaml.js';
import { makeTree } from '../helpers/cli.js';

const Spec = z.array(z.object({ id: z.string(), words: z.array(z.string()).optional() }).strict());

const RULES = ['- id: a', '  words: [x]', '- id: b', '  words:', '    - y', '    - z', ''].join('\n');

afterEach(() => useLoadMemo(undefined));

/** A memo recorded from loading `file`, written out and read back as a later run would. */
function recordAndReread(dir: string, load: () => void) {
  startLoadMemo();
  load();
  const file = path.join(dir, 'memo.json');
  writeLoadMemo(file);
  const memo = readMemoFile(file);
  expect(memo).toBeDefined();
  useLoadMemo(memo);
  return memo!;
}

describe('the load memo', () => {
  it('gives a remembered file the same data and lines as parsing it', () => {
    const dir = makeTree({ 'r.yaml': RULES });
    const file = path.join(dir, 'r.yaml');
    const parsed = loadYamlFile(file, Spec);
    const memo = recordAndReread(dir, () => loadYamlFile(file, Spec));
    expect(memo.yaml.size).toBe(1);
    const fromMemo = loadYamlFile(file, Spec);
    expect(fromMemo.value).toEqual(parsed.value);
    expect([fromMemo.lineOf([0]), fromMemo.lineOf([1])]).toEqual([1, 3]);
    // Deeper than the top level: the file is parsed after all.
    expect(fromMemo.lineOf([1, 'words', 1])).toBe(parsed.lineOf([1, 'words', 1]));
    expect(fromMemo.lineOf([1, 'words', 1])).toBe(6);
  });

  it('parses a file whose bytes changed, and reports its errors with the line', () => {
    const dir = makeTree({ 'r.yaml': RULES });
    const file = path.join(dir, 'r.yaml');
    recordAndReread(dir, () => loadYamlFile(file, Spec));
    writeFileSync(file, RULES.replace('  words: [x]', '  word: [x]'));
    expect(() => loadYamlFile(file, Spec)).toThrow(expect.objectContaining({ file, line: 2 }));
  });

  it('validates remembered data against the schema it is loaded with', () => {
    const dir = makeTree({ 'r.yaml': RULES });
    const file = path.join(dir, 'r.yaml');
    recordAndReread(dir, () => loadYamlFile(file, Spec));
    const Stricter = z.array(z.object({ id: z.string().regex(/^b$/) }).passthrough());
    expect(() => loadYamlFile(file, Stricter)).toThrow(expect.objectContaining({ file, line: 1 }));
  });

  it('remembers which expressions are safe and which characters they need', () => {
    const dir = makeTree({});
    const memo = recordAndReread(dir, () => {
      compileSafeRegex('(胸|おっぱい)が大きい', 'gu');
      requiredLiterals('(胸|おっぱい)が大きい', 'gu');
      requiredLiterals('.+', 'gu');
    });
    expect(memo.safeRegexes.has('(胸|おっぱい)が大きい')).toBe(true);
    expect(memo.requiredLiterals.get('gu/.+')).toBeNull();
    expect(requiredLiterals('(胸|おっぱい)が大きい', 'gu')).toEqual(memo.requiredLiterals.get('gu/(胸|おっぱい)が大きい'));
    // An unsafe expression is still refused: only what was found safe is remembered.
    expect(() => compileSafeRegex('(a+)+$', 'u')).toThrow(/入れ子/);
    expect(loadMemo().safeRegexes.has('(a+)+$')).toBe(false);
  });

  it('ignores a memo written by other code', () => {
    const dir = makeTree({});
    startLoadMemo();
    const file = path.join(dir, 'memo.json');
    writeLoadMemo(file);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/"fingerprint":"[0-9a-f]+"/, '"fingerprint":"other"'));
    expect(readMemoFile(file)).toBeUndefined();
    expect(readMemoFile(path.join(dir, 'missing.json'))).toBeUndefined();
  });
});

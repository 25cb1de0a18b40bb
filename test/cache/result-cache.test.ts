import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentHash, ResultCache, type RunKey } from '../../src/cache/result-cache.js';
import type { PostScan } from '../../src/linter.js';
import { compileRule } from '../../src/rules/compile.js';
import { RuleSpec } from '../../src/rules/schema.js';
import { makeTree } from '../helpers/cli.js';

const rule = compileRule(
  RuleSpec.parse({ id: 'insult/t', category: 'insult', severity: 'error', message: 'm', pattern: 'バカ', examples: { invalid: ['x'], valid: ['y'] } }),
  { file: 'test.yaml', official: { domains: [], phones: [] }, resolvePath: (p: string) => p },
);
const KEY: RunKey = { toolVersion: '1', rulesHash: 'r1', config: {}, account: 'official' };
const SCANS: PostScan[] = [
  { hits: [{ rule, severity: 'error', match: { start: 4, end: 6, vars: { x: 'y' }, about: 'publishAt' } }], runData: { 'spam/x': { key: 'abc', start: 0, end: 3 } } },
];
const HASH = contentHash(Buffer.from('あいつはバカ'));

function stored(dir: string, usesToday = false): void {
  const cache = new ResultCache(dir, KEY, [rule]);
  cache.set('a.txt', HASH, SCANS, usesToday);
  expect(cache.save(dir)).toBeUndefined();
}

describe('ResultCache', () => {
  it('gives back what was stored for unchanged bytes under the same run key', () => {
    const dir = makeTree({ 'a.txt': 'あいつはバカ' });
    stored(dir);
    const scans = new ResultCache(dir, KEY, [rule]).get('a.txt', HASH, 1);
    expect(scans).toEqual(SCANS);
    expect(scans![0]!.hits[0]!.rule).toBe(rule);
  });

  it('misses when the bytes, the number of posts, or anything in the run key changed', () => {
    const dir = makeTree({ 'a.txt': 'あいつはバカ' });
    stored(dir);
    expect(new ResultCache(dir, KEY, [rule]).get('a.txt', contentHash(Buffer.from('別の本文')), 1)).toBeUndefined();
    expect(new ResultCache(dir, KEY, [rule]).get('a.txt', HASH, 2)).toBeUndefined();
    for (const changed of [{ rulesHash: 'r2' }, { toolVersion: '2' }, { config: { disable: ['insult'] } }, { account: 'private' }, { now: new Date(0) }, { platform: 'x' }]) {
      expect(new ResultCache(dir, { ...KEY, ...changed }, [rule]).get('a.txt', HASH, 1), JSON.stringify(changed)).toBeUndefined();
    }
    // A rule that is gone.
    expect(new ResultCache(dir, KEY, []).get('a.txt', HASH, 1)).toBeUndefined();
  });

  it('misses on another day for posts whose reference date is today', () => {
    const dir = makeTree({ 'a.txt': 'あいつはバカ' });
    stored(dir, true);
    expect(new ResultCache(dir, KEY, [rule]).get('a.txt', HASH, 1)).toEqual(SCANS);
    const file = path.join(dir, 'results.json');
    const json = JSON.parse(readFileSync(file, 'utf8'));
    json.files['a.txt'].today = '2001-01-01';
    writeFileSync(file, JSON.stringify(json));
    expect(new ResultCache(dir, KEY, [rule]).get('a.txt', HASH, 1)).toBeUndefined();
  });

  it('treats a broken cache file as empty, and keeps entries of files that still exist', () => {
    const dir = makeTree({ 'results.json': '{not json', 'a.txt': 'x' });
    expect(new ResultCache(dir, KEY, [rule]).get('a.txt', HASH, 1)).toBeUndefined();
    const cache = new ResultCache(dir, KEY, [rule]);
    cache.set('a.txt', HASH, SCANS, false);
    cache.set('deleted.txt', HASH, SCANS, false);
    cache.save(dir);
    const later = new ResultCache(dir, KEY, [rule]);
    later.save(dir); // a run that saw neither file
    expect(Object.keys(JSON.parse(readFileSync(path.join(dir, 'results.json'), 'utf8')).files)).toEqual(['a.txt']);
  });

  it('says so when the cache can not be written, without failing', () => {
    const dir = makeTree({ 'blocker': 'a file where the cache folder should be' });
    const cache = new ResultCache(path.join(dir, 'blocker', 'cache'), KEY, [rule]);
    expect(cache.save(dir)).toMatch(/キャッシュを書き込めません/);
  });
});

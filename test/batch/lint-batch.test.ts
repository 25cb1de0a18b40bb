import { describe, expect, it } from 'vitest';
import { Worker } from 'node:worker_threads';
import { lintBatch, POSTS_PER_WORKER, WORKER_FILE, workersFor } from '../../src/batch/lint-batch.js';
import type { WorkerInput, WorkerMessage } from '../../src/batch/worker.js';
import { plainPost } from '../../src/input/post.js';
import { lintPost } from '../../src/linter.js';
import { prepareRun } from '../../src/setup.js';
import { getTokenizer, sharedDictionary } from '../../src/tokenize/tokenizer.js';
import { ROOT } from '../helpers/cli.js';
import { sampleTexts } from '../helpers/sample-texts.js';

describe('linting a batch of posts', () => {
  it('gives, with worker threads, the results of linting post after post, in the same order', async () => {
    const setupOptions = { account: 'private' as const, cwd: ROOT };
    const setup = prepareRun(setupOptions);
    const linter = { ...setup, rules: setup.ruleSet.rules, tokenizer: await getTokenizer(), now: new Date('2026-11-02T10:00:00+09:00') };
    const posts = sampleTexts(200).map((text, i) => plainPost(`posts/${i}.txt`, text));
    const expected = posts.map((post) => lintPost(post, linter));
    expect(expected.filter((r) => r.findings.length > 0).length).toBeGreaterThan(10);

    const threaded = await lintBatch(posts, linter, { setup: setupOptions, workers: 2 });
    expect(threaded).toEqual(expected);
    expect(await lintBatch(posts, linter, { setup: setupOptions, workers: 0 })).toEqual(expected);
  });

  it('has a worker take posts until none are left, reporting each result with its place', async () => {
    const setupOptions = { cwd: ROOT };
    const setup = prepareRun(setupOptions);
    const now = new Date('2026-11-02T10:00:00+09:00');
    const linter = { ...setup, rules: setup.ruleSet.rules, tokenizer: await getTokenizer(), now };
    const posts = sampleTexts(30).map((text, i) => plainPost(`posts/${i}.txt`, text));
    const input: WorkerInput = { posts, setup: setupOptions, now, next: new Int32Array(new SharedArrayBuffer(4)), chunk: 7, dictionary: await sharedDictionary() };
    const results = new Array(posts.length);
    const worker = new Worker(WORKER_FILE, { workerData: input });
    worker.on('message', (m: WorkerMessage) => m.results.forEach((r, k) => (results[m.start + k] = r)));
    await new Promise((resolve) => worker.on('exit', resolve));
    expect(results).toEqual(posts.map((post) => lintPost(post, linter)));
    expect(input.next[0]).toBeGreaterThanOrEqual(posts.length);
  });

  it('uses workers only for batches that pay for them, and only on idle cores', () => {
    expect(workersFor(100, 8, 0)).toBe(0);
    expect(workersFor(POSTS_PER_WORKER * 2 - 1, 8, 0)).toBe(0);
    expect(workersFor(POSTS_PER_WORKER * 2, 8, 0)).toBe(1);
    expect(workersFor(POSTS_PER_WORKER * 100, 8, 0)).toBe(7);
    expect(workersFor(POSTS_PER_WORKER * 100, 8, 6)).toBe(1);
    expect(workersFor(POSTS_PER_WORKER * 100, 2, 1.5)).toBe(0);
    expect(workersFor(POSTS_PER_WORKER * 100, 1, 0)).toBe(0);
  });
});

import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { POSTS_PER_WORKER, scanBatch, WORKER_FILE, workersFor } from '../../src/batch/scan-batch.js';
import type { SentScan, WorkerInput, WorkerMessage } from '../../src/batch/worker.js';
import { toSent } from '../../src/batch/worker.js';
import { plainPost } from '../../src/input/post.js';
import { scanPost } from '../../src/linter.js';
import { prepareRun } from '../../src/setup.js';
import { getTokenizer, sharedDictionary } from '../../src/tokenize/tokenizer.js';
import { ROOT } from '../helpers/cli.js';
import { sampleTexts } from '../helpers/sample-texts.js';

const NOW = new Date('2026-11-02T10:00:00+09:00');

async function prepared(account: 'official' | 'private' = 'official') {
  const options = { account, cwd: ROOT };
  const setup = prepareRun(options);
  return { options, setup, linter: { ...setup, rules: setup.ruleSet.rules, now: NOW }, tokenizer: await getTokenizer() };
}

describe('scanning a batch of posts', () => {
  it('gives, with worker threads, the scans of scanning post after post, in the same order', async () => {
    const { options, setup, linter, tokenizer } = await prepared('private');
    const posts = sampleTexts(200).map((text, i) => plainPost(`posts/${i}.txt`, text));
    const expected = posts.map((post) => scanPost(post, linter, tokenizer));
    expect(expected.filter((s) => s.hits.length > 0).length).toBeGreaterThan(10);

    const told: number[] = [];
    const batch = { setup: options, rulesHash: setup.ruleSet.hash, workers: 2 };
    expect(await scanBatch(posts, linter, tokenizer, batch, (i) => told.push(i))).toEqual(expected);
    expect(told.sort((a, b) => a - b)).toEqual(posts.map((_, i) => i));
    expect(await scanBatch(posts, linter, tokenizer, undefined)).toEqual(expected);
  });

  it('has a worker take posts until none are left, sending each scan with its place', async () => {
    const { options, setup, linter, tokenizer } = await prepared();
    const posts = sampleTexts(30).map((text, i) => plainPost(`posts/${i}.txt`, text));
    const input: WorkerInput = {
      posts,
      setup: options,
      rulesHash: setup.ruleSet.hash,
      now: NOW,
      next: new Int32Array(new SharedArrayBuffer(4)),
      chunk: 7,
      dictionary: await sharedDictionary(),
    };
    const sent = await runWorker(input);
    expect(sent).toEqual(posts.map((post) => toSent(scanPost(post, linter, tokenizer))));
    expect(sent.some((s) => s!.hits.length > 0)).toBe(true);
  });

  it('has a worker whose rules differ from its parent\'s scan nothing', async () => {
    const { options } = await prepared();
    const posts = [plainPost('a.txt', 'あいつはバカだ。')];
    const input: WorkerInput = { posts, setup: options, rulesHash: 'not the same rules', next: new Int32Array(new SharedArrayBuffer(4)), chunk: 1 };
    expect(await runWorker(input)).toEqual([undefined]);
    expect(input.next[0]).toBe(0);
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

/** Runs one worker alone; its scans by post. */
async function runWorker(input: WorkerInput): Promise<(SentScan | undefined)[]> {
  const scans = new Array<SentScan | undefined>(input.posts.length).fill(undefined);
  const worker = new Worker(WORKER_FILE, { workerData: input });
  worker.on('message', (m: WorkerMessage) => m.scans.forEach((s, k) => (scans[m.start + k] = s)));
  await new Promise((resolve) => worker.on('exit', resolve));
  return scans;
}

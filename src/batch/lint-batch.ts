import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Post } from '../input/post.js';
import { lintPost, type LinterSetup } from '../linter.js';
import { PACKAGE_ROOT } from '../paths.js';
import type { FileResult } from '../report/model.js';
import type { SetupOptions } from '../setup.js';
import { sharedDictionary } from '../tokenize/tokenizer.js';
import type { WorkerInput, WorkerMessage } from './worker.js';

/**
 * Posts a worker thread must have to itself before starting one pays. A worker costs about
 * 0.5 s of CPU before its first post (a thread, the program and its rules loaded again, a
 * tokenizer built from the dictionary this thread loaded, code not yet optimized), and a post
 * about 0.65 ms (measured with `npm run bench`; README, "Performance"). So one worker halves
 * the linting of 1,200 posts and more for a tenth of the run's time or better.
 */
export const POSTS_PER_WORKER = 600;

/** The worker's code, built (worker threads run JavaScript, also when this runs from source). */
export const WORKER_FILE = path.join(PACKAGE_ROOT, 'dist', 'batch', 'worker.js');

/** Posts taken at a time by each thread: small enough to share the work out evenly. */
const CHUNK = 16;

export interface BatchOptions {
  /** How every thread sets itself up: the same config, account and guideline as this one. */
  readonly setup: SetupOptions;
  /** Worker threads to use; by default as many as the batch and the machine's cores allow. */
  readonly workers?: number;
}

/**
 * How many worker threads a batch of `posts` posts is worth on this machine: one per share
 * of POSTS_PER_WORKER posts beyond this thread's, and no more than there are idle cores (a
 * worker only wins time on a core nobody else is using; on a busy machine it loses some).
 */
export function workersFor(posts: number, cores = availableParallelism(), load = loadavg()[0]!): number {
  const idleCores = Math.round(cores - load) - 1;
  return Math.max(0, Math.min(idleCores, Math.floor(posts / POSTS_PER_WORKER) - 1));
}

/**
 * Lints every post; the results are in the order of the posts, and the same as linting them
 * one after another in this thread. A large batch is shared with worker threads: every
 * thread, this one included, takes the next few posts until none are left.
 */
export async function lintBatch(posts: readonly Post[], linter: LinterSetup, options: BatchOptions): Promise<FileResult[]> {
  const workers = options.workers ?? workersFor(posts.length);
  if (workers <= 0) return posts.map((post) => lintPost(post, linter));

  const next = new Int32Array(new SharedArrayBuffer(4));
  const results = new Array<FileResult | undefined>(posts.length);
  const input: WorkerInput = { posts, setup: options.setup, now: linter.now, next, chunk: CHUNK, dictionary: await sharedDictionary() };
  const running = Array.from({ length: workers }, () => runWorker(input, results));

  for (let start = Atomics.add(next, 0, CHUNK); start < posts.length; start = Atomics.add(next, 0, CHUNK)) {
    for (let i = start; i < Math.min(start + CHUNK, posts.length); i++) results[i] = lintPost(posts[i]!, linter);
    // Let the workers' results in as they come.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  await Promise.all(running);
  // Posts a failed worker had taken are linted here, so a result is never missing.
  return results.map((r, i) => r ?? lintPost(posts[i]!, linter));
}

function runWorker(input: WorkerInput, results: (FileResult | undefined)[]): Promise<void> {
  return new Promise((resolve) => {
    const worker = new Worker(WORKER_FILE, { workerData: input });
    worker.on('message', (message: WorkerMessage) => {
      message.results.forEach((result, k) => (results[message.start + k] = result));
    });
    worker.on('error', () => resolve());
    worker.on('exit', () => resolve());
  });
}

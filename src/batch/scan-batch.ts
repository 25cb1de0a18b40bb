import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { RuleHit } from '../engine/run-rules.js';
import type { Post } from '../input/post.js';
import { scanPost, type LinterSetup, type PostScan } from '../linter.js';
import { PACKAGE_ROOT } from '../paths.js';
import type { SetupOptions } from '../setup.js';
import { sharedDictionary, type Tokenizer } from '../tokenize/tokenizer.js';
import type { WorkerInput, WorkerMessage } from './worker.js';

/**
 * Posts a worker thread must have to itself before starting one pays. A worker costs CPU
 * before its first post (a thread, the program and its rules loaded again, a tokenizer built
 * from the dictionary this thread loaded, code not yet optimized), and two threads on a
 * shared 2-core machine each run slower than one alone. Measured on such a machine
 * (2026-11-22, three runs each, the bench drafts): with one worker, 2,000 posts took
 * 1.3–2.7 s more CPU and no less time (3.5–4.6 s against 3.4–4.7 s); 8,000 posts took
 * 8.4–15.9 s against 11.8–21.9 s. So the first worker starts at 4,000 posts.
 */
export const POSTS_PER_WORKER = 2000;

/** The worker's code, built (worker threads run JavaScript, also when this runs from source). */
export const WORKER_FILE = path.join(PACKAGE_ROOT, 'dist', 'batch', 'worker.js');

/** Posts taken at a time by each thread: small enough to share the work out evenly. */
const CHUNK = 16;

export interface BatchOptions {
  /** How every thread sets itself up: the same config, account and guideline as this one. */
  readonly setup: SetupOptions;
  /** The hash of this thread's rules: a worker that loads other rules (changed meanwhile) stops. */
  readonly rulesHash: string;
  /** Worker threads to use; by default as many as the batch and the machine's idle cores allow. */
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
 * Scans every post; the scans are in the order of the posts, and the same as scanning them
 * one after another in this thread. A large batch is shared with worker threads: every
 * thread, this one included, takes the next few posts until none are left. `onScanned` is
 * told the index of each post as its scan arrives. Without options, no worker is started.
 */
export async function scanBatch(
  posts: readonly Post[],
  setup: LinterSetup,
  tokenizer: Tokenizer,
  options: BatchOptions | undefined,
  onScanned: (index: number) => void = () => {},
): Promise<PostScan[]> {
  const workers = options ? (options.workers ?? workersFor(posts.length)) : 0;
  const scans = new Array<PostScan | undefined>(posts.length);
  const scan = (i: number) => {
    scans[i] = scanPost(posts[i]!, setup, tokenizer);
    onScanned(i);
  };
  if (!options || workers <= 0) {
    for (let i = 0; i < posts.length; i++) scan(i);
    return scans as PostScan[];
  }

  const next = new Int32Array(new SharedArrayBuffer(4));
  const input: WorkerInput = {
    posts,
    setup: options.setup,
    rulesHash: options.rulesHash,
    now: setup.now,
    platform: setup.platform,
    next,
    chunk: CHUNK,
    dictionary: await sharedDictionary(),
  };
  const rules = new Map(setup.rules.map((r) => [r.id, r]));
  const received = (message: WorkerMessage) =>
    message.scans.forEach((sent, k) => {
      const hits = sent.hits.map((h): RuleHit | undefined => {
        const rule = rules.get(h.ruleId);
        return rule && { rule, severity: h.severity, match: h.match };
      });
      // A hit of a rule this thread doesn't know can't be: the worker checked the rules' hash.
      if (hits.some((h) => !h)) return;
      scans[message.start + k] = { hits: hits as RuleHit[], runData: sent.runData };
      onScanned(message.start + k);
    });
  const running = Array.from({ length: workers }, () => runWorker(input, received));

  for (let start = Atomics.add(next, 0, CHUNK); start < posts.length; start = Atomics.add(next, 0, CHUNK)) {
    for (let i = start; i < Math.min(start + CHUNK, posts.length); i++) scan(i);
    // Let the workers' scans in as they come.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  await Promise.all(running);
  // Posts a failed worker had taken are scanned here, so a scan is never missing.
  for (let i = 0; i < posts.length; i++) if (!scans[i]) scan(i);
  return scans as PostScan[];
}

function runWorker(input: WorkerInput, received: (message: WorkerMessage) => void): Promise<void> {
  return new Promise((resolve) => {
    const worker = new Worker(WORKER_FILE, { workerData: input });
    worker.on('message', received);
    worker.on('error', () => resolve());
    worker.on('exit', () => resolve());
  });
}

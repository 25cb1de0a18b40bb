import { parentPort, workerData } from 'node:worker_threads';
import type { Severity } from '../categories.js';
import type { RunData } from '../engine/run-checks.js';
import type { Post } from '../input/post.js';
import { scanPost, type PostScan } from '../linter.js';
import type { Match } from '../match/types.js';
import type { Platform } from '../platforms.js';
import { prepareRun, type SetupOptions } from '../setup.js';
import type { DictionaryBytes } from '../tokenize/kuromoji-files.js';
import { getTokenizer, useDictionary } from '../tokenize/tokenizer.js';

/** What scanBatch gives each worker thread. */
export interface WorkerInput {
  readonly posts: readonly Post[];
  readonly setup: SetupOptions;
  readonly rulesHash: string;
  readonly now?: Date;
  readonly platform?: Platform;
  /** Index of the next post nobody has taken yet, shared by every thread. */
  readonly next: Int32Array;
  readonly chunk: number;
  /** The parent's decompressed dictionary, in shared memory, when it has one. */
  readonly dictionary?: DictionaryBytes;
}

/** A post's scan as a worker sends it: rules by id (compiled rules hold functions, which can't be sent). */
export interface SentScan {
  readonly hits: readonly { readonly ruleId: string; readonly severity: Severity; readonly match: Match }[];
  readonly runData: RunData;
}

/** Scans of the posts from `start` on. */
export interface WorkerMessage {
  readonly start: number;
  readonly scans: readonly SentScan[];
}

export function toSent(scan: PostScan): SentScan {
  return { hits: scan.hits.map((h) => ({ ruleId: h.rule.id, severity: h.severity, match: h.match })), runData: scan.runData };
}

/**
 * A worker thread of scanBatch: sets up as its parent did (and stops if that gives other
 * rules), then takes posts until none are left.
 */
async function work(input: WorkerInput): Promise<void> {
  if (input.dictionary) useDictionary(input.dictionary);
  const prepared = prepareRun(input.setup);
  if (prepared.ruleSet.hash !== input.rulesHash) return;
  const setup = { ...prepared, rules: prepared.ruleSet.rules, now: input.now, platform: input.platform };
  const tokenizer = await getTokenizer();
  const { posts, next, chunk } = input;
  for (let start = Atomics.add(next, 0, chunk); start < posts.length; start = Atomics.add(next, 0, chunk)) {
    const scans = posts.slice(start, start + chunk).map((post) => toSent(scanPost(post, setup, tokenizer)));
    parentPort!.postMessage({ start, scans } satisfies WorkerMessage);
  }
}

if (parentPort) await work(workerData as WorkerInput);

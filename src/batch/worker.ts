import { parentPort, workerData } from 'node:worker_threads';
import type { Post } from '../input/post.js';
import { lintPost } from '../linter.js';
import type { FileResult } from '../report/model.js';
import { prepareRun, type SetupOptions } from '../setup.js';
import { getTokenizer, useDictionary } from '../tokenize/tokenizer.js';
import type { DictionaryBytes } from '../tokenize/kuromoji-files.js';

/** What lintBatch gives each worker thread. */
export interface WorkerInput {
  readonly posts: readonly Post[];
  readonly setup: SetupOptions;
  readonly now?: Date;
  /** Index of the next post nobody has taken yet, shared by every thread. */
  readonly next: Int32Array;
  readonly chunk: number;
  /** The parent's decompressed dictionary, in shared memory, when it has one. */
  readonly dictionary?: DictionaryBytes;
}

/** Results of the posts from `start` on. */
export interface WorkerMessage {
  readonly start: number;
  readonly results: readonly FileResult[];
}

/** A worker thread of lintBatch: sets up as its parent did, then takes posts until none are left. */
async function work(input: WorkerInput): Promise<void> {
  if (input.dictionary) useDictionary(input.dictionary);
  const setup = prepareRun(input.setup);
  const linter = { ...setup, rules: setup.ruleSet.rules, tokenizer: await getTokenizer(), now: input.now };
  const { posts, next, chunk } = input;
  for (let start = Atomics.add(next, 0, chunk); start < posts.length; start = Atomics.add(next, 0, chunk)) {
    const results = posts.slice(start, start + chunk).map((post) => lintPost(post, linter));
    parentPort!.postMessage({ start, results } satisfies WorkerMessage);
  }
}

if (parentPort) await work(workerData as WorkerInput);

import { contentHash, type ResultCache } from './cache/result-cache.js';
import { parsePosts, readBytes, type InputProblem } from './input/read-posts.js';
import type { Post } from './input/post.js';
import { finishRun, scanPost, type LinterSetup, type PostScan } from './linter.js';
import type { FileProblem, FileResult } from './report/model.js';
import type { Tokenizer } from './tokenize/tokenizer.js';

/** A file to lint (its path) or standard input (its bytes), and how reports name it. */
export interface LintInput {
  readonly name: string;
  readonly path?: string;
  readonly bytes?: Uint8Array;
  /** Known unreadable before reading (a folder that can't be listed, a dangling link). */
  readonly problem?: FileProblem;
}

export interface LintFilesOptions {
  readonly setup: LinterSetup;
  /** Loaded on first need: a run whose files all come from the cache never loads the dictionary. */
  readonly tokenizer: () => Promise<Tokenizer>;
  readonly cache?: ResultCache;
  /** Called once a file is done. */
  readonly onFile?: () => void;
  /** Called for every file or row that could not be read. */
  readonly onProblem?: (problem: InputProblem) => void;
}

type Item = { readonly post: Post; readonly scan: PostScan } | { readonly problem: InputProblem } | { readonly empty: string };

/**
 * Every file of a run: read, parse into posts (front matter, CSV rows), scan each post (or take
 * its scan from the cache), then the run-level stage and the filters over all posts together.
 * Results keep the order of the files, rows in their order.
 */
export async function lintFiles(inputs: readonly LintInput[], options: LintFilesOptions): Promise<FileResult[]> {
  const { setup, cache } = options;
  const items: Item[] = [];
  for (const input of inputs) {
    if (input.problem) {
      report({ problem: { file: input.name, problem: input.problem } });
      options.onFile?.();
      continue;
    }
    const read = input.bytes ? { ok: true as const, bytes: input.bytes } : await readBytes(input.path!);
    if (!read.ok) {
      report({ problem: { file: input.name, problem: read.problem } });
      options.onFile?.();
      continue;
    }
    const parsed = parsePosts(input.name, read.bytes);
    const cacheable = cache && input.path !== undefined;
    const hash = cacheable ? contentHash(read.bytes) : '';
    let scans = cacheable ? cache.get(input.name, hash, parsed.posts.length) : undefined;
    if (!scans) {
      const tokenizer = parsed.posts.length > 0 ? await options.tokenizer() : undefined;
      scans = parsed.posts.map((post) => scanPost(post, setup, tokenizer!));
      if (cacheable && parsed.problems.length === 0) {
        cache.set(input.name, hash, scans, !setup.now && parsed.posts.some((p) => !p.meta.publishAt));
      }
    }
    parsed.posts.forEach((post, i) => items.push({ post, scan: scans[i]! }));
    parsed.problems.forEach((problem) => report({ problem }));
    if (parsed.posts.length === 0 && parsed.problems.length === 0) items.push({ empty: input.name });
    options.onFile?.();
  }

  const linted = items.flatMap((item) => ('post' in item ? [item] : []));
  const findings = finishRun(linted, setup);
  let next = 0;
  return items.map((item): FileResult => {
    if ('post' in item) return findings[next++]!;
    if ('empty' in item) return { file: item.empty, account: setup.account, findings: [], displaySource: '' };
    return { file: item.problem.file, account: setup.account, findings: [], displaySource: '', problem: item.problem.problem };
  });

  function report(item: { problem: InputProblem }): void {
    options.onProblem?.(item.problem);
    items.push(item);
  }
}

import { scanBatch, type BatchOptions } from './batch/scan-batch.js';
import { contentHash, type ResultCache } from './cache/result-cache.js';
import { parsePosts, readBytes, type InputProblem } from './input/read-posts.js';
import type { Post } from './input/post.js';
import { finishRun, type LinterSetup, type PostScan } from './linter.js';
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
  /** How worker threads set up, should the batch be large enough for them (scan-batch.ts). */
  readonly batch?: BatchOptions;
  readonly cache?: ResultCache;
  /** Called once a file is done. */
  readonly onFile?: () => void;
  /** Called for every file or row that could not be read. */
  readonly onProblem?: (problem: InputProblem) => void;
}

type Item = { readonly post: Post; readonly scan: PostScan } | { readonly problem: InputProblem } | { readonly empty: string };

/** A file read and parsed, with its posts' scans when the cache has them. */
interface ParsedFile {
  readonly name: string;
  readonly posts: readonly Post[];
  readonly problems: readonly InputProblem[];
  readonly hash?: string;
  scans?: PostScan[];
}

/**
 * Every file of a run: read, parse into posts (front matter, CSV rows), scan each post (or take
 * its scan from the cache), then the run-level stage and the filters over all posts together.
 * Results keep the order of the files, rows in their order. The posts the cache doesn't know
 * are scanned as one batch, which a large run shares with worker threads.
 */
export async function lintFiles(inputs: readonly LintInput[], options: LintFilesOptions): Promise<FileResult[]> {
  const { setup, cache } = options;
  const files: (ParsedFile | InputProblem)[] = [];
  for (const input of inputs) {
    if (input.problem) {
      files.push({ file: input.name, problem: input.problem });
      continue;
    }
    const read = input.bytes ? { ok: true as const, bytes: input.bytes } : await readBytes(input.path!);
    if (!read.ok) {
      files.push({ file: input.name, problem: read.problem });
      continue;
    }
    const parsed = parsePosts(input.name, read.bytes);
    const hash = cache && input.path !== undefined ? contentHash(read.bytes) : undefined;
    const scans = hash !== undefined ? cache!.get(input.name, hash, parsed.posts.length) : undefined;
    files.push({ name: input.name, posts: parsed.posts, problems: parsed.problems, hash, scans });
  }

  // Problems are told, and files the cache had are done, before the batch starts.
  const pending = new Map<ParsedFile, number>();
  for (const file of files) {
    if (!('name' in file)) {
      options.onProblem?.(file);
      options.onFile?.();
      continue;
    }
    file.problems.forEach((problem) => options.onProblem?.(problem));
    if (file.scans || file.posts.length === 0) options.onFile?.();
    else pending.set(file, file.posts.length);
  }
  const unscanned = [...pending.keys()];
  const batch = unscanned.flatMap((file) => file.posts.map((post) => ({ file, post })));
  if (batch.length > 0) {
    const scans = await scanBatch(
      batch.map((b) => b.post),
      setup,
      await options.tokenizer(),
      options.batch,
      (i) => {
        const left = pending.get(batch[i]!.file)! - 1;
        pending.set(batch[i]!.file, left);
        if (left === 0) options.onFile?.();
      },
    );
    let next = 0;
    for (const file of unscanned) {
      file.scans = scans.slice(next, next + file.posts.length);
      next += file.posts.length;
      if (file.hash !== undefined && file.problems.length === 0) {
        cache!.set(file.name, file.hash, file.scans, !setup.now && file.posts.some((p) => !p.meta.publishAt));
      }
    }
  }

  const items: Item[] = files.flatMap((file): Item[] => {
    if (!('name' in file)) return [{ problem: file }];
    const posts: Item[] = file.posts.map((post, i) => ({ post, scan: file.scans![i]! }));
    const problems: Item[] = file.problems.map((problem) => ({ problem }));
    return posts.length === 0 && problems.length === 0 ? [{ empty: file.name }] : [...posts, ...problems];
  });
  const linted = items.flatMap((item) => ('post' in item ? [item] : []));
  const findings = finishRun(linted, setup);
  let next = 0;
  return items.map((item): FileResult => {
    if ('post' in item) return findings[next++]!;
    if ('empty' in item) return { file: item.empty, account: setup.account, findings: [], displaySource: '' };
    return { file: item.problem.file, account: setup.account, findings: [], displaySource: '', problem: item.problem.problem };
  });
}

import { readFileSync } from 'node:fs';
import { describeFsError, UserError } from '../errors.js';
import type { FileProblem } from '../report/model.js';
import { csvPosts } from './csv.js';
import { decode } from './decode.js';
import { markdownPost } from './front-matter.js';
import { plainPost, type Post } from './post.js';

/** A file (or a CSV row) that could not be read as a post, and why. */
export interface InputProblem {
  readonly file: string;
  readonly problem: FileProblem;
}

/** A file given to the run: the posts it holds, and the parts of it that could not be read. */
export interface ReadResult {
  readonly file: string;
  readonly posts: readonly Post[];
  readonly problems: readonly InputProblem[];
}

/** A file's bytes (read once: the cache hashes the same bytes that are linted). */
export type FileBytes = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly problem: FileProblem };

export async function readBytes(file: string): Promise<FileBytes> {
  try {
    // Drafts are small: a synchronous read costs a tenth of the CPU of fs.promises' (no
    // file handle object, no trips to the thread pool), which adds up over thousands of files.
    return { ok: true, bytes: readFileSync(file) };
  } catch (err) {
    return { ok: false, problem: { kind: 'unreadable', message: `ファイルを読めません（${describeFsError(err)}）` } };
  }
}

/**
 * A draft file's bytes as posts: `.md` with front matter, `.csv` one post a row, anything else
 * (`.txt`, standard input) the post itself.
 */
export function parsePosts(displayName: string, bytes: Uint8Array): ReadResult {
  const decoded = decode(bytes);
  if (!decoded.ok) return failed(displayName, { kind: decoded.reason, message: decoded.message });
  const kind = /\.(md|markdown|csv)$/i.exec(displayName)?.[1]?.toLowerCase();
  try {
    if (kind === 'csv') {
      const { posts, problems } = csvPosts(displayName, decoded.text);
      return {
        file: displayName,
        posts,
        problems: problems.map((p) => ({ file: p.name, problem: toProblem(p.error) })),
      };
    }
    const post = kind ? markdownPost(displayName, decoded.text) : plainPost(displayName, decoded.text);
    return { file: displayName, posts: [post], problems: [] };
  } catch (err) {
    if (err instanceof UserError) return failed(displayName, toProblem(err));
    throw err;
  }
}

/** Reads a draft file (or stdin's bytes) into posts. */
export async function readPosts(file: string, displayName: string, bytes?: Uint8Array): Promise<ReadResult> {
  const read: FileBytes = bytes ? { ok: true, bytes } : await readBytes(file);
  if (!read.ok) return failed(displayName, read.problem);
  return parsePosts(displayName, read.bytes);
}

function failed(file: string, problem: FileProblem): ReadResult {
  return { file, posts: [], problems: [{ file, problem }] };
}

function toProblem(err: UserError): FileProblem {
  return { kind: 'invalid', message: err.message, ...(err.line ? { line: err.line } : {}) };
}

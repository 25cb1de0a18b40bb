import { readFileSync } from 'node:fs';
import { describeFsError } from '../errors.js';
import type { FileProblem } from '../report/model.js';
import { decode } from './decode.js';
import { plainPost, type Post } from './post.js';

/** A file given to the run: the posts it holds, or why it could not be read. */
export type ReadResult =
  | { readonly ok: true; readonly posts: readonly Post[] }
  | { readonly ok: false; readonly file: string; readonly problem: FileProblem };

/** Reads a draft file (or stdin's bytes) into posts. */
export async function readPosts(file: string, displayName: string, bytes?: Uint8Array): Promise<ReadResult> {
  let data = bytes;
  if (!data) {
    try {
      // Drafts are small: a synchronous read costs a tenth of the CPU of fs.promises' (no
      // file handle object, no trips to the thread pool), which adds up over thousands of files.
      data = readFileSync(file);
    } catch (err) {
      return {
        ok: false,
        file: displayName,
        problem: { kind: 'unreadable', message: `ファイルを読めません（${describeFsError(err)}）` },
      };
    }
  }
  const decoded = decode(data);
  if (!decoded.ok) return { ok: false, file: displayName, problem: { kind: decoded.reason, message: decoded.message } };
  return { ok: true, posts: [plainPost(displayName, decoded.text)] };
}

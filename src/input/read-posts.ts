import type { FileProblem } from '../report/model.js';
import { decode } from './decode.js';
import { plainPost, type Post } from './post.js';
import { readDraftBytes } from './read-bytes.js';

/** A file given to the run: the posts it holds, or why it could not be read. */
export type ReadResult =
  | { readonly ok: true; readonly posts: readonly Post[] }
  | { readonly ok: false; readonly file: string; readonly problem: FileProblem };

/** Reads a draft file (or stdin's bytes) into posts. */
export async function readPosts(file: string, displayName: string, bytes?: Uint8Array): Promise<ReadResult> {
  let data = bytes;
  if (!data) {
    const read = await readDraftBytes(file);
    if (!read.ok) return { ok: false, file: displayName, problem: { kind: 'unreadable', message: read.message } };
    data = read.bytes;
  }
  const decoded = decode(data);
  if (!decoded.ok) return { ok: false, file: displayName, problem: { kind: decoded.reason, message: decoded.message } };
  return { ok: true, posts: [plainPost(displayName, decoded.text)] };
}

import { readFileSync, statSync } from 'node:fs';
import { describeFsError } from '../errors.js';

/** A draft is a post or a bulk-scheduling export: far below this. Larger files are not drafts. */
export const MAX_DRAFT_BYTES = 64 * 1024 * 1024;

export type ReadBytes = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly message: string };

/**
 * A draft file's bytes. Only regular files are read: a FIFO would block the run forever and a
 * device such as /dev/zero never ends; a huge file would exhaust memory in the tokenizer.
 */
export async function readDraftBytes(file: string): Promise<ReadBytes> {
  try {
    // Drafts are small: synchronous calls cost a fraction of the CPU of fs.promises' (no file
    // handle objects, no trips to the thread pool), which adds up over thousands of files.
    const info = statSync(file);
    if (info.isDirectory()) return { ok: false, message: 'ファイルを読めません（フォルダです）' };
    if (!info.isFile()) return { ok: false, message: 'ファイルを読めません（通常のファイルではありません）' };
    if (info.size > MAX_DRAFT_BYTES) {
      return { ok: false, message: `ファイルが大きすぎます（${Math.round(info.size / 1024 / 1024)} MB。下書きは ${MAX_DRAFT_BYTES / 1024 / 1024} MB までです）` };
    }
    return { ok: true, bytes: readFileSync(file) };
  } catch (err) {
    return { ok: false, message: `ファイルを読めません（${describeFsError(err)}）` };
  }
}

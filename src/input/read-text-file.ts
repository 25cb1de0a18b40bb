import { readFileSync } from 'node:fs';
import { describeFsError, UserError } from '../errors.js';
import { decode } from './decode.js';

/**
 * A config, rule, profile or word-list file as text, decoded like a draft: a file saved by a
 * municipal PC in Shift_JIS, or with a BOM, means what its author wrote (read as UTF-8 it
 * would silently become mojibake, and a BOM would stick to the first word of a word list).
 */
export function readTextFileSync(file: string): string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    throw new UserError(`ファイルを読めません（${describeFsError(err)}）`, file);
  }
  const decoded = decode(bytes);
  if (decoded.ok) return decoded.text;
  throw new UserError(
    decoded.reason === 'binary' ? 'テキストファイルではありません（バイナリファイルです）' : `ファイルを読めません: ${decoded.message}`,
    file,
  );
}

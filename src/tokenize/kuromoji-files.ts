import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';

const gunzipAsync = promisify(gunzip);
const require = createRequire(import.meta.url);

/** kuromoji's dictionary files (dict/NAME.dat.gz), in the order its own loader reads them. */
export const DICTIONARY_FILES = [
  'base',
  'check',
  'tid',
  'tid_pos',
  'tid_map',
  'cc',
  'unk',
  'unk_pos',
  'unk_map',
  'unk_char',
  'unk_compat',
  'unk_invoke',
] as const;

export type DictionaryFile = (typeof DICTIONARY_FILES)[number];

/** The decompressed bytes of every dictionary file: exactly what kuromoji's loader works on. */
export type DictionaryBytes = Readonly<Record<DictionaryFile, Uint8Array>>;

/** What identifies the installed dictionary: a cache of it is stale when any of this changes. */
export interface DictionarySource {
  readonly kuromojiVersion: string;
  readonly files: Readonly<Record<DictionaryFile, { readonly size: number; readonly mtimeMs: number }>>;
}

export function kuromojiDir(): string {
  return path.dirname(require.resolve('kuromoji/package.json'));
}

export function kuromojiDictPath(): string {
  return path.join(kuromojiDir(), 'dict');
}

export function kuromojiVersion(): string {
  return (require('kuromoji/package.json') as { version: string }).version;
}

export async function describeDictionary(): Promise<DictionarySource> {
  const dir = kuromojiDictPath();
  const entries = await Promise.all(
    DICTIONARY_FILES.map(async (name) => {
      const s = await stat(path.join(dir, `${name}.dat.gz`));
      return [name, { size: s.size, mtimeMs: s.mtimeMs }] as const;
    }),
  );
  return { kuromojiVersion: kuromojiVersion(), files: Object.fromEntries(entries) as DictionarySource['files'] };
}

/**
 * Decompresses the dictionary with Node's native zlib, all files at once on the thread pool.
 * Each file is inflated into one buffer of its final size (the gzip trailer records it), which
 * saves kuromoji's loader two full copies of ~100 MB: the join of zlib's output chunks and a
 * copy into a fresh Uint8Array.
 */
export async function decodeDictionary(): Promise<DictionaryBytes> {
  const dir = kuromojiDictPath();
  const entries = await Promise.all(
    DICTIONARY_FILES.map(async (name) => {
      const gz = await readFile(path.join(dir, `${name}.dat.gz`));
      // ISIZE: the uncompressed length modulo 2^32, the last 4 bytes of a gzip member.
      const size = gz.length >= 4 ? gz.readUInt32LE(gz.length - 4) : 0;
      const out = await gunzipAsync(gz, { chunkSize: Math.max(64, size + 64) });
      return [name, new Uint8Array(out.buffer, out.byteOffset, out.byteLength)] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<DictionaryFile, Uint8Array>;
}

import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import * as zlib from 'node:zlib';
import envPaths from 'env-paths';
import * as z from 'zod';
import { DICTIONARY_FILES, kuromojiDir, type DictionaryBytes, type DictionaryFile, type DictionarySource } from './kuromoji-files.js';

/**
 * kuromoji's dictionary, decompressed, kept on disk so that later runs read it instead of
 * inflating ~100 MB of gzip. Each file is stored without its trailing zero padding (a third of
 * it) and read back into a zero-filled buffer of its full size, so the bytes are exactly the
 * decompressed ones. A header records the dictionary it was made from and a CRC-32 of every
 * section; anything that doesn't match means "no cache", and the caller loads normally.
 */

const MAGIC = 'SNSLDIC1';
const FILE_NAME = 'kuromoji-dictionary.bin';
/** Sections start on 8-byte boundaries, so a reader could map them as typed arrays. */
const ALIGN = 8;

const Count = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

const SectionSpec = z.object({
  name: z.enum(DICTIONARY_FILES),
  /** Decompressed size. */
  length: Count,
  /** Bytes stored: the decompressed bytes up to the last non-zero one. */
  stored: Count,
  /** Where the stored bytes start, counted from the first 8-byte boundary after the header. */
  offset: Count,
  crc32: Count,
});

/** The header is read back from disk, where anything may have happened to it. */
const HeaderSpec = z.object({
  source: z.unknown(),
  sections: z.array(SectionSpec),
});

type Section = z.infer<typeof SectionSpec>;
type Header = z.infer<typeof HeaderSpec>;

/** zlib.crc32 arrived in Node 20.15; without it the cache can't be verified, so it is not used. */
const crc32: ((data: Uint8Array) => number) | undefined = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

/**
 * Folders the cache may live in, most preferred first: `SNS_LINT_CACHE_DIR` when set; else
 * node_modules/.cache/sns-lint beside the installed packages (the usual place for build caches,
 * removed with node_modules), then the user's cache folder (~/.cache/sns-lint on Linux) for
 * installs whose node_modules can't be written, such as a global one.
 */
export function cacheDirs(env: NodeJS.ProcessEnv = process.env): string[] {
  if (env.SNS_LINT_CACHE_DIR) return [path.resolve(env.SNS_LINT_CACHE_DIR)];
  const dirs: string[] = [];
  const nodeModules = path.dirname(kuromojiDir());
  if (path.basename(nodeModules) === 'node_modules') dirs.push(path.join(nodeModules, '.cache', 'sns-lint'));
  dirs.push(envPaths('sns-lint', { suffix: '' }).cache);
  return dirs;
}

/** The cached dictionary of `source` from the first folder that has a valid one, else undefined. */
export async function readCachedDictionary(dirs: readonly string[], source: DictionarySource): Promise<DictionaryBytes | undefined> {
  if (!crc32) return undefined;
  for (const dir of dirs) {
    const bytes = await readCacheFile(path.join(dir, FILE_NAME), source).catch(() => undefined);
    if (bytes) return bytes;
  }
  return undefined;
}

async function readCacheFile(file: string, source: DictionarySource): Promise<DictionaryBytes | undefined> {
  const handle = await open(file, 'r');
  try {
    const prefix = Buffer.alloc(MAGIC.length + 4);
    await handle.read(prefix, 0, prefix.length, 0);
    if (prefix.toString('latin1', 0, MAGIC.length) !== MAGIC) return undefined;
    const headerBytes = Buffer.alloc(prefix.readUInt32LE(MAGIC.length));
    const { bytesRead } = await handle.read(headerBytes, 0, headerBytes.length, prefix.length);
    if (bytesRead !== headerBytes.length) return undefined;
    const header = HeaderSpec.parse(JSON.parse(headerBytes.toString('utf8')));
    if (JSON.stringify(header.source) !== JSON.stringify(source)) return undefined;
    if (header.sections.map((s) => s.name).join() !== DICTIONARY_FILES.join()) return undefined;
    const dataStart = alignUp(prefix.length + headerBytes.length);

    const sections = await Promise.all(
      header.sections.map(async (s) => {
        if (s.stored > s.length) return undefined;
        // Zero-filled, so the padding that was not stored reads as it was decompressed (and
        // pages never written to take no memory). Not shared memory: with the dictionary in a
        // SharedArrayBuffer, V8's minor collections promoted half of what tokenizing allocated
        // (196 MB over the bench's 2,000 drafts; 4 MB without), and the run spent 0.4 s more
        // collecting it. Worker threads get a shared copy (tokenizer.ts, sharedDictionary).
        const bytes = new Uint8Array(new ArrayBuffer(s.length));
        for (let done = 0; done < s.stored; ) {
          const { bytesRead } = await handle.read(bytes, done, s.stored - done, dataStart + s.offset + done);
          if (bytesRead === 0) return undefined;
          done += bytesRead;
        }
        if (crc32!(bytes.subarray(0, s.stored)) !== s.crc32) return undefined;
        return [s.name, bytes] as const;
      }),
    );
    if (sections.some((s) => s === undefined)) return undefined;
    return Object.fromEntries(sections as [DictionaryFile, Uint8Array][]) as DictionaryBytes;
  } finally {
    await handle.close();
  }
}

/**
 * Writes the cache into the first folder that takes it, atomically (a temporary file renamed
 * into place), so a reader never sees half a file even with several runs starting at once.
 * Failing to write (read-only install, full disk) costs only the speed-up: nothing is thrown.
 */
export async function writeCachedDictionary(dirs: readonly string[], source: DictionarySource, bytes: DictionaryBytes): Promise<boolean> {
  if (!crc32) return false;
  const parts: Uint8Array[] = [];
  const sections: Section[] = [];
  let offset = 0;
  for (const name of DICTIONARY_FILES) {
    const stored = bytes[name].subarray(0, contentLength(bytes[name]));
    sections.push({ name, length: bytes[name].length, stored: stored.length, offset, crc32: crc32(stored) });
    const padding = alignUp(stored.length) - stored.length;
    parts.push(stored, new Uint8Array(padding));
    offset += stored.length + padding;
  }
  const header = Buffer.from(JSON.stringify({ source, sections } satisfies Header));
  const prefix = Buffer.alloc(MAGIC.length + 4);
  prefix.write(MAGIC, 0, 'latin1');
  prefix.writeUInt32LE(header.length, MAGIC.length);
  const start = prefix.length + header.length;
  parts.unshift(prefix, header, new Uint8Array(alignUp(start) - start));
  const total = parts.reduce((n, part) => n + part.length, 0);

  for (const dir of dirs) {
    const file = path.join(dir, FILE_NAME);
    const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      await mkdir(dir, { recursive: true });
      const handle = await open(temp, 'wx');
      try {
        // One call, so the write goes on in the thread pool while the run lints.
        const { bytesWritten } = await handle.writev(parts, 0);
        if (bytesWritten !== total) throw new Error('short write');
      } finally {
        await handle.close();
      }
      await rename(temp, file);
      return true;
    } catch {
      await rm(temp, { force: true }).catch(() => {});
    }
  }
  return false;
}

/** Length up to and including the last non-zero byte. */
function contentLength(bytes: Uint8Array): number {
  let end = bytes.length;
  while (end > 0 && bytes[end - 1] === 0) end--;
  return end;
}

function alignUp(n: number): number {
  return Math.ceil(n / ALIGN) * ALIGN;
}


import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheDirs, readCachedDictionary, writeCachedDictionary } from '../../src/tokenize/dictionary-cache.js';
import { DICTIONARY_FILES, type DictionaryBytes, type DictionarySource } from '../../src/tokenize/kuromoji-files.js';
import { makeTree } from '../helpers/cli.js';

/** Small stand-ins for the dictionary files: some content, then zero padding, as kuromoji's are. */
function fakeBytes(seed = 1): DictionaryBytes {
  return Object.fromEntries(
    DICTIONARY_FILES.map((name, i) => {
      const bytes = new Uint8Array(64 + i * 24);
      for (let k = 0; k < 20 + i; k++) bytes[k] = (k * 31 + i * 7 + seed) % 251 || 1;
      return [name, bytes];
    }),
  ) as unknown as DictionaryBytes;
}

function fakeSource(mtimeMs = 1000): DictionarySource {
  return {
    kuromojiVersion: '0.1.2',
    files: Object.fromEntries(DICTIONARY_FILES.map((name) => [name, { size: 100, mtimeMs }])) as DictionarySource['files'],
  };
}

const cacheFile = (dir: string) => path.join(dir, 'kuromoji-dictionary.bin');

describe('the decoded-dictionary cache', () => {
  it('gives back exactly the bytes it was given, padding included, at their full length', async () => {
    const dir = makeTree({});
    const bytes = fakeBytes();
    expect(await writeCachedDictionary([dir], fakeSource(), bytes)).toBe(true);
    const read = await readCachedDictionary([dir], fakeSource());
    for (const name of DICTIONARY_FILES) expect(Buffer.from(read![name]).equals(Buffer.from(bytes[name])), name).toBe(true);
  });

  it('stores the files without their trailing zeros', async () => {
    const dir = makeTree({});
    await writeCachedDictionary([dir], fakeSource(), fakeBytes());
    const full = DICTIONARY_FILES.reduce((n, name) => n + fakeBytes()[name].length, 0);
    expect(readFileSync(cacheFile(dir)).length).toBeLessThan(full);
  });

  it('is not used for another dictionary (a reinstalled or different kuromoji)', async () => {
    const dir = makeTree({});
    await writeCachedDictionary([dir], fakeSource(1000), fakeBytes());
    expect(await readCachedDictionary([dir], fakeSource(2000))).toBeUndefined();
    expect(await readCachedDictionary([dir], { ...fakeSource(1000), kuromojiVersion: '0.1.3' })).toBeUndefined();
  });

  it('is not used when a stored byte has changed, or the file is cut short or is not a cache', async () => {
    const dir = makeTree({});
    await writeCachedDictionary([dir], fakeSource(), fakeBytes());
    const good = readFileSync(cacheFile(dir));

    const flipped = Buffer.from(good);
    flipped[flipped.length - 60]! ^= 0x01;
    writeFileSync(cacheFile(dir), flipped);
    expect(await readCachedDictionary([dir], fakeSource())).toBeUndefined();

    writeFileSync(cacheFile(dir), good.subarray(0, good.length - 10));
    expect(await readCachedDictionary([dir], fakeSource())).toBeUndefined();

    writeFileSync(cacheFile(dir), 'not a cache');
    expect(await readCachedDictionary([dir], fakeSource())).toBeUndefined();

    writeFileSync(cacheFile(dir), good);
    expect(await readCachedDictionary([dir], fakeSource())).toBeDefined();
  });

  it('reads from the first folder that has a valid cache', async () => {
    const [empty, full] = [makeTree({}), makeTree({})];
    await writeCachedDictionary([full], fakeSource(), fakeBytes(5));
    const read = await readCachedDictionary([empty, full], fakeSource());
    expect(Buffer.from(read!.tid).equals(Buffer.from(fakeBytes(5).tid))).toBe(true);
  });

  it('writes to the next folder when one cannot be written, leaving no temporary file', async () => {
    const tree = makeTree({ 'file.txt': 'x' });
    // A folder under a regular file can never be created, whoever runs the test (root too).
    const unwritable = path.join(tree, 'file.txt', 'cache');
    const writable = makeTree({});
    expect(await writeCachedDictionary([unwritable, writable], fakeSource(), fakeBytes())).toBe(true);
    expect(readdirSync(tree)).toEqual(['file.txt']);
    expect(readdirSync(writable)).toEqual(['kuromoji-dictionary.bin']);
  });

  it('reports failure when no folder can be written, without throwing', async () => {
    const file = path.join(makeTree({ 'file.txt': 'x' }), 'file.txt');
    expect(await writeCachedDictionary([path.join(file, 'cache')], fakeSource(), fakeBytes())).toBe(false);
  });

  it('replaces a cache atomically, leaving only the finished file', async () => {
    const dir = makeTree({});
    await Promise.all([1, 2, 3].map((seed) => writeCachedDictionary([dir], fakeSource(), fakeBytes(seed))));
    expect(readdirSync(dir)).toEqual(['kuromoji-dictionary.bin']);
    expect(await readCachedDictionary([dir], fakeSource())).toBeDefined();
  });

  it('lives where SNS_LINT_CACHE_DIR says, else beside node_modules, then in the user cache folder', () => {
    expect(cacheDirs({ SNS_LINT_CACHE_DIR: 'some/where' })).toEqual([path.resolve('some/where')]);
    const dirs = cacheDirs({});
    expect(dirs[0]).toMatch(/node_modules[\\/]\.cache[\\/]sns-lint$/);
    expect(dirs).toHaveLength(2);
  });
});

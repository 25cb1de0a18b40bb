import * as fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectInputs, displayPath } from '../../src/input/collect.js';
import { walkFolder, type WalkFs } from '../../src/input/walk-folder.js';
import { makeTree } from '../helpers/cli.js';

const OPTIONS = { extensions: ['txt', 'md', 'csv'], ignore: ['**/node_modules/**', '**/.*/**', '**/.*'] };

/** node:fs, except that listing the folders named `denied` fails as it would without permission. */
function denying(denied: string): WalkFs {
  const readdir = ((p: fs.PathLike, options: unknown, cb: (err: NodeJS.ErrnoException | null, e?: unknown) => void) => {
    if (path.basename(String(p).replace(/[\\/]+$/, '')) === denied) {
      const err: NodeJS.ErrnoException = Object.assign(new Error(`EACCES: permission denied, scandir '${p}'`), { code: 'EACCES' });
      return process.nextTick(() => cb(err));
    }
    return (fs.readdir as Function)(p, options, cb);
  }) as typeof fs.readdir;
  return { ...fs, readdir };
}

describe('walkFolder', () => {
  it('reports a folder it may not read instead of passing over it (failure injected at the fs boundary)', async () => {
    const dir = makeTree({ 'posts/a.txt': 'a', 'posts/secret/b.txt': 'b', 'posts/.git/secret/c.txt': 'c' });
    const walked = await walkFolder(path.join(dir, 'posts'), { ...OPTIONS, fs: denying('secret') });
    expect(walked.files.map((f) => displayPath(f, dir))).toEqual(['posts/a.txt']);
    expect(walked.unreadable.map((u) => [displayPath(u.path, dir), u.message])).toEqual([
      ['posts/secret', 'フォルダを読めません（読み取る権限がありません）'],
    ]);
  });

  it('reports links that lead nowhere or round in a circle, and only those that look like drafts', async () => {
    const dir = makeTree({ 'posts/a.txt': 'a' });
    fs.symlinkSync('nowhere.txt', path.join(dir, 'posts/dead.txt'));
    fs.symlinkSync('self.md', path.join(dir, 'posts/self.md'));
    fs.symlinkSync('nowhere.png', path.join(dir, 'posts/picture.png'));
    const walked = await walkFolder(path.join(dir, 'posts'), OPTIONS);
    expect(walked.files.map((f) => displayPath(f, dir))).toEqual(['posts/a.txt']);
    expect(walked.unreadable.map((u) => [displayPath(u.path, dir), u.message])).toEqual([
      ['posts/dead.txt', 'ファイルを読めません（リンク先がありません）'],
      ['posts/self.md', 'ファイルを読めません（シンボリックリンクが循環しています）'],
    ]);
  });

  it('lints a file reached again through a link loop once, under its own path', async () => {
    const dir = makeTree({ 'posts/sub/a.txt': 'a', 'posts/b.txt': 'b' });
    fs.symlinkSync('.', path.join(dir, 'posts/loop'));
    fs.symlinkSync('..', path.join(dir, 'posts/sub/up'));
    const walked = await walkFolder(path.join(dir, 'posts'), OPTIONS);
    expect(walked.files.map((f) => displayPath(f, dir))).toEqual(['posts/b.txt', 'posts/sub/a.txt']);
  });

  it('names a dangling link given on the command line for what it is', async () => {
    const dir = makeTree({});
    fs.symlinkSync('nowhere.txt', path.join(dir, 'dead.txt'));
    await expect(collectInputs(['dead.txt'], dir)).rejects.toThrow(/シンボリックリンクのリンク先がありません/);
  });
});

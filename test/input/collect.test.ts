import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectFiles, displayPath } from '../../src/input/collect.js';
import { UserError } from '../../src/errors.js';
import { makeTree } from '../helpers/cli.js';

describe('collectFiles', () => {
  const dir = makeTree({
    'posts/a.txt': 'a',
    'posts/sub/b.md': 'b',
    'posts/c.csv': 'c',
    'posts/image.png': 'x',
    'posts/node_modules/x.txt': 'x',
    'posts/.drafts/y.txt': 'y',
    'other/z.txt': 'z',
  });
  const rel = (files: string[]) => files.map((f) => displayPath(f, dir));

  it('walks folders for .txt, .md and .csv, skipping node_modules and dot-folders', async () => {
    expect(rel(await collectFiles(['posts'], dir))).toEqual(['posts/a.txt', 'posts/c.csv', 'posts/sub/b.md']);
  });

  it('expands globs and keeps files as given, without duplicates', async () => {
    expect(rel(await collectFiles(['**/*.txt', 'posts/a.txt'], dir))).toEqual(['other/z.txt', 'posts/a.txt']);
  });

  it('reports a missing path or a glob that matches nothing', async () => {
    await expect(collectFiles(['nope.txt'], dir)).rejects.toThrow(UserError);
    await expect(collectFiles(['*.nothing'], dir)).rejects.toThrow(/当てはまるファイルがありません/);
  });

  it('shows paths relative to the working directory', () => {
    expect(displayPath(path.join(dir, 'posts', 'a.txt'), dir)).toBe('posts/a.txt');
  });
});

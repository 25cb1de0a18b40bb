import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDraftBytes } from '../../src/input/read-bytes.js';
import { readPosts } from '../../src/input/read-posts.js';
import { makeTree } from '../helpers/cli.js';

describe('readDraftBytes', () => {
  it('reads a regular file', async () => {
    const dir = makeTree({ 'a.txt': '晴れ' });
    const r = await readDraftBytes(path.join(dir, 'a.txt'));
    expect(r.ok && Buffer.from(r.bytes).toString()).toBe('晴れ');
  });

  it('says what is wrong with a folder where a file was expected, or a missing file', async () => {
    const dir = makeTree({ 'folder.txt/a.txt': 'x' });
    expect(await readPosts(path.join(dir, 'folder.txt'), 'folder.txt')).toEqual({
      file: 'folder.txt',
      posts: [],
      problems: [{ file: 'folder.txt', problem: { kind: 'unreadable', message: 'ファイルを読めません（フォルダです）' } }],
    });
    expect(await readDraftBytes(path.join(dir, 'gone.txt'))).toEqual({ ok: false, message: 'ファイルを読めません（ファイルが見つかりません）' });
  });

  it('refuses a FIFO, which would block the run forever, and a device that never ends', async () => {
    const dir = makeTree({});
    const fifo = path.join(dir, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    expect(await readDraftBytes(fifo)).toEqual({ ok: false, message: 'ファイルを読めません（通常のファイルではありません）' });
    expect(await readDraftBytes('/dev/zero')).toEqual({ ok: false, message: 'ファイルを読めません（通常のファイルではありません）' });
  }, 20_000);
});

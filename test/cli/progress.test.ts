import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { isCi, PROGRESS_MIN_FILES } from '../../src/cli/progress.js';
import { run } from '../../src/cli/program.js';
import { makeTree } from '../helpers/cli.js';

/** The command run in this process, with standard error as a terminal or not. */
async function lintInProcess(dir: string, stderrIsTTY: boolean, env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const stdin = Object.assign(Readable.from([]), { isTTY: true });
  const io: CliIo = {
    cwd: dir,
    env: { NO_COLOR: '1', ...env },
    stdin,
    write: (s) => void (stdout += s),
    writeError: (s) => void (stderr += s),
    stdoutIsTTY: false,
    stderrIsTTY,
    stderrColumns: 100,
  };
  const code = await run(['--format', 'json', 'posts'], io);
  return { code, stdout, stderr };
}

describe('progress bar', () => {
  const many = Object.fromEntries(Array.from({ length: PROGRESS_MIN_FILES + 2 }, (_, i) => [`posts/${String(i).padStart(2, '0')}.txt`, `お知らせ${i}です。`]));
  const dir = makeTree(many);

  it('is drawn on standard error for many files at a terminal, and cleared before the report', async () => {
    const r = await lintInProcess(dir, true);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/点検中 \[.*\] \d+\/12 ファイル/);
    // The cursor is shown again and the bar's line erased: nothing of it stays on the screen.
    expect(r.stderr).toContain('\u001b[?25h');
    expect(r.stderr.endsWith('\u001b[2K')).toBe(true);
    expect(JSON.parse(r.stdout).summary.files).toBe(12);
  });

  it('is never drawn into a pipe, in CI, or for a few files', async () => {
    expect((await lintInProcess(dir, false)).stderr).toBe('');
    expect((await lintInProcess(dir, true, { CI: 'true' })).stderr).toBe('');
    expect((await lintInProcess(dir, true, { GITHUB_ACTIONS: 'true' })).stderr).toBe('');
    expect((await lintInProcess(makeTree({ 'posts/a.txt': 'お知らせ' }), true)).stderr).toBe('');
  });

  it('tells CI from its environment', () => {
    expect(isCi({ CI: 'true' })).toBe(true);
    expect(isCi({ BUILD_NUMBER: '12' })).toBe(true);
    expect(isCi({ CI: 'false' })).toBe(false);
    expect(isCi({})).toBe(false);
  });
});

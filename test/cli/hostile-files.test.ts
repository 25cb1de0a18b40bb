import { symlinkSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTree, runCliAsync, type CliRun } from '../helpers/cli.js';

const INSULT = 'あいつはバカだ。';
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);

interface JsonResult {
  file: string;
  problem?: { kind: string; message: string };
  findings: Array<{ category: string; offset: number; text: string; line: number; column: number }>;
}

/** Results with their insult findings (the same draft in several files is also reported as spam). */
function results(stdout: string): JsonResult[] {
  return JSON.parse(stdout).results.map((r: JsonResult) => ({ ...r, findings: r.findings.filter((f) => f.category === 'insult') }));
}

describe('a folder of every kind of file a repository holds', () => {
  const dir = makeTree({
    'posts/a b.txt': INSULT,
    'posts/下書き/告知 (1).txt': INSULT,
    'posts/empty.txt': '',
    'posts/bom.txt': `\uFEFF${INSULT}`,
    'posts/euc.txt': iconv.encode(INSULT, 'euc-jp'),
    'posts/picture.txt': PNG,
    'posts/latin1.txt': Buffer.from('Ménière für Sie', 'latin1'),
  });
  symlinkSync('nowhere.txt', path.join(dir, 'posts/dead.txt'));
  symlinkSync('.', path.join(dir, 'posts/loop'));
  let run: CliRun;
  beforeAll(async () => {
    run = await runCliAsync(['--format', 'json', 'posts'], { cwd: dir });
  });

  it('lists every file once, in order, with what was found or why it was not read', () => {
    expect(results(run.stdout).map((r) => [r.file, r.problem?.kind ?? r.findings.map((f) => f.text).join()])).toEqual([
      ['posts/a b.txt', 'バカ'],
      ['posts/bom.txt', 'バカ'],
      ['posts/empty.txt', ''],
      ['posts/euc.txt', 'バカ'],
      ['posts/latin1.txt', 'encoding'],
      ['posts/picture.txt', 'binary'],
      ['posts/下書き/告知 (1).txt', 'バカ'],
      ['posts/dead.txt', 'unreadable'],
    ]);
  });

  it('keeps positions exact whatever the encoding (a BOM is not counted)', () => {
    for (const r of results(run.stdout).filter((x) => x.findings.length > 0)) {
      expect(r.findings[0]).toMatchObject({ offset: 4, line: 1, column: 5 });
    }
  });

  it('says on stderr, one line each, what could not be read, and exits 2 for unreadable input', () => {
    expect(run.code).toBe(2);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(/^sns-lint: posts\/latin1\.txt: .*Latin-1.*UTF-8 で保存し直してください$/),
      expect.stringMatching(/^sns-lint: posts\/picture\.txt: バイナリファイルのため読み飛ばしました/),
      'sns-lint: posts/dead.txt: ファイルを読めません（リンク先がありません）',
    ]);
  });

  it('shows the same in the stylish report', async () => {
    const stylish = await runCliAsync(['posts'], { cwd: dir });
    expect(stylish.stdout).toContain('posts/下書き/告知 (1).txt');
    expect(stylish.stdout).toMatch(/posts\/dead\.txt\n\s+ファイルを読めません（リンク先がありません）/);
    expect(stylish.stdout).toContain('うち 3 ファイルは点検できませんでした');
  });
});

describe('a skipped binary file leaves the rest of the run as it was', () => {
  it('exit code and findings come from the other files alone', async () => {
    const dir = makeTree({ 'clean.txt': '今日は晴れです。', 'bad.txt': INSULT, 'picture.txt': PNG });
    expect((await runCliAsync(['clean.txt', 'picture.txt'], { cwd: dir })).code).toBe(0);
    const withBad = await runCliAsync(['--format', 'json', 'bad.txt', 'picture.txt'], { cwd: dir });
    expect(withBad.code).toBe(1);
    expect(JSON.parse(withBad.stdout).summary).toEqual({ files: 2, errors: 1, warnings: 0, infos: 0 });
  });

  it('a binary file on standard input is skipped the same way', async () => {
    const r = await runCliAsync(['--format', 'json', '-'], { input: PNG });
    expect(r.code).toBe(0);
    expect(results(r.stdout)[0]!.problem?.kind).toBe('binary');
  });
});

describe('thousands of files in a folder', () => {
  it('are read without running out of file descriptors (ulimit -n 128)', async () => {
    const files: Record<string, string> = { 'posts/zz.txt': INSULT };
    for (let i = 0; i < 3000; i++) files[`posts/p${String(i).padStart(4, '0')}.txt`] = `今日は晴れです。${i}`;
    const dir = makeTree(files);
    const r = await runCliAsync([], { cwd: dir, shell: 'ulimit -n 128 && exec "$NODE" "$SNS_LINT" --format json posts' });
    expect(r.stderr).not.toMatch(/EMFILE/);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).summary).toEqual({ files: 3001, errors: 1, warnings: 0, infos: 0 });
  }, 120_000);
});

describe('a 3 MB draft', () => {
  it('finishes, and finds exactly what is in it where it is (one line of a million characters)', async () => {
    const filler = '市役所のごみ収集日程'.repeat(50_000);
    const middle = `。${INSULT}`;
    const draft = `${INSULT}${filler}${middle}${filler}\r\n${INSULT}`;
    expect(Buffer.byteLength(draft)).toBeGreaterThan(3_000_000);
    const dir = makeTree({ 'big.txt': draft });
    const r = await runCliAsync(['--format', 'json', 'big.txt'], { cwd: dir, killAfterMs: 900_000 });
    expect(r.code).toBe(1);
    const insults = results(r.stdout)[0]!.findings.filter((f) => f.text === 'バカ');
    const second = INSULT.length + filler.length + 1 + 4;
    const third = draft.length - INSULT.length + 4;
    expect(insults.map((f) => [f.offset, f.line, f.column])).toEqual([
      [4, 1, 5],
      [second, 1, second + 1],
      [third, 2, 5],
    ]);
  }, 1_000_000);
});

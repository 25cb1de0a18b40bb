import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { makeTree, ROOT, runCli } from '../helpers/cli.js';

const INSULT = 'あいつはバカだ。';

function findings(stdout: string) {
  return JSON.parse(stdout).results.flatMap((r: { findings: unknown[] }) => r.findings);
}

describe('sns-lint (as a process)', () => {
  it('reports the insult at line 1, column 5 with the clause of the chosen guideline', () => {
    const dir = makeTree({ 'a.txt': INSULT });
    for (const [guideline, id, title] of [
      ['akita', '4(5)', '他者を侮蔑するもの'],
      ['tatsuno', '3(7)(ア)', '不敬な言い方を含む情報'],
    ]) {
      const r = runCli(['--guideline', guideline!, '--format', 'json', 'a.txt'], { cwd: dir });
      expect(r.code).toBe(1);
      const [f] = findings(r.stdout);
      expect(f).toMatchObject({ category: 'insult', line: 1, column: 5, endLine: 1, endColumn: 7, offset: 4, length: 2, text: 'バカ' });
      expect(f.clauses[0]).toEqual({ guideline, id, title });
    }
  });

  it('keeps exact positions in CRLF files and Shift_JIS files', () => {
    const dir = makeTree({ 'crlf.txt': `お知らせ\r\n${INSULT}\r\n`, 'sjis.txt': iconv.encode(INSULT, 'cp932'), 'bom.txt': `\uFEFF${INSULT}` });
    const r = runCli(['--format', 'json', 'crlf.txt', 'sjis.txt', 'bom.txt'], { cwd: dir });
    // (The three drafts are also the same post three times: only the insult is looked at here.)
    const [crlf, sjis, bom] = JSON.parse(r.stdout).results.map((x: { findings: Array<{ category: string }> }) =>
      x.findings.filter((f) => f.category === 'insult'),
    );
    expect(crlf[0]).toMatchObject({ line: 2, column: 5, offset: 10, text: 'バカ' });
    expect(sjis[0]).toMatchObject({ line: 1, column: 5, offset: 4, text: 'バカ' });
    expect(bom[0]).toMatchObject({ line: 1, column: 5, offset: 4, text: 'バカ' });
  });

  it('reads piped standard input, with or without "-"', () => {
    for (const args of [['--format', 'json'], ['--format', 'json', '-']]) {
      const r = runCli(args, { input: INSULT });
      expect(r.code).toBe(1);
      expect(JSON.parse(r.stdout).results[0].file).toBe('<stdin>');
      expect(findings(r.stdout)[0]).toMatchObject({ offset: 4, text: 'バカ' });
    }
  });

  it('exits 1 on the shipped problem example and 0 on the clean one', () => {
    const bad = runCli(['examples/problem-draft.txt']);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('根拠:');
    expect(runCli(['examples/clean-draft.txt']).code).toBe(0);
  });

  it('lists every file given, clean ones with no findings', () => {
    const dir = makeTree({ 'posts/a.txt': INSULT, 'posts/b.txt': '今日は晴れ', 'posts/sub/c.md': '花火大会です' });
    const r = runCli(['--format', 'json', 'posts'], { cwd: dir });
    const results = JSON.parse(r.stdout).results.map((x: { file: string; findings: unknown[] }) => [x.file, x.findings.length]);
    expect(results).toEqual([['posts/a.txt', 1], ['posts/b.txt', 0], ['posts/sub/c.md', 0]]);
    expect(JSON.parse(r.stdout).summary).toEqual({ files: 3, errors: 1, warnings: 0, infos: 0 });
  });

  describe('user mistakes: one Japanese line, exit 2, no stack trace', () => {
    const cases: Array<[string, string[], RegExp]> = [
      ['missing file', ['nope.txt'], /nope\.txt: ファイルが見つかりません/],
      ['unknown option', ['--formt', 'json', 'x.txt'], /不明なオプション「--formt」/],
      ['bad choice', ['--format', 'xml', 'x.txt'], /--format .*「xml」は使えません/],
      ['unknown guideline', ['--guideline', 'sapporo', 'x.txt'], /ガイドライン「sapporo」はありません/],
      ['bad account', ['--account', 'public', 'x.txt'], /「public」は使えません/],
      ['bad --max-warnings', ['--max-warnings', 'many', 'x.txt'], /0 以上の整数/],
      ['bad --now', ['--now', '2026-02-30', 'x.txt'], /--now の日付「2026-02-30」/],
      ['missing --config', ['--config', 'none.yaml', 'x.txt'], /none\.yaml: 設定ファイルが見つかりません/],
    ];
    it.each(cases)('%s', (_name, args, message) => {
      const dir = makeTree({ 'x.txt': '晴れ' });
      const r = runCli(args, { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });

    it('a broken config names the file and line', () => {
      const dir = makeTree({ 'x.txt': '晴れ', '.sns-lint.yaml': 'guideline: akita\ndisable: [religous]\n' });
      const r = runCli(['x.txt'], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/\.sns-lint\.yaml.*religous/);
      const typo = runCli(['x.txt'], { cwd: makeTree({ 'x.txt': '晴れ', '.sns-lint.yaml': 'acount: private\n' }) });
      expect(typo.stderr).toMatch(/\.sns-lint\.yaml:1: .*acount/);
    });
  });

  it('uses the config found upward: guideline, account, disabled rules, extra rules', () => {
    const dir = makeTree({
      '.sns-lint.yaml': 'guideline: tatsuno\naccount: private\ndisable: [confidential]\nrules: [local.yaml]\n',
      'local.yaml': `- id: insult/local-word
  category: insult
  severity: warning
  message: 「{match}」は使わないでください。
  pattern: ぽんこつ
  examples: { invalid: [ぽんこつ], valid: [ぽんかん] }
`,
      'posts/a.txt': 'ここだけの話、あのぽんこつ',
    });
    const r = runCli(['--format', 'json', 'a.txt'], { cwd: path.join(dir, 'posts') });
    const out = JSON.parse(r.stdout);
    expect(out.guideline.id).toBe('tatsuno');
    expect(out.results[0].account).toBe('private');
    expect(out.results[0].findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['insult/local-word']);
    expect(r.code).toBe(0);
  });

  it('-o writes the report to a file and keeps the exit code', () => {
    const dir = makeTree({ 'a.txt': INSULT });
    const r = runCli(['--format', 'json', '-o', 'report.json', 'a.txt'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')).summary.errors).toBe(1);
  });

  it('--max-warnings and --quiet decide the exit code from warnings', () => {
    const dir = makeTree({ 'w.txt': '地図はこちら https://bit.ly/3xAnmeF' });
    expect(runCli(['w.txt'], { cwd: dir }).code).toBe(0);
    expect(runCli(['--max-warnings', '0', 'w.txt'], { cwd: dir }).code).toBe(1);
    expect(runCli(['--max-warnings', '1', 'w.txt'], { cwd: dir }).code).toBe(0);
    const quiet = runCli(['--quiet', '--max-warnings', '0', 'w.txt'], { cwd: dir });
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).toContain('問題は見つかりませんでした');
  });

  it('colours only when asked: never with --no-color or NO_COLOR', () => {
    const dir = makeTree({ 'a.txt': INSULT });
    expect(runCli(['--no-color', 'a.txt'], { cwd: dir, env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(/\u001b\[/);
    expect(runCli(['a.txt'], { cwd: dir, env: { NO_COLOR: '1' } }).stdout).not.toMatch(/\u001b\[/);
  });

  it('prints Japanese help with the exit codes', () => {
    const r = runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/使い方: sns-lint/);
    expect(r.stdout).toContain('--account <account>');
    expect(r.stdout).toContain('終了コード');
  });

  it('`rules` lists rules with category, severities and the clause for the guideline', () => {
    const r = runCli(['rules', '--guideline', 'akita']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/insult\/abusive-words\s+insult\s+エラー\s+エラー\s+4\(5\)「他者を侮蔑するもの」/);
    const json = JSON.parse(runCli(['rules', '--format', 'json']).stdout);
    expect(json.rules.find((x: { id: string }) => x.id === 'disclaimer/personal-view-missing').severity).toEqual({ official: 'off', private: 'warning' });
  });

  it('`test-rules` runs the shipped examples, and fails on a wrong example', () => {
    expect(runCli(['test-rules']).code).toBe(0);
    const dir = makeTree({
      'r.yaml': '- id: insult/x\n  category: insult\n  severity: error\n  message: m\n  pattern: バカ\n  examples: { invalid: [バカ], valid: [バカンス] }\n',
    });
    const r = runCli(['test-rules', 'r.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('insult/x');
    expect(r.stderr).toContain('バカンス');
  });

  it('`init` writes a starter config that then loads, and will not overwrite it', () => {
    const dir = makeTree({ 'a.txt': '晴れ' });
    expect(runCli(['init'], { cwd: dir }).code).toBe(0);
    expect(existsSync(path.join(dir, '.sns-lint.yaml'))).toBe(true);
    expect(runCli(['a.txt'], { cwd: dir }).code).toBe(0);
    expect(runCli(['init'], { cwd: dir }).code).toBe(2);
  });

  it('skips binary files with a notice and lints the rest', () => {
    const dir = makeTree({ 'a.txt': INSULT, 'b.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]) });
    const r = runCli(['--format', 'json', 'a.txt', 'b.txt'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('b.txt: バイナリファイルのため読み飛ばしました');
    expect(JSON.parse(r.stdout).results.map((x: { file: string }) => x.file)).toEqual(['a.txt', 'b.txt']);
  });
});

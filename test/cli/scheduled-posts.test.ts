import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTree, runCliAsync, type CliRun } from '../helpers/cli.js';
import { sarifSchemaErrors } from '../helpers/sarif.js';

/**
 * A repository of scheduled posts as teams keep them, linted through the command line as CI
 * would: front matter drafts, a Shift_JIS CSV from Excel, the same draft twice, an over-long
 * X post, a private post scheduled on a weekday morning, allowed and unallowed suppressions.
 */
const LONG_X =
  '【ごみの出し方が変わります】令和9年4月1日から、プラスチック製容器包装と製品プラスチックを一緒に「プラスチック資源」として毎週水曜日に出せるようになります。対象となるもの、出し方、指定袋の変更点は、広報さくら3月号と市ホームページでご案内しています。分別に迷ったときは、ごみ分別アプリ「さくらごみナビ」もご利用ください。ご不明な点は環境課までお問い合わせください。';
const POOL = '【お知らせ】市民プールは本日から冬季休業に入ります。来年の営業再開は7月1日です。';

const REPO = {
  '.sns-lint.yaml': 'guideline: tatsuno\nwork_hours: { days: mon-fri, from: "08:30", to: "17:15" }\n',
  'posts/2026-12-01-hiking.md': '---\naccount: private\nplatform: x\npublish_at: 2026-12-01T10:00:00+09:00\n---\n週末に登った山の写真をまとめました。紅葉がきれいでした。\n',
  'posts/2026-12-02-garbage.md': `---\nplatform: x\npublish_at: 2026-12-02T10:00:00+09:00\n---\n${LONG_X}\n`,
  'posts/dup-a.md': `---\naccount: official\n---\n${POOL}\n`,
  'posts/dup-b.txt': `${POOL}\n`,
  'posts/plan.csv': iconv.encode(
    '投稿日時,アカウント,本文\r\n2026/12/01 10:00,公式,【図書館】本日は通常どおり開館しています。\r\n2026/12/05 09:00,公式,【図書館】本日も開館しています。新着図書コーナーをご利用ください。\r\n2026/12/01 11:00,私的,"今日は""バカ""みたいに寒い"\r\n',
    'cp932',
  ),
  'posts/suppressions.md': [
    '---',
    'sns-lint:',
    '  allow:',
    '    - rule: insult',
    '      text: バカ',
    '      reason: 映画の題名の紹介',
    '    - rule: shortened-url',
    '      text: bit.ly',
    '    - rule: insult',
    '      text: アホ',
    '      reason: 以前の版の表現',
    '---',
    '映画「バカ」の上映会を開きます。地図はこちら https://bit.ly/3xAnmeF',
    '',
  ].join('\n'),
};

type Finding = { ruleId: string; severity: string; line: number; column: number; endLine: number; endColumn: number; text: string; message: string; clauses: Array<{ id: string }> };
type Result = { file: string; account: string; findings: Finding[]; suppressed?: Array<Finding & { suppression: unknown }>; problem?: unknown };

describe('a scheduled-post repository in CI', () => {
  let dir: string;
  let json: CliRun;
  let results: Map<string, Result>;
  const ids = (file: string) => results.get(file)!.findings.map((f) => f.ruleId);
  const finding = (file: string, ruleId: string) => results.get(file)!.findings.find((f) => f.ruleId === ruleId)!;

  beforeAll(async () => {
    dir = makeTree(REPO);
    json = await runCliAsync(['--format', 'json', 'posts'], { cwd: dir });
    results = new Map(JSON.parse(json.stdout).results.map((r: Result) => [r.file, r]));
  });

  it('reports every post: each draft, and each CSV row as path#row=N', async () => {
    expect(json.code).toBe(1);
    expect(json.stderr).toBe('');
    expect([...results.keys()]).toEqual([
      'posts/2026-12-01-hiking.md',
      'posts/2026-12-02-garbage.md',
      'posts/dup-a.md',
      'posts/dup-b.txt',
      'posts/plan.csv#row=1',
      'posts/plan.csv#row=2',
      'posts/plan.csv#row=3',
      'posts/suppressions.md',
    ]);
    expect(results.get('posts/plan.csv#row=1')!.findings).toEqual([]);
  });

  it('flags a private post scheduled on a weekday morning, at its publish_at line (辰野 3(9))', async () => {
    expect(results.get('posts/2026-12-01-hiking.md')!.account).toBe('private');
    expect(ids('posts/2026-12-01-hiking.md')).toEqual(['work-hours/private-during-work']);
    const f = finding('posts/2026-12-01-hiking.md', 'work-hours/private-during-work');
    expect(f).toMatchObject({ severity: 'error', line: 4, column: 13, text: '2026-12-01T10:00:00+09:00' });
    expect(f.message).toContain('2026-12-01（火）10:00');
    expect(f.clauses.map((c) => c.id)).toEqual(['3(9)', '地方公務員法35条']);
  });

  it('flags an over-long X post from where X would cut it, counting lines of the whole file', async () => {
    const f = finding('posts/2026-12-02-garbage.md', 'length/over-limit');
    // On X Japanese counts 2 and the digits of 令和9年4月1日 count 1: the 143rd character is the
    // first past 280.
    expect(f).toMatchObject({ severity: 'error', line: 5, column: 143, endLine: 5, endColumn: LONG_X.length + 1 });
    expect(f.message).toMatch(/X の文字数上限を超えています（\d+／上限 280/);
    expect(ids('posts/2026-12-02-garbage.md')).toEqual(['length/over-limit']);
  });

  it('flags the same draft in two files, each naming the other (辰野 3(8))', async () => {
    expect(finding('posts/dup-a.md', 'spam/identical-posts')).toMatchObject({ severity: 'error', line: 4, column: 1, text: POOL });
    expect(finding('posts/dup-a.md', 'spam/identical-posts').message).toContain('posts/dup-b.txt');
    expect(finding('posts/dup-b.txt', 'spam/identical-posts').message).toContain('posts/dup-a.md');
    expect(finding('posts/dup-a.md', 'spam/identical-posts').clauses[0]!.id).toBe('3(8)');
  });

  it('reads the Shift_JIS CSV: its date and account columns, positions inside the row', async () => {
    expect(ids('posts/plan.csv#row=2')).toEqual(['work-hours/official-outside-hours']);
    expect(finding('posts/plan.csv#row=2', 'work-hours/official-outside-hours').message).toContain('土曜日');
    const row3 = results.get('posts/plan.csv#row=3')!;
    expect(row3.account).toBe('private');
    expect(finding('posts/plan.csv#row=3', 'insult/abusive-words')).toMatchObject({ line: 1, column: 5, endColumn: 7, text: 'バカ' });
    expect(ids('posts/plan.csv#row=3')).toContain('work-hours/private-during-work');
  });

  it('honours a suppression with a reason, and reports one without a reason and one that matches nothing', async () => {
    const r = results.get('posts/suppressions.md')!;
    expect(r.findings.map((f) => [f.ruleId, f.severity, f.line])).toEqual([
      ['sns-lint/suppression-without-reason', 'warning', 7],
      ['sns-lint/unused-suppression', 'warning', 9],
      ['shortened-url/known-service', 'warning', 13],
    ]);
    expect(r.suppressed).toEqual([expect.objectContaining({ ruleId: 'insult/abusive-words', line: 13, text: 'バカ', suppression: { kind: 'inSource', reason: '映画の題名の紹介' } })]);
    const summary = JSON.parse(json.stdout).summary;
    expect(summary).toEqual({ files: 8, errors: 6, warnings: 4, infos: 0 });
  });

  it('writes SARIF 2.1.0 that validates, with suppressions and CSV rows located in the CSV file', async () => {
    const r = await runCliAsync(['--format', 'sarif', '-o', 'sns-lint.sarif', 'posts'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const log = JSON.parse(readFileSync(path.join(dir, 'sns-lint.sarif'), 'utf8'));
    expect(sarifSchemaErrors(log)).toEqual([]);
    const results = log.runs[0].results as Array<{ ruleId: string; suppressions?: unknown; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }> }>;
    expect(results.filter((x) => x.suppressions)).toEqual([
      expect.objectContaining({ ruleId: 'insult/abusive-words', suppressions: [{ kind: 'inSource', justification: '映画の題名の紹介' }] }),
    ]);
    const csvInsult = results.find((x) => x.ruleId === 'insult/abusive-words' && !x.suppressions)!;
    // Row 3 is the file's 4th line; there バカ comes after `2026/12/01 11:00,私的,"今日は""`.
    expect(csvInsult.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'posts/plan.csv', uriBaseId: '%SRCROOT%' },
      region: { startLine: 4, startColumn: 27, endLine: 4, endColumn: 29 },
    });
    const rules = log.runs[0].tool.driver.rules as Array<{ id: string; help?: { text: string } }>;
    expect(rules.find((x) => x.id === 'spam/identical-posts')!.help!.text).toContain('3(8)「スパム行為（同じ内容を繰り返し何度も投稿すること）」');
  });

  it('annotates the pull request in GitHub format, CSV rows at their line in the CSV', async () => {
    const r = await runCliAsync(['--format', 'github', 'posts'], { cwd: dir });
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toContainEqual(expect.stringMatching(/^::error file=posts\/2026-12-01-hiking\.md,line=4,col=13,endColumn=38,title=sns-lint work-hours\/private-during-work::/));
    expect(lines).toContainEqual(expect.stringMatching(/^::warning file=posts\/plan\.csv,line=3,.*::posts\/plan\.csv#row=2: /));
    expect(lines.filter((l) => !l.startsWith('::')).length).toBe(1);
  });

  it('keeps the exit-code contract with --max-warnings and -o: suppressed findings do not count', async () => {
    const within = await runCliAsync(['--max-warnings', '3', '-o', 'r.json', '--format', 'json', 'posts/suppressions.md'], { cwd: dir });
    expect(within.code).toBe(0);
    expect(within.stdout).toBe('');
    expect(JSON.parse(readFileSync(path.join(dir, 'r.json'), 'utf8')).summary).toMatchObject({ errors: 0, warnings: 3 });
    expect((await runCliAsync(['--max-warnings', '2', '-o', 'r.sarif', '--format', 'sarif', 'posts/suppressions.md'], { cwd: dir })).code).toBe(1);
  });
});

describe('broken scheduled-post files', () => {
  it('reports a broken front matter with file and line, lints the rest, and exits 2', async () => {
    const dir = makeTree({
      'posts/a.txt': 'あいつはバカだ。',
      'posts/b.md': '---\naccount: private\npublish_at: 来週の火曜\n---\n本文',
    });
    const r = await runCliAsync(['--format', 'json', 'posts'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(/^sns-lint: posts\/b\.md:3: 「publish_at」: 日時「来週の火曜」を読めません/);
    const [a, b] = JSON.parse(r.stdout).results;
    expect(a.findings[0]).toMatchObject({ ruleId: 'insult/abusive-words' });
    expect(b.problem).toMatchObject({ kind: 'invalid', line: 3 });
  });

  it('reports a CSV without a text column as a clear error for that file', async () => {
    const dir = makeTree({ 'plan.csv': '日付,件名\n2026/12/01,休館\n' });
    const r = await runCliAsync(['plan.csv'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^sns-lint: plan\.csv:1: 本文の列が見つかりません/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('never lets post text issue a workflow command in GitHub format', async () => {
    const dir = makeTree({
      '.sns-lint.yaml': 'rules: [echo.yaml]\n',
      'echo.yaml': [
        '- id: insult/echo',
        '  category: insult',
        '  severity: warning',
        '  message: "「{match}」"',
        '  pattern: { regex: "バカ[\\\\s\\\\S]*", layer: nfkc }',
        '  examples: { invalid: [バカ], valid: [バカンス] }',
        '',
      ].join('\n'),
      'evil.txt': 'バカ\n::add-mask::secret\r\n::set-output name=x::1\n##[set-env name=A;]b\n%0A::error::fake',
    });
    const r = await runCliAsync(['--format', 'github', 'evil.txt'], { cwd: dir });
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.some((l) => l.includes('::add-mask::secret'))).toBe(true);
    for (const line of lines) expect(line).toMatch(/^(::(error|warning|notice) file=|sns-lint: )/);
    expect(r.stdout).toContain('%250A::error::fake');
  });
});

describe('--cache', () => {
  const INSULT = 'あいつはバカだ。';

  it('does not lint an unchanged file again: a doctored cache entry is what the next run reports', async () => {
    const dir = makeTree({ 'a.txt': INSULT });
    const first = await runCliAsync(['--cache', '--format', 'json', 'a.txt'], { cwd: dir });
    expect(first.code).toBe(1);
    const cacheFile = path.join(dir, '.sns-lint-cache', 'results.json');
    expect(existsSync(cacheFile)).toBe(true);

    // Change what the cache says about a.txt. Only a run that takes a.txt from the cache,
    // without reading it as a post again, can report the doctored severity.
    const cache = JSON.parse(readFileSync(cacheFile, 'utf8'));
    expect(cache.files['a.txt'].posts[0].hits).toMatchObject([{ ruleId: 'insult/abusive-words', severity: 'error', start: 4, end: 6 }]);
    cache.files['a.txt'].posts[0].hits[0].severity = 'info';
    writeFileSync(cacheFile, JSON.stringify(cache));

    const cached = await runCliAsync(['--cache', '--format', 'json', 'a.txt'], { cwd: dir });
    expect(cached.code).toBe(0);
    expect(JSON.parse(cached.stdout).results[0].findings[0]).toMatchObject({ severity: 'info', text: 'バカ', line: 1, column: 5 });

    // Without --cache, or once the file changes, it is linted again.
    expect((await runCliAsync(['--format', 'json', 'a.txt'], { cwd: dir })).code).toBe(1);
    writeFileSync(path.join(dir, 'a.txt'), `${INSULT}\n`);
    expect((await runCliAsync(['--cache', '--format', 'json', 'a.txt'], { cwd: dir })).code).toBe(1);
  });

  it('is invalidated by a change of rules, and can live elsewhere', async () => {
    const dir = makeTree({ 'a.txt': INSULT });
    expect((await runCliAsync(['--cache', '--cache-location', 'tmp/cache', 'a.txt'], { cwd: dir })).code).toBe(1);
    const cacheFile = path.join(dir, 'tmp', 'cache', 'results.json');
    const cache = JSON.parse(readFileSync(cacheFile, 'utf8'));
    cache.files['a.txt'].posts[0].hits = [];
    writeFileSync(cacheFile, JSON.stringify(cache));
    expect((await runCliAsync(['--cache', '--cache-location', 'tmp/cache', 'a.txt'], { cwd: dir })).code).toBe(0);
    writeFileSync(path.join(dir, '.sns-lint.yaml'), 'rules: [local.yaml]\n');
    writeFileSync(
      path.join(dir, 'local.yaml'),
      '- id: insult/local\n  category: insult\n  severity: warning\n  message: m\n  pattern: ぽんこつ\n  examples: { invalid: [ぽんこつ], valid: [ぽんかん] }\n',
    );
    expect((await runCliAsync(['--cache', '--cache-location', 'tmp/cache', 'a.txt'], { cwd: dir })).code).toBe(1);
  });

  it('still finds repeated posts across cached and changed files', async () => {
    const dir = makeTree({ 'a.txt': POOL, 'b.txt': '別のお知らせです。' });
    expect((await runCliAsync(['--cache', 'a.txt', 'b.txt'], { cwd: dir })).code).toBe(0);
    writeFileSync(path.join(dir, 'b.txt'), POOL);
    const r = await runCliAsync(['--cache', '--format', 'json', 'a.txt', 'b.txt'], { cwd: dir });
    expect(JSON.parse(r.stdout).results.map((x: Result) => x.findings.map((f) => f.ruleId))).toEqual([['spam/identical-posts'], ['spam/identical-posts']]);
  });
});

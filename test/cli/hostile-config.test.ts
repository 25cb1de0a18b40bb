import { mkdirSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { makeTree, ROOT, runCliAsync } from '../helpers/cli.js';

const INSULT = 'あいつはバカだ。';
const BOMB = ['a: &a [1,1,1,1,1,1,1,1,1]', ...'bcdefg'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefg'[i]}`).join(',')}]`)].join('\n');
const RULE = (dict: string) => `- id: insult/local
  category: insult
  severity: error
  message: 「{match}」は使わないでください。
  lexicon: { dict: ${dict} }
  examples: { invalid: [ぽんこつ], valid: [ぽんかん] }
`;

/** One Japanese line on stderr naming the file (and line), exit 2, no stack trace. */
async function expectUserError(files: Record<string, string | Uint8Array>, args: string[], where: RegExp, message: RegExp) {
  const dir = makeTree({ 'x.txt': '晴れ', ...files });
  const r = await runCliAsync(args, { cwd: dir });
  expect(r.code).toBe(2);
  expect(r.stderr).not.toMatch(/\n\s+at |予期しないエラー/);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(new RegExp(`^sns-lint: ${where.source}: `));
  expect(r.stderr).toMatch(message);
}

describe('config, rule and guideline files that are wrong: exit 2, file and line named, no trace', () => {
  it('a YAML alias bomb in the config', async () => {
    await expectUserError({ '.sns-lint.yaml': BOMB }, ['x.txt'], /.*\/\.sns-lint\.yaml/, /別名.*展開が多すぎます/);
  });

  it('wrong types in the config', async () => {
    await expectUserError({ '.sns-lint.yaml': 'guideline: akita\naccount: 3\n' }, ['x.txt'], /.*\/\.sns-lint\.yaml:2/, /「account」/);
    await expectUserError({ '.sns-lint.yaml': 'disable: religious\n' }, ['x.txt'], /.*\/\.sns-lint\.yaml:1/, /「disable」.*配列/);
    await expectUserError({ '.sns-lint.yaml': '- guideline: akita\n' }, ['x.txt'], /.*\/\.sns-lint\.yaml:1/, /設定ファイルではありません/);
    await expectUserError({ '.sns-lint.yaml': '!!binary abc\n' }, ['x.txt'], /.*\/\.sns-lint\.yaml:1/, /設定ファイルではありません/);
  });

  it('a folder named like a rule file inside a rules folder', async () => {
    const dir = makeTree({ 'x.txt': '晴れ', '.sns-lint.yaml': 'rules: [local]\n' });
    mkdirSync(path.join(dir, 'local', 'old.yaml'), { recursive: true });
    const r = await runCliAsync(['x.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^sns-lint: .*\/local\/old\.yaml: ファイルを読めません（フォルダです）\n$/);
  });

  it('a file given as rules that is no rule file', async () => {
    await expectUserError({ '.sns-lint.yaml': 'rules: [x.txt]\n' }, ['x.txt'], /.*\/x\.txt:1/, /ルールファイルではありません/);
  });

  it('a guideline path that is not a guideline file', async () => {
    const cases: Array<[string[], RegExp, RegExp]> = [
      [['--guideline', path.join(ROOT, 'rules', 'insult.yaml')], /.*\/rules\/insult\.yaml:\d+/, /ガイドラインのプロファイルではありません/],
      [['--guideline', 'empty.yaml'], /.*\/empty\.yaml/, /ガイドラインのプロファイルではありません（中身が空です）/],
      [['--guideline', path.join(ROOT, 'README.md')], /.*\/README\.md:\d+/, /ガイドラインのプロファイルとして読めません/],
      [['--guideline', 'x.txt'], /.*\/x\.txt:1/, /ガイドラインのプロファイルではありません/],
      [['--guideline', './profiles'], /.*\/profiles/, /フォルダです/],
    ];
    for (const [args, where, message] of cases) {
      await expectUserError({ 'empty.yaml': '', 'profiles/a.yaml': 'id: a\n' }, [...args, 'x.txt'], where, message);
    }
  });

  it('a binary file as a word list', async () => {
    await expectUserError(
      { '.sns-lint.yaml': 'rules: [local.yaml]\n', 'local.yaml': RULE('words.txt'), 'words.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]) },
      ['x.txt'],
      /.*\/words\.txt/,
      /辞書ファイルを読めません: テキストファイルではありません/,
    );
  });
});

describe('config and word lists saved the way Windows saves them mean what their author wrote', () => {
  it('a Shift_JIS config: its allow entry still matches', async () => {
    const config = iconv.encode('allow:\n  - { text: バカ, reason: 引用として紹介するため }\n', 'cp932');
    const dir = makeTree({ 'a.txt': INSULT, '.sns-lint.yaml': config });
    const r = await runCliAsync(['--format', 'json', 'a.txt'], { cwd: dir });
    expect(JSON.parse(r.stdout).summary.errors).toBe(0);
    expect(r.code).toBe(0);
  });

  it('a word list with a BOM, or in Shift_JIS: its first word matches', async () => {
    for (const words of [Buffer.from('\uFEFFぽんこつ\nへなちょこ\n'), iconv.encode('ぽんこつ\nへなちょこ\n', 'cp932')]) {
      const dir = makeTree({ 'a.txt': 'あのぽんこつ', '.sns-lint.yaml': 'rules: [local.yaml]\n', 'local.yaml': RULE('words.txt'), 'words.txt': words });
      const r = await runCliAsync(['--format', 'json', 'a.txt'], { cwd: dir });
      expect(JSON.parse(r.stdout).results[0].findings.map((f: { text: string }) => f.text)).toEqual(['ぽんこつ']);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { formatStylish } from '../../../src/report/formatters/stylish.js';
import { REPORT } from './fixtures.js';

describe('stylish formatter', () => {
  const plain = formatStylish(REPORT, { color: false });

  it('groups findings under their file with position, severity, message and rule', () => {
    expect(plain).toContain('bad.txt\n  2:5     エラー  他者を侮辱する表現「バカ」が含まれています。  insult/abusive-words');
    expect(plain).not.toContain('clean.txt');
  });

  it('shows the offending text in its line with a caret line under it (by display width)', () => {
    const lines = plain.split('\n');
    const i = lines.findIndex((l) => l.trim().startsWith('あいつはバカだ。'));
    expect(lines[i + 1]).toBe(`${' '.repeat(10)}        ^^^^`);
  });

  it('cites the clauses and the suggestion', () => {
    expect(plain).toContain('根拠: 4(5)「他者を侮蔑するもの」 ／ 地方公務員法33条（信用失墜行為の禁止）');
    expect(plain).toContain('→ 事実だけを書いてください。');
  });

  it('never shows masked text in clear', () => {
    expect(plain).toContain('090-****-5678');
    expect(plain).not.toMatch(/090-\d{4}-5678/);
  });

  it('says which files could not be linted and sums up', () => {
    expect(plain).toContain('photo.txt\n  バイナリファイルのため読み飛ばしました');
    expect(plain).toContain('✖ 2 件の問題（エラー 1・警告 1・情報 0、3 ファイル（うち 1 ファイルは点検できませんでした））');
  });

  it('highlights with colour instead of carets when colour is on', () => {
    const coloured = formatStylish(REPORT, { color: true });
    expect(coloured).toMatch(/\u001b\[/);
    expect(coloured).not.toContain('^^^^');
  });

  it('says so when there is nothing to report', () => {
    const clean = formatStylish({ ...REPORT, results: [REPORT.results[0]!], summary: { files: 1, errors: 0, warnings: 0, infos: 0 } }, { color: false });
    expect(clean).toContain('✔ 問題は見つかりませんでした（1 ファイル）');
  });
});

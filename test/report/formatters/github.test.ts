import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatGithub } from '../../../src/report/formatters/github.js';
import { CI_REPORT } from './ci-fixtures.js';

describe('github formatter', () => {
  const out = formatGithub(CI_REPORT, { color: false });
  const lines = out.trimEnd().split('\n');

  it('writes one workflow command per finding, and a summary', () => {
    expect(lines[0]).toBe(
      '::error file=bad.txt,line=2,col=5,endColumn=7,title=sns-lint insult/abusive-words::他者を侮辱する表現「バカ」が含まれています。%0A根拠: 4(5)「他者を侮蔑するもの」 ／ 地方公務員法33条（信用失墜行為の禁止）%0A→ 事実だけを書いてください。',
    );
    expect(lines[1]).toMatch(/^::warning file=bad\.txt,line=2,col=13,endColumn=26,title=sns-lint personal-info\/phone::電話番号「090-\*\*\*\*-5678」$/);
    expect(lines.at(-1)).toBe('sns-lint: 4 件の問題（エラー 3・警告 1・情報 0、6 ファイル（うち 2 ファイルは点検できませんでした）、抑制 1 件）');
  });

  it('annotates a CSV row in the CSV file, escaping ":" and "," in properties', () => {
    expect(lines[2]).toMatch(/^::error file=posts\/予定%2C案%3A1\.csv,line=3,col=6,endColumn=8,title=sns-lint insult\/abusive-words::posts\/予定,案:1\.csv#row=2: 他者を侮辱/);
  });

  it('reports unreadable files: skipped binaries as notices, broken ones as errors at their line', () => {
    expect(lines).toContain('::notice file=photo.txt,title=sns-lint::photo.txt: バイナリファイルのため読み飛ばしました');
    expect(lines).toContain('::error file=broken.md,line=3,title=sns-lint::broken.md: platform は x | instagram…');
  });

  it('leaves out suppressed findings', () => {
    expect(lines.filter((l) => l.startsWith('::error file=bad.txt'))).toHaveLength(1);
  });

  it('never lets post text start a line, so it can never issue a command', () => {
    const hostile = lines.find((l) => l.includes('local/echo'))!;
    expect(hostile).toBe(
      '::error file=hostile.txt,line=3,endLine=4,title=sns-lint local/echo::「バカ%0A::add-mask::secret%0D%0A::set-output name=x::100%25」%0A根拠: 4(5)「他者を侮蔑するもの」 ／ 地方公務員法33条（信用失墜行為の禁止）%0A→ 事実だけを書いてください。',
    );
    for (const line of lines) expect(line).toMatch(/^(::(error|warning|notice) |sns-lint: )/);
  });

  it('escapes as the Actions toolkit does', () => {
    expect(escapeData('a%b\r\nc:d,e')).toBe('a%25b%0D%0Ac:d,e');
    expect(escapeProperty('a%b\r\nc:d,e')).toBe('a%25b%0D%0Ac%3Ad%2Ce');
    expect(escapeData('x\u2028::add-mask::y')).toBe('x ::add-mask::y');
  });
});

import { describe, expect, it } from 'vitest';
import { makeTree, runCli } from '../helpers/cli.js';

const POST = [
  '【イベント】当日の連絡先は担当の佐藤さん 090-1111-2222 です。',
  '写真の応募は佐藤さん（sato.k@sakura-city.example.jp）まで。',
  '会場地図 https://sak.ly/a8Kd2',
].join('\n');

/** Rules with errors and warnings (advice at info level aside). */
function categories(stdout: string): string[] {
  return JSON.parse(stdout)
    .results[0].findings.filter((f: { severity: string }) => f.severity !== 'info')
    .map((f: { ruleId: string }) => f.ruleId);
}

describe('the municipality\'s own contact points (config official:)', () => {
  it('reports a person\'s mobile, a personal-looking address and an unknown short link without a config', () => {
    const dir = makeTree({ 'post.txt': POST });
    const r = runCli(['--format', 'json', 'post.txt'], { cwd: dir });
    expect(categories(r.stdout)).toEqual(['personal-info/phone-number', 'personal-info/email-address', 'shortened-url/likely-service']);
  });

  it('leaves the numbers and domains declared in .sns-lint.yaml alone', () => {
    const dir = makeTree({
      'post.txt': POST,
      '.sns-lint.yaml': 'official:\n  phones: ["090-1111-2222"]\n  domains: [sakura-city.example.jp, sak.ly]\n',
    });
    const r = runCli(['--format', 'json', 'post.txt'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(categories(r.stdout)).toEqual([]);
  });

  it('matches declared phone numbers however they are written', () => {
    const dir = makeTree({
      'post.txt': '担当の佐藤さん ０９０（１１１１）２２２２',
      '.sns-lint.yaml': 'official:\n  phones: ["09011112222"]\n',
    });
    expect(categories(runCli(['--format', 'json', 'post.txt'], { cwd: dir }).stdout)).toEqual([]);
  });

  it('keeps the city\'s own numbers clean even without a config, when the post says whose they are', () => {
    const dir = makeTree({
      'post.txt': '【ごみ】粗大ごみの申込みは環境課（0299-52-1184）まで。代表電話 0299-52-1111。不審な電話は警察相談専用電話（#9110）へ。',
    });
    const r = runCli(['--format', 'json', 'post.txt'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(categories(r.stdout)).toEqual([]);
  });
});

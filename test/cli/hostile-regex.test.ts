import { describe, expect, it } from 'vitest';
import { makeTree, runCliAsync } from '../helpers/cli.js';

const rule = (matcher: string) => `- id: insult/local
  category: insult
  severity: error
  message: 「{match}」
${matcher}
  examples: { invalid: [ab], valid: [cd] }
`;

describe('a user regular expression that would backtrack catastrophically', () => {
  // Each of these takes hours on the draft below; the run must refuse them at load instead.
  const cases: Array<[string, string]> = [
    ['overlapping alternatives', "  pattern: '(a|aa)*b'"],
    ['the same alternative twice', "  pattern: '(a|a)*$'"],
    ['polynomial runs', "  pattern: '\\d+\\d+\\d+$'"],
    ['inside a lookbehind-guarded pattern', "  pattern: '(?<=x)(a|aa)*c'"],
    ['in a condition', "  pattern: ab\n  context:\n    - sentence: '(a|a)*$'"],
  ];
  it.each(cases)('%s: rejected at load with the rule named, never run', async (_name, matcher) => {
    const draft = `ab x${'a'.repeat(60)}!\n${'1'.repeat(20_000)}x`;
    const dir = makeTree({ '.sns-lint.yaml': 'rules: [local.yaml]\n', 'local.yaml': rule(matcher), 'a.txt': draft });
    const r = await runCliAsync(['a.txt'], { cwd: dir, killAfterMs: 40_000 });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^sns-lint: .*local\.yaml:1: ルール「insult\/local」: 正規表現「.*」は.*回数の上限を書いてください\n$/);
  });

  it('a pattern with one unbounded run still loads and matches', async () => {
    const dir = makeTree({ '.sns-lint.yaml': 'rules: [local.yaml]\n', 'local.yaml': rule("  pattern: '\\d+円'").replace('[ab]', '[100円]'), 'a.txt': '参加費は500円です' });
    const r = await runCliAsync(['--format', 'json', 'a.txt'], { cwd: dir });
    expect(JSON.parse(r.stdout).results[0].findings.map((f: { text: string }) => f.text)).toEqual(['500円']);
  });
});

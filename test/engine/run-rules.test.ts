import { describe, expect, it } from 'vitest';
import { runRules } from '../../src/engine/run-rules.js';
import { compileRule } from '../../src/rules/compile.js';
import { RuleSpec } from '../../src/rules/schema.js';
import { doc } from '../helpers/doc.js';

const env = { file: 'test.yaml', official: { domains: [], phones: [] }, resolvePath: (p: string) => p };
const rule = (extra: Record<string, unknown>) =>
  compileRule(
    RuleSpec.parse({ id: 'insult/t', category: 'insult', severity: 'error', message: 'm', examples: { invalid: ['x'], valid: ['y'] }, ...extra }),
    env,
  );

describe('runRules', () => {
  it('applies a rule only to accounts it is not off for, with that severity', async () => {
    const r = rule({ pattern: 'バカ', severity: { official: 'off', private: 'warning' } });
    expect(runRules(await doc('バカ', 'official'), [r])).toEqual([]);
    expect(runRules(await doc('バカ', 'private'), [r]).map((h) => h.severity)).toEqual(['warning']);
  });

  it('drops matches excluded by unless, keeps those required by context', async () => {
    const r = rule({ pattern: 'クズ', unless: [{ preceding: ['野菜'] }], context: [{ sentence: 'マジ|野菜' }] });
    expect(runRules(await doc('野菜クズ。マジでクズ。クズ。'), [r]).map((h) => h.match.start)).toEqual([8]);
  });

  it('keeps one of overlapping matches of the same rule', async () => {
    const r = rule({ pattern: ['馬鹿', '馬鹿野郎'] });
    expect(runRules(await doc('馬鹿野郎'), [r]).map((h) => [h.match.start, h.match.end])).toEqual([[0, 4]]);
  });

  it('reports a requirement once per post, at its first surviving trigger', async () => {
    const r = rule({ requirement: { when: { pattern: 'うちの市' }, expect: { pattern: '個人の見解' } }, unless: [{ sentence: '花火' }] });
    const hits = runRules(await doc('うちの市の花火。うちの市はだめ。うちの市は遅い。'), [r]);
    expect(hits.map((h) => h.match.start)).toEqual([8]);
  });
});

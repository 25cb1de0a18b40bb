import { describe, expect, it } from 'vitest';
import { collectRunData, runRunRules } from '../../src/engine/run-checks.js';
import { runRules } from '../../src/engine/run-rules.js';
import { compileRule } from '../../src/rules/compile.js';
import { RuleSpec } from '../../src/rules/schema.js';
import { doc } from '../helpers/doc.js';

const env = { file: 'test.yaml', official: { domains: [], phones: [] }, resolvePath: (p: string) => p };
const rule = (severity: unknown, extra: object = {}) =>
  compileRule(
    RuleSpec.parse({
      id: 'spam/t',
      category: 'spam',
      severity,
      message: 'm',
      detector: { name: 'repeated-post', match: 'identical' },
      examples: { invalid: ['x'], valid: ['y'] },
      ...extra,
    }),
    env,
  );

describe('run-level stage', () => {
  it('collects from each post and matches over the run, with each post\u2019s own severity', async () => {
    const r = rule({ official: 'error', private: 'warning' });
    const text = '同じお知らせを二度投稿してしまいました。';
    const a = await doc(text, 'official');
    const b = await doc(text, 'private');
    expect(runRules(a, [r])).toEqual([]); // not a per-post rule
    const hits = runRunRules(
      [
        { file: 'a', account: 'official', data: collectRunData(a, [r]) },
        { file: 'b', account: 'official', data: collectRunData(b, [r]) },
        { file: 'c', account: 'private', data: collectRunData(b, [r]) },
        { file: 'd', account: 'private', data: collectRunData(b, [r]) },
      ],
      [r],
    );
    expect(hits.map((h) => h.map((x) => x.severity))).toEqual([['error'], ['error'], ['warning'], ['warning']]);
  });

  it('leaves out posts of an account the rule is off for', async () => {
    const r = rule({ official: 'error', private: 'off' });
    const p = await doc('同じお知らせを二度投稿してしまいました。', 'private');
    expect(collectRunData(p, [r])).toEqual({});
  });

  it('refuses conditions on a rule that compares posts', () => {
    expect(() => rule('error', { unless: [{ post: 'x' }] })).toThrow(/context・unless は使えません/);
  });
});

import { describe, expect, it } from 'vitest';
import { checkExamples, loadRulesForExamples } from '../../src/rules/examples.js';
import { loadRules, ruleFiles } from '../../src/rules/load.js';
import { getTokenizer } from '../../src/tokenize/tokenizer.js';
import { makeTree } from '../helpers/cli.js';

describe('embedded rule examples', () => {
  it('every shipped rule matches its invalid examples and none of its valid ones', async () => {
    const { rules } = loadRulesForExamples(ruleFiles());
    const report = checkExamples(rules, await getTokenizer());
    const failures = report.failures.map((f) => `${f.rule.id} [${f.kind}] ${f.text} → ${f.matched.join(',')}`);
    expect(failures).toEqual([]);
    expect(report.checked).toBeGreaterThan(rules.length * 2);
  });

  it('reports an example the rule gets wrong', async () => {
    const dir = makeTree({
      'r.yaml': `
- id: insult/too-eager
  category: insult
  severity: error
  message: x
  pattern: バカ
  examples: { invalid: [バカ], valid: [夏のバカンス] }
`,
    });
    const { rules } = loadRules([`${dir}/r.yaml`], { domains: [], phones: [] });
    const report = checkExamples(rules, await getTokenizer());
    expect(report.failures).toHaveLength(1);
    expect(report.failures[0]).toMatchObject({ kind: 'valid', text: '夏のバカンス', matched: ['バカ'] });
  });
});

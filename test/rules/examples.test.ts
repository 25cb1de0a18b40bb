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

  it('runs an example on the reference date it names', async () => {
    const rule = (invalid: string, valid: string) => `
- id: accuracy/assumed-year
  category: accuracy
  severity: warning
  message: x
  detector: { name: dates, check: weekday, year: assumed }
  examples:
    invalid: [{ text: 1月4日(火)から, now: "${invalid}" }]
    valid: [{ text: 1月4日(火)から, now: "${valid}" }]
`;
    const tokenizer = await getTokenizer();
    const right = makeTree({ 'r.yaml': rule('2026-11-21', '2021-12-20') });
    expect(checkExamples(loadRules([`${right}/r.yaml`], { domains: [], phones: [] }).rules, tokenizer).failures).toEqual([]);
    const swapped = makeTree({ 'r.yaml': rule('2021-12-20', '2026-11-21') });
    const failures = checkExamples(loadRules([`${swapped}/r.yaml`], { domains: [], phones: [] }).rules, tokenizer).failures;
    expect(failures.map((f) => f.kind)).toEqual(['invalid', 'valid']);
  });

  it('rejects an example date that is not a day', () => {
    const dir = makeTree({
      'r.yaml': `
- id: accuracy/x
  category: accuracy
  severity: warning
  message: x
  pattern: x
  examples: { invalid: [{ text: x, now: "2026-02-30" }], valid: [y] }
`,
    });
    expect(() => loadRules([`${dir}/r.yaml`], { domains: [], phones: [] })).toThrow(/存在しない日付/);
  });
});

import { describe, expect, it } from 'vitest';
import { isTooSlow, regexComplexity } from '../../src/match/regex-complexity.js';
import { ruleRegexes } from '../../src/rules/audit-regexes.js';
import { loadRules, ruleFiles } from '../../src/rules/load.js';

describe('shipped rules', () => {
  it('use no regular expression that a long line could make hang (what user rules are held to at load)', () => {
    const slow = loadRules(ruleFiles(), { domains: [], phones: [] })
      .rules.flatMap((rule) => ruleRegexes(rule.spec).map((r) => ({ rule: rule.id, ...r, complexity: regexComplexity(r.source, r.flags) })))
      .filter((r) => isTooSlow(r.complexity));
    expect(slow).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { isTooSlow, regexComplexity } from '../../src/match/regex-complexity.js';
import { ruleRegexes } from '../../src/rules/audit-regexes.js';
import { loadRules, ruleFiles } from '../../src/rules/load.js';

/**
 * The analysis takes ~0.1 s for most expressions and gives up after 3 s on long alternations:
 * ~800 distinct expressions need a minute or two on a busy machine.
 */
const ANALYSIS_BUDGET_MS = 600_000;

describe('shipped rules', () => {
  it(
    'use no regular expression that a long line could make hang (what user rules are held to at load)',
    async () => {
      const regexes = loadRules(ruleFiles(), { domains: [], phones: [] }).rules.flatMap((rule) =>
        ruleRegexes(rule.spec).map((r) => ({ rule: rule.id, ...r })),
      );
      // Conditions shared through YAML anchors repeat the same expression in many rules.
      const distinct = [...new Map(regexes.map((r) => [`${r.flags}/${r.source}`, r])).values()];
      expect(distinct.length).toBeGreaterThan(500);
      const slow = [];
      for (const r of distinct) {
        const complexity = regexComplexity(r.source, r.flags);
        if (isTooSlow(complexity)) slow.push({ ...r, complexity });
        // The analysis is synchronous: let the worker answer vitest between expressions.
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
      expect(slow).toEqual([]);
    },
    ANALYSIS_BUDGET_MS,
  );
});

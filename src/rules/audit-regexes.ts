import { UnsafeRegexError } from '../match/regex.js';
import { isTooSlow, regexComplexity } from '../match/regex-complexity.js';
import type { ConditionSpec, MatcherSpec, RuleSpec } from './schema.js';

/** A regular expression written in a rule, with the flags it runs with. */
export interface RuleRegex {
  readonly source: string;
  readonly flags: string;
}

/** Every regular expression a rule runs: its patterns and those of its conditions. */
export function ruleRegexes(spec: RuleSpec): RuleRegex[] {
  const matchers: MatcherSpec[] = spec.requirement ? [spec.requirement.when, spec.requirement.expect] : [spec];
  const regexes: RuleRegex[] = [];
  for (const m of matchers) {
    const p = m.pattern;
    if (p === undefined) continue;
    if (typeof p === 'string') regexes.push({ source: p, flags: 'u' });
    else if (Array.isArray(p)) regexes.push(...p.map((source) => ({ source, flags: 'u' })));
    else for (const source of typeof p.regex === 'string' ? [p.regex] : p.regex) regexes.push({ source, flags: `u${p.flags ?? ''}` });
  }
  const conditions: ConditionSpec[] = [...(spec.context ?? []), ...(spec.unless ?? [])];
  for (const c of conditions) {
    for (const source of [c.sentence, c.post, c.match]) if (source !== undefined) regexes.push({ source, flags: 'u' });
  }
  return regexes;
}

/**
 * Rejects a rule whose regular expression could make a run hang: exponential backtracking
 * (`(a|aa)*b`) or polynomial of a degree that a long line turns into hours (`\d+\d+\d+$`).
 * Used on users' rule files; the shipped ones are checked by the test suite.
 */
export function auditRuleRegexes(spec: RuleSpec): void {
  for (const { source, flags } of ruleRegexes(spec)) {
    const complexity = regexComplexity(source, flags);
    if (!isTooSlow(complexity)) continue;
    const how =
      complexity.kind === 'exponential'
        ? '入力によっては処理が終わらなくなります（繰り返しの中の選択肢が同じ文字に当てはまります）'
        : `入力が長いと処理時間が長さの ${complexity.kind === 'polynomial' ? complexity.degree : ''} 乗で増えます（繰り返し同士が同じ文字を取り合います）`;
    throw new UnsafeRegexError(
      `正規表現「${source}」は${how}。繰り返し（+ や *）を重ねず、{1,20} のように回数の上限を書いてください`,
    );
  }
}

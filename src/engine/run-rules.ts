import type { Severity } from '../categories.js';
import type { Match } from '../match/types.js';
import type { CompiledRule } from '../rules/compile.js';
import type { Document } from './document.js';

/** A rule's match that survived the rule's own conditions, before project-level filters. */
export interface RuleHit {
  readonly rule: CompiledRule;
  readonly severity: Severity;
  readonly match: Match;
}

/**
 * Runs every rule that applies to the post's account over the one prepared document. Rules
 * that compare posts with each other run later, over the whole run (run-checks.ts).
 */
export function runRules(doc: Document, rules: readonly CompiledRule[]): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const rule of rules) {
    if (rule.runMatcher) continue;
    const severity = rule.severityFor(doc.account);
    if (severity === 'off') continue;
    const found = rule.matcher(doc);
    // Most rules find nothing in most posts: nothing to filter, sort or copy then.
    if (found.length === 0) continue;
    const accepted = withoutOverlaps(found.filter((m) => rule.accepts(doc, m)));
    for (const match of rule.firstOnly ? accepted.slice(0, 1) : accepted) hits.push({ rule, severity, match });
  }
  return hits;
}

/** Sorted by position; of overlapping matches the earlier (then longer) one is kept. */
function withoutOverlaps(matches: Match[]): Match[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Match[] = [];
  for (const m of sorted) {
    const last = kept[kept.length - 1];
    if (last && m.start < last.end) continue;
    kept.push(m);
  }
  return kept;
}

import type { Account } from '../categories.js';
import type { RuleHit } from '../engine/run-rules.js';
import type { Profile } from '../guidelines/profile.js';
import type { Post } from '../input/post.js';
import { LineIndex } from '../text/positions.js';
import { maskRanges } from './mask.js';
import type { FileResult, ReportFinding } from './model.js';

/**
 * Turns a post's hits into report findings: positions in the file's coordinates, the
 * clauses of the chosen guideline, the message filled in, sensitive text masked.
 */
export function buildFileResult(post: Post, account: Account, hits: readonly RuleHit[], profile: Profile): FileResult {
  const lines = new LineIndex(post.source);
  const sensitive = hits
    .filter((h) => h.rule.spec.mask)
    .map((h) => ({ start: post.bodyStart + h.match.start, end: post.bodyStart + h.match.end }));
  // Every finding's text comes from the masked source: a finding of another rule that
  // overlaps a phone number must not print the number in clear.
  const displaySource = maskRanges(post.source, sensitive);
  const findings = hits
    .map((hit): ReportFinding => {
      const offset = post.bodyStart + hit.match.start;
      const end = post.bodyStart + hit.match.end;
      const text = displaySource.slice(offset, end);
      const from = lines.position(offset);
      const to = lines.position(end);
      const { spec } = hit.rule;
      return {
        ruleId: spec.id,
        category: spec.category,
        severity: hit.severity,
        message: fillTemplate(spec.message, { ...hit.match.vars, match: text }),
        line: from.line,
        column: from.column,
        endLine: to.line,
        endColumn: to.column,
        offset,
        length: end - offset,
        text,
        clauses: profile.citationsFor(spec.clause ?? spec.category, account),
        ...(spec.suggestion ? { suggestion: fillTemplate(spec.suggestion, { ...hit.match.vars, match: text }) } : {}),
      };
    })
    .sort((a, b) => a.offset - b.offset || a.ruleId.localeCompare(b.ruleId));
  return { file: post.file, account, findings, displaySource };
}

/** Replaces `{name}` with its value; unknown names are left as written. */
function fillTemplate(template: string, vars: Readonly<Record<string, string>>): string {
  return template.replace(/\{([A-Za-z_]\w*)\}/g, (whole, name: string) => vars[name] ?? whole);
}

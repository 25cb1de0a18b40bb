import type { Account } from '../categories.js';
import type { RuleHit } from '../engine/run-rules.js';
import type { Profile } from '../guidelines/profile.js';
import type { Post } from '../input/post.js';
import type { RuleSpec } from '../rules/schema.js';
import { LineIndex } from '../text/positions.js';
import type { MaskStyle, SensitiveRange } from './mask.js';
import type { FileResult, ReportFinding } from './model.js';
import { createRedactor } from './redact.js';

/**
 * Turns a post's hits into report findings: positions in the file's coordinates, the
 * clauses of the chosen guideline, the message filled in, sensitive text masked.
 */
export function buildFileResult(post: Post, account: Account, hits: readonly RuleHit[], profile: Profile): FileResult {
  const lines = new LineIndex(post.source);
  const sensitive: SensitiveRange[] = hits.flatMap((h) => {
    const style = maskStyle(h.rule.spec);
    return style ? [{ start: post.bodyStart + h.match.start, end: post.bodyStart + h.match.end, style }] : [];
  });
  const redactor = createRedactor(post.source, sensitive);
  const findings = hits
    .map((hit): ReportFinding => {
      const offset = post.bodyStart + hit.match.start;
      const end = post.bodyStart + hit.match.end;
      // Every finding shows the masked view, so a finding of another rule that overlaps a
      // phone number (a date inside a birth date, say) can't repeat it in clear either.
      const text = redactor.displaySource.slice(offset, end);
      const style = maskStyle(hit.rule.spec);
      const detectorVars = hit.match.vars ?? {};
      const vars = { ...(style ? redactor.maskVars(detectorVars, post.source.slice(offset, end), style) : detectorVars), match: text };
      const from = lines.position(offset);
      const to = lines.position(end);
      const { spec } = hit.rule;
      return {
        ruleId: spec.id,
        category: spec.category,
        severity: hit.severity,
        message: redactor.scrub(fillTemplate(spec.message, vars)),
        line: from.line,
        column: from.column,
        endLine: to.line,
        endColumn: to.column,
        offset,
        length: end - offset,
        text,
        clauses: profile.citationsFor(spec.clause ?? spec.category, account),
        ...(spec.suggestion ? { suggestion: redactor.scrub(fillTemplate(spec.suggestion, vars)) } : {}),
      };
    })
    .sort((a, b) => a.offset - b.offset || a.ruleId.localeCompare(b.ruleId));
  return { file: post.file, account, findings, displaySource: redactor.displaySource };
}

/** How a rule's matches are masked; undefined when they are not sensitive. */
function maskStyle(spec: RuleSpec): MaskStyle | undefined {
  if (spec.mask === false) return undefined;
  return spec.mask === true ? 'auto' : spec.mask;
}

/** Replaces `{name}` with its value; unknown names are left as written. */
function fillTemplate(template: string, vars: Readonly<Record<string, string>>): string {
  return template.replace(/\{([A-Za-z_]\w*)\}/g, (whole, name: string) => vars[name] ?? whole);
}

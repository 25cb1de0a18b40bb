import type { Account, Severity } from '../categories.js';
import type { RuleHit } from '../engine/run-rules.js';
import type { SuppressedHit } from '../filter/project-filter.js';
import type { Profile } from '../guidelines/profile.js';
import type { Post } from '../input/post.js';
import type { Range } from '../text/mapped-text.js';
import { LineIndex } from '../text/positions.js';
import type { RuleSpec } from '../rules/schema.js';
import type { MaskStyle, SensitiveRange } from './mask.js';
import { SUPPRESSION_CATEGORY, type FileResult, type ReportFinding, type Suppression } from './model.js';
import { createRedactor } from './redact.js';

/** A finding about one of the draft's own suppressions, at the place it is written. */
export interface SuppressionNote {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly suggestion?: string;
  /** Offsets in the post's `source`. */
  readonly range: Range;
  /** A part of it to mask in reports (a suppressed phone number written in the suppression). */
  readonly sensitive?: Range;
}

export interface PostOutcome {
  readonly kept: readonly RuleHit[];
  readonly suppressed: readonly SuppressedHit[];
  readonly notes: readonly SuppressionNote[];
}

/**
 * Turns a post's hits into report findings: positions in the file's coordinates, the
 * clauses of the chosen guideline, the message filled in, sensitive text masked.
 */
export function buildFileResult(post: Post, account: Account, outcome: PostOutcome, profile: Profile): FileResult {
  const lines = new LineIndex(post.source);
  const where = (match: RuleHit['match']): Range =>
    match.about === 'publishAt' && post.publishAtRange
      ? post.publishAtRange
      : { start: post.bodyStart + match.start, end: post.bodyStart + match.end };
  const allHits = [...outcome.kept, ...outcome.suppressed.map((s) => s.hit)];
  const sensitive: SensitiveRange[] = [
    ...allHits.flatMap((h) => {
      const style = maskStyle(h.rule.spec);
      return style ? [{ ...where(h.match), style }] : [];
    }),
    ...outcome.notes.flatMap((n) => (n.sensitive ? [{ ...n.sensitive, style: 'auto' as const }] : [])),
  ];
  const redactor = createRedactor(post.source, sensitive);

  const locate = (range: Range, text: string) => {
    const from = lines.position(range.start);
    const to = lines.position(range.end);
    const inFile = post.container
      ? (() => {
          const a = post.container.position(range.start);
          const b = post.container.position(range.end);
          return { file: post.container.path, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
        })()
      : undefined;
    return {
      line: from.line,
      column: from.column,
      endLine: to.line,
      endColumn: to.column,
      offset: range.start,
      length: range.end - range.start,
      text,
      ...(inFile ? { inFile } : {}),
    };
  };

  const fromHit = (hit: RuleHit, suppression?: Suppression): ReportFinding => {
    const range = where(hit.match);
    // Every finding shows the masked view, so a finding of another rule that overlaps a
    // phone number (a date inside a birth date, say) can't repeat it in clear either.
    const text = redactor.displaySource.slice(range.start, range.end);
    const { spec } = hit.rule;
    const style = maskStyle(spec);
    const detectorVars = hit.match.vars ?? {};
    const clear = post.source.slice(range.start, range.end);
    const vars = { ...(style ? redactor.maskVars(detectorVars, clear, style) : detectorVars), match: text };
    return {
      ruleId: spec.id,
      category: spec.category,
      severity: hit.severity,
      message: redactor.scrub(fillTemplate(spec.message, vars)),
      ...locate(range, text),
      clauses: profile.citationsFor(spec.clause ?? spec.category, account),
      ...(spec.suggestion ? { suggestion: redactor.scrub(fillTemplate(spec.suggestion, vars)) } : {}),
      ...(suppression ? { suppression } : {}),
    };
  };

  const fromNote = (note: SuppressionNote): ReportFinding => ({
    ruleId: note.ruleId,
    category: SUPPRESSION_CATEGORY,
    severity: note.severity,
    message: redactor.scrub(note.message),
    ...locate(note.range, redactor.displaySource.slice(note.range.start, note.range.end)),
    clauses: [],
    ...(note.suggestion ? { suggestion: redactor.scrub(note.suggestion) } : {}),
  });

  const byPosition = (a: ReportFinding, b: ReportFinding) => a.offset - b.offset || a.ruleId.localeCompare(b.ruleId);
  const findings = [...outcome.kept.map((h) => fromHit(h)), ...outcome.notes.map(fromNote)].sort(byPosition);
  const suppressed = outcome.suppressed.map((s) => fromHit(s.hit, s.suppression)).sort(byPosition);
  return {
    file: post.file,
    account,
    findings,
    ...(suppressed.length > 0 ? { suppressed } : {}),
    displaySource: redactor.displaySource,
  };
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

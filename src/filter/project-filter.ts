import type { Severity } from '../categories.js';
import type { AllowSpec, ConfigSpec } from '../config/schema.js';
import type { RuleHit } from '../engine/run-rules.js';
import type { PostSuppression } from '../input/post.js';
import type { Suppression } from '../report/model.js';
import { toOriginalRange, type MappedText, type Range } from '../text/mapped-text.js';

/** A hit a suppression silenced, and which suppression. */
export interface SuppressedHit {
  readonly hit: RuleHit;
  readonly suppression: Suppression;
}

export interface FilteredHits {
  readonly kept: RuleHit[];
  readonly suppressed: SuppressedHit[];
  /** The draft's own suppressions that silenced at least one hit (the rest are unused). */
  readonly used: ReadonlySet<PostSuppression>;
}

/** The project's say over the rules' hits: what is switched off, how severe, what is allowed. */
export interface ProjectFilter {
  /**
   * `text` gives the post's NFKC layer (allowed texts are found there, so full-width and
   * half-width agree; asked for only when there is something to allow); `postAllow` are the
   * draft's own suppressions that carry a reason.
   */
  apply(hits: readonly RuleHit[], text: () => MappedText, postAllow?: readonly PostSuppression[]): FilteredHits;
  /** The severity of a finding that no rule made (suppression notes), or undefined when disabled. */
  severityOf(id: string, category: string, severity: Severity): Severity | undefined;
}

export function createProjectFilter(config: ConfigSpec): ProjectFilter {
  const disabled = new Set(config.disable ?? []);
  const overrides = config.severity ?? {};
  const projectAllow = config.allow ?? [];
  const severityOf = (id: string, category: string, severity: Severity): Severity | undefined => {
    if (disabled.has(id) || disabled.has(category)) return undefined;
    const chosen = overrides[id] ?? overrides[category] ?? severity;
    return chosen === 'off' ? undefined : chosen;
  };
  return {
    severityOf,
    apply(hits, text, postAllow = []) {
      const kept: RuleHit[] = [];
      const suppressed: SuppressedHit[] = [];
      const used = new Set<PostSuppression>();
      for (const hit of hits) {
        const severity = severityOf(hit.rule.id, hit.rule.category, hit.severity);
        if (!severity) continue;
        const adjusted = { ...hit, severity };
        const inSource = postAllow.filter((a) => allows(a, hit, text()));
        inSource.forEach((a) => used.add(a));
        const external = inSource.length === 0 ? projectAllow.find((a) => allows(a, hit, text())) : undefined;
        if (inSource[0]) suppressed.push({ hit: adjusted, suppression: { kind: 'inSource', justification: inSource[0].reason! } });
        else if (external) suppressed.push({ hit: adjusted, suppression: { kind: 'external', justification: external.reason } });
        else kept.push(adjusted);
      }
      return { kept, suppressed, used };
    },
  };
}

/** An allow entry covers a hit of its rule (or category, or any rule) overlapping its text. */
function allows(entry: AllowSpec | PostSuppression, hit: RuleHit, text: MappedText): boolean {
  if (entry.rule && entry.rule !== hit.rule.id && entry.rule !== hit.rule.category) return false;
  return occurrences(text, entry.text).some((r) => r.start < hit.match.end && hit.match.start < r.end);
}

/** Where `needle` stands in the post (original offsets), compared after NFKC. */
export function occurrences(text: MappedText, needle: string): Range[] {
  const wanted = needle.normalize('NFKC');
  const ranges: Range[] = [];
  if (!wanted) return ranges;
  for (let i = text.text.indexOf(wanted); i >= 0; i = text.text.indexOf(wanted, i + 1)) {
    ranges.push(toOriginalRange(text, i, i + wanted.length));
  }
  return ranges;
}

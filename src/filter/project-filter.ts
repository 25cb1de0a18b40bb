import type { Severity } from '../categories.js';
import type { AllowSpec, ConfigSpec } from '../config/schema.js';
import type { Document } from '../engine/document.js';
import type { RuleHit } from '../engine/run-rules.js';
import { toOriginalRange, type Range } from '../text/mapped-text.js';

/** The project's say over the rules' hits: what is switched off, how severe, what is allowed. */
export interface ProjectFilter {
  apply(hits: readonly RuleHit[], doc: Document, allow?: readonly AllowSpec[]): RuleHit[];
}

export function createProjectFilter(config: ConfigSpec): ProjectFilter {
  const disabled = new Set(config.disable ?? []);
  const overrides = config.severity ?? {};
  const projectAllow = config.allow ?? [];
  return {
    apply(hits, doc, postAllow = []) {
      const allow = [...projectAllow, ...postAllow];
      const kept: RuleHit[] = [];
      for (const hit of hits) {
        const { id, category } = hit.rule;
        if (disabled.has(id) || disabled.has(category)) continue;
        const severity = overrides[id] ?? overrides[category] ?? hit.severity;
        if (severity === 'off') continue;
        if (allow.some((a) => allows(a, hit, doc))) continue;
        kept.push({ ...hit, severity: severity as Severity });
      }
      return kept;
    },
  };
}

/** An allow entry covers a hit of its rule (or category, or any rule) overlapping its text. */
function allows(entry: AllowSpec, hit: RuleHit, doc: Document): boolean {
  if (entry.rule && entry.rule !== hit.rule.id && entry.rule !== hit.rule.category) return false;
  return occurrences(doc, entry.text).some((r) => r.start < hit.match.end && hit.match.start < r.end);
}

/** Where `text` stands in the post, compared after NFKC so full-width and half-width agree. */
export function occurrences(doc: Document, text: string): Range[] {
  const needle = text.normalize('NFKC');
  const ranges: Range[] = [];
  if (!needle) return ranges;
  for (let i = doc.nfkc.text.indexOf(needle); i >= 0; i = doc.nfkc.text.indexOf(needle, i + 1)) {
    ranges.push(toOriginalRange(doc.nfkc, i, i + needle.length));
  }
  return ranges;
}

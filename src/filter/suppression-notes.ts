import type { PostSuppression } from '../input/post.js';
import type { SuppressionNote } from '../report/build-findings.js';
import { maskSensitive } from '../report/mask.js';
import type { ProjectFilter } from './project-filter.js';

/** Rule ids of the findings about suppressions (they can be disabled or re-graded in the config). */
export const SUPPRESSION_RULES = {
  withoutReason: 'sns-lint/suppression-without-reason',
  unused: 'sns-lint/unused-suppression',
} as const;

/** What the notes need to know about the run's rules. */
export interface RuleLookup {
  /** A rule id or category the run knows. */
  isKnown(rule: string): boolean;
  /** Whether findings of this rule id or category are masked (personal data, secrets). */
  isSensitive(rule: string): boolean;
}

/**
 * The draft's own suppressions that need attention, as warnings at the line they are written:
 * one without a reason (it suppresses nothing until it has one), one naming no known rule or
 * category, and one that suppressed nothing in this run (stale: the text changed, or the rule
 * no longer fires). Severity and switching off follow the config like any rule's.
 */
export function suppressionNotes(
  entries: readonly PostSuppression[],
  used: ReadonlySet<PostSuppression>,
  rules: RuleLookup,
  filter: ProjectFilter,
): SuppressionNote[] {
  const notes: SuppressionNote[] = [];
  for (const entry of entries) {
    const shownText = rules.isSensitive(entry.rule) ? maskSensitive(entry.text) : entry.text;
    const what = `${entry.rule}「${shownText}」`;
    const sensitive = rules.isSensitive(entry.rule) && entry.textRange ? { sensitive: entry.textRange } : {};
    let note: Omit<SuppressionNote, 'severity'> | undefined;
    if (!entry.reason) {
      note = {
        ruleId: SUPPRESSION_RULES.withoutReason,
        message: `抑制（${what}）に理由（reason）が書かれていないため、この抑制は効いていません。`,
        suggestion: 'reason: に、問題ないと判断した理由を書いてください（例: 選挙管理委員会の公式のお知らせ）。',
        range: entry.range,
        ...sensitive,
      };
    } else if (!rules.isKnown(entry.rule)) {
      note = {
        ruleId: SUPPRESSION_RULES.unused,
        message: `抑制の rule「${entry.rule}」はルール ID でもカテゴリでもないため、何も抑制していません。`,
        suggestion: 'sns-lint rules で正しいルール ID かカテゴリを確かめてください。',
        range: entry.range,
        ...sensitive,
      };
    } else if (!used.has(entry)) {
      note = {
        ruleId: SUPPRESSION_RULES.unused,
        message: `抑制（${what}）に当たる指摘がありません。`,
        suggestion: '本文を直して不要になった抑制は削除してください。',
        range: entry.range,
        ...sensitive,
      };
    }
    if (!note) continue;
    const severity = filter.severityOf(note.ruleId, 'suppression', 'warning');
    if (severity) notes.push({ ...note, severity });
  }
  return notes;
}

import { ACCOUNTS, type Account } from '../categories.js';
import { createDocument, type PostContext } from '../engine/document.js';
import { collectRunData, runRunRules } from '../engine/run-checks.js';
import { runRules, type RuleHit } from '../engine/run-rules.js';
import { parseDateTime } from '../input/date-time.js';
import { WorkHoursSpec } from '../config/schema.js';
import type { Tokenizer } from '../tokenize/tokenizer.js';
import type { CompiledRule } from './compile.js';
import { loadRules, type RuleSet } from './load.js';

/**
 * Rules as their examples are checked: in a project with no official contacts and with
 * `work_hours:` set to its defaults (weekdays 08:30–17:15, Japanese holidays, 12:00–13:00 break),
 * so that rules about configured operating hours can show what they match.
 */
export function loadRulesForExamples(files: readonly string[]): RuleSet {
  return loadRules(files, { domains: [], phones: [] }, { workHours: WorkHoursSpec.parse({}) });
}

/** An embedded example that the rule got wrong. */
export interface ExampleFailure {
  readonly rule: CompiledRule;
  readonly text: string;
  readonly account: Account;
  /** `invalid` examples must be matched, `valid` ones must not. */
  readonly kind: 'invalid' | 'valid';
  /** What the rule matched (empty for a missed invalid example). */
  readonly matched: readonly string[];
}

export interface ExampleReport {
  readonly checked: number;
  readonly failures: readonly ExampleFailure[];
}

/** Runs every rule alone on each of its examples, as the rule's author meant them. */
export function checkExamples(rules: readonly CompiledRule[], tokenizer: Tokenizer): ExampleReport {
  let checked = 0;
  const failures: ExampleFailure[] = [];
  for (const rule of rules) {
    const defaultAccount = ACCOUNTS.find((a) => rule.severityFor(a) !== 'off') ?? 'official';
    for (const kind of ['invalid', 'valid'] as const) {
      for (const example of rule.spec.examples[kind]) {
        const { text, account = defaultAccount, ...meta } = typeof example === 'string' ? { text: example } : example;
        const publishAt = meta.publish_at ? parseDateTime(meta.publish_at) : undefined;
        // Noon in Japan: the example's day wherever the tests run.
        const reference = meta.now ? new Date(`${meta.now}T12:00:00+09:00`) : (publishAt ?? new Date());
        const context: PostContext = { account, now: reference, publishAt, platform: meta.platform };
        const doc = createDocument(text, context, tokenizer);
        let hits: RuleHit[];
        if (rule.runMatcher) {
          // The example and the drafts linted alongside it, as one run of the rule.
          const docs = [doc, ...(meta.alongside ?? []).map((other) => createDocument(other, context, tokenizer))];
          const posts = docs.map((d, i) => ({ file: i === 0 ? '例' : `同時に点検する下書き${i}`, account, publishAt, data: collectRunData(d, [rule]) }));
          hits = runRunRules(posts, [rule])[0]!;
        } else {
          hits = runRules(doc, [rule]);
        }
        const matched = hits.map((h) => text.slice(h.match.start, h.match.end));
        checked++;
        if ((kind === 'invalid') !== matched.length > 0) failures.push({ rule, text, account, kind, matched });
      }
    }
  }
  return { checked, failures };
}

import { ACCOUNTS, type Account } from '../categories.js';
import { createDocument } from '../engine/document.js';
import { runRules } from '../engine/run-rules.js';
import type { Tokenizer } from '../tokenize/tokenizer.js';
import type { CompiledRule } from './compile.js';

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
        const { text, account = defaultAccount, now } = typeof example === 'string' ? { text: example, now: undefined } : example;
        // Noon in Japan: the example's day wherever the tests run.
        const reference = now ? new Date(`${now}T12:00:00+09:00`) : new Date();
        const doc = createDocument(text, { account, now: reference }, tokenizer);
        const matched = runRules(doc, [rule]).map((h) => text.slice(h.match.start, h.match.end));
        checked++;
        if ((kind === 'invalid') !== matched.length > 0) failures.push({ rule, text, account, kind, matched });
      }
    }
  }
  return { checked, failures };
}

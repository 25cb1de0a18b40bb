import type { Account } from '../categories.js';
import type { CollectedPost } from '../match/types.js';
import type { CompiledRule } from '../rules/compile.js';
import type { Document } from './document.js';
import type { RuleHit } from './run-rules.js';

/**
 * The run-level stage: rules that compare the posts of one run with each other (repeated
 * posts). While each post is linted, every such rule keeps what it needs of the post
 * (`collectRunData`); once every post has been seen, the rules match over all of them
 * (`runRunRules`). Their hits then go through the same filters and suppressions as any other.
 */

/** What run-level rules kept of one post, by rule id. JSON-serializable: the cache stores it. */
export type RunData = Readonly<Record<string, unknown>>;

export function collectRunData(doc: Document, rules: readonly CompiledRule[]): RunData {
  const data: Record<string, unknown> = {};
  for (const rule of rules) {
    if (rule.runMatcher && rule.severityFor(doc.account) !== 'off') data[rule.id] = rule.runMatcher.collect(doc);
  }
  return data;
}

/** A post of the run, as the run-level stage sees it. */
export interface RunPost {
  readonly file: string;
  readonly account: Account;
  readonly publishAt?: Date;
  readonly data: RunData;
}

/** The hits of every run-level rule, per post (same order as `posts`). */
export function runRunRules(posts: readonly RunPost[], rules: readonly CompiledRule[]): RuleHit[][] {
  const hits: RuleHit[][] = posts.map(() => []);
  for (const rule of rules) {
    if (!rule.runMatcher) continue;
    // Posts for whose account the rule is off did not collect anything and take no part.
    const taking = posts.flatMap((p, i) => (rule.id in p.data ? [i] : []));
    const collected = taking.map(
      (i): CollectedPost => ({ file: posts[i]!.file, account: posts[i]!.account, publishAt: posts[i]!.publishAt, data: posts[i]!.data[rule.id] }),
    );
    rule.runMatcher.match(collected).forEach((matches, k) => {
      const post = posts[taking[k]!]!;
      const severity = rule.severityFor(post.account);
      if (severity === 'off') return;
      for (const match of matches) hits[taking[k]!]!.push({ rule, severity, match });
    });
  }
  return hits;
}

import { isCategory, type Account } from './categories.js';
import { createDocument, type PostContext } from './engine/document.js';
import { collectRunData, runRunRules, type RunData } from './engine/run-checks.js';
import { runRules, type RuleHit } from './engine/run-rules.js';
import type { ProjectFilter } from './filter/project-filter.js';
import { suppressionNotes, type RuleLookup } from './filter/suppression-notes.js';
import type { Profile } from './guidelines/profile.js';
import type { Post } from './input/post.js';
import type { Platform } from './platforms.js';
import { buildFileResult } from './report/build-findings.js';
import type { FileResult } from './report/model.js';
import type { CompiledRule } from './rules/compile.js';
import { toNfkc } from './text/normalize.js';
import type { Tokenizer } from './tokenize/tokenizer.js';

/** Everything a run sets up once and then applies to every post. */
export interface LinterSetup {
  readonly rules: readonly CompiledRule[];
  readonly profile: Profile;
  readonly filter: ProjectFilter;
  /** The account of posts that don't say (command line, else config, else official). */
  readonly account: Account;
  /** `--now`: the reference date and posting time of every post, over its own `publish_at`. */
  readonly now?: Date;
  /** Config `platform:`, for posts that don't say where they go. */
  readonly platform?: Platform;
}

/**
 * What linting one post produced before the run-level stage and the filters: the rules' hits
 * and what run-level rules kept of the post. This is what the cache stores, so that config
 * filters, suppressions and run-level checks still apply to a post that is not linted again.
 */
export interface PostScan {
  readonly hits: readonly RuleHit[];
  readonly runData: RunData;
}

function accountOf(post: Post, setup: LinterSetup): Account {
  return post.meta.account ?? setup.account;
}

/** read → normalize → tokenize → match, for one post. */
export function scanPost(post: Post, setup: LinterSetup, tokenizer: Tokenizer): PostScan {
  const publishAt = setup.now ?? post.meta.publishAt;
  const context: PostContext = {
    account: accountOf(post, setup),
    now: publishAt ?? new Date(),
    publishAt,
    platform: post.meta.platform ?? setup.platform,
  };
  const doc = createDocument(post.body, context, tokenizer);
  return { hits: runRules(doc, setup.rules), runData: collectRunData(doc, setup.rules) };
}

/**
 * The rest of the pipeline for every post of the run, once all are scanned: run-level checks
 * (repeated posts), then the project's filters and the drafts' suppressions, then findings.
 */
export function finishRun(items: ReadonlyArray<{ readonly post: Post; readonly scan: PostScan }>, setup: LinterSetup): FileResult[] {
  const runHits = runRunRules(
    items.map(({ post, scan }) => ({ file: post.file, account: accountOf(post, setup), publishAt: post.meta.publishAt, data: scan.runData })),
    setup.rules,
  );
  const lookup = ruleLookup(setup.rules);
  return items.map(({ post, scan }, i) => {
    const allow = post.meta.allow ?? [];
    let nfkc: ReturnType<typeof toNfkc> | undefined;
    const filtered = setup.filter.apply(
      [...scan.hits, ...runHits[i]!],
      () => (nfkc ??= toNfkc(post.body)),
      allow.filter((a) => a.reason),
    );
    const notes = suppressionNotes(allow, filtered.used, lookup, setup.filter);
    return buildFileResult(post, accountOf(post, setup), { kept: filtered.kept, suppressed: filtered.suppressed, notes }, setup.profile);
  });
}

/** read → normalize → tokenize → match → filter → report, for a post linted on its own. */
export function lintPost(post: Post, setup: LinterSetup & { readonly tokenizer: Tokenizer }): FileResult {
  return finishRun([{ post, scan: scanPost(post, setup, setup.tokenizer) }], setup)[0]!;
}

function ruleLookup(rules: readonly CompiledRule[]): RuleLookup {
  const ids = new Set(rules.map((r) => r.id));
  return {
    isKnown: (name) => ids.has(name) || isCategory(name),
    isSensitive: (name) => rules.some((r) => (r.id === name || r.category === name) && r.spec.mask),
  };
}

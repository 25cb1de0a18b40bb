import type { Account } from './categories.js';
import { createDocument } from './engine/document.js';
import { runRules } from './engine/run-rules.js';
import type { ProjectFilter } from './filter/project-filter.js';
import type { Profile } from './guidelines/profile.js';
import type { Post } from './input/post.js';
import { buildFileResult } from './report/build-findings.js';
import type { FileResult } from './report/model.js';
import type { CompiledRule } from './rules/compile.js';
import type { Tokenizer } from './tokenize/tokenizer.js';

/** Everything a run sets up once and then applies to every post. */
export interface LinterSetup {
  readonly rules: readonly CompiledRule[];
  readonly profile: Profile;
  readonly filter: ProjectFilter;
  readonly tokenizer: Tokenizer;
  /** The account of posts that don't say (command line, else config, else official). */
  readonly account: Account;
  /** `--now`: overrides every post's own reference date. */
  readonly now?: Date;
}

/** read → normalize → tokenize → match → filter → report, for one post. */
export function lintPost(post: Post, setup: LinterSetup): FileResult {
  const account = post.meta.account ?? setup.account;
  const doc = createDocument(
    post.body,
    {
      account,
      now: setup.now ?? post.meta.publishAt ?? new Date(),
      publishAt: post.meta.publishAt,
      platform: post.meta.platform,
    },
    setup.tokenizer,
  );
  const hits = setup.filter.apply(runRules(doc, setup.rules), doc, post.meta.allow);
  return buildFileResult(post, account, hits, setup.profile);
}

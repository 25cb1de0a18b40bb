import type { Account } from '../categories.js';
import type { AllowSpec } from '../config/schema.js';

/** What a draft file says about its post besides the text. */
export interface PostMeta {
  readonly account?: Account;
  readonly platform?: string;
  readonly publishAt?: Date;
  readonly allow?: readonly AllowSpec[];
}

/** One post to lint, and where its positions are counted. */
export interface Post {
  /** How the post is named in reports ("posts/a.txt", "posts/plan.csv#row=3"). */
  readonly file: string;
  /** The text positions are counted in: the whole file after any BOM, or a CSV row's text. */
  readonly source: string;
  /** Where the post body starts in `source` (after front matter). */
  readonly bodyStart: number;
  readonly body: string;
  readonly meta: PostMeta;
}

/** A plain draft: the whole text is the post. */
export function plainPost(file: string, text: string): Post {
  return { file, source: text, bodyStart: 0, body: text, meta: {} };
}

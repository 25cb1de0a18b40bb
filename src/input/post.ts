import type { Account } from '../categories.js';
import type { Platform } from '../platforms.js';
import type { Range } from '../text/mapped-text.js';
import type { Position } from '../text/positions.js';

/**
 * A suppression written in the draft itself (front matter `sns-lint.allow`). One without a
 * reason is kept so that it can be reported: it does not suppress anything.
 */
export interface PostSuppression {
  /** A rule id or a category. */
  readonly rule: string;
  readonly text: string;
  readonly reason?: string;
  /** Where the entry is written (its first line), in offsets of the post's `source`. */
  readonly range: Range;
  /** Where its `text:` value is written (masked in reports when the rule is about personal data). */
  readonly textRange?: Range;
}

/** What a draft file says about its post besides the text. */
export interface PostMeta {
  readonly account?: Account;
  readonly platform?: Platform;
  readonly publishAt?: Date;
  readonly allow?: readonly PostSuppression[];
}

/** Where a CSV row's text stands in the file it was read from. */
export interface ContainerFile {
  /** The file, as reports name it ("posts/plan.csv"). */
  readonly path: string;
  /** Line and column in the file of an offset in the row's text. */
  position(offset: number): Position;
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
  /** Where `publish_at` is written in `source`, so findings about the schedule point there. */
  readonly publishAtRange?: Range;
  /** For a CSV row: the file it is in, for formats that can only point into real files. */
  readonly container?: ContainerFile;
}

/** A plain draft: the whole text is the post. */
export function plainPost(file: string, text: string): Post {
  return { file, source: text, bodyStart: 0, body: text, meta: {} };
}

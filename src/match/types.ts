import type { Account } from '../categories.js';
import type { Document } from '../engine/document.js';

/** A matched span in original offsets (UTF-16 units of the post text). */
export interface Match {
  readonly start: number;
  readonly end: number;
  /** Extra placeholders for the rule's message, offered by detectors ({expected}, {host}, …). */
  readonly vars?: Readonly<Record<string, string>>;
  /**
   * The finding is about the post's schedule rather than its words: reports point at where
   * `publish_at` is written when the file says (front matter), else at the span above.
   */
  readonly about?: 'publishAt';
}

/** Every matcher kind compiles to this: a pure function of the prepared post. */
export type Matcher = (doc: Document) => Match[];

/** A post as a run-level matcher sees it: what it kept of the post, and where the post stands. */
export interface CollectedPost<T = unknown> {
  /** How reports name the post ("posts/a.md", "plan.csv#row=2"). */
  readonly file: string;
  readonly account: Account;
  readonly publishAt?: Date;
  readonly data: T;
}

/**
 * A matcher that compares the posts of one run with each other (the same text posted twice).
 * It keeps a little of each post while the post is linted, and matches once every post of
 * the run has been seen.
 */
export interface RunMatcher<T = unknown> {
  /** What to keep of a post: small and JSON-serializable, since the cache stores it. */
  collect(doc: Document): T;
  /** The matches in each post (same order as `posts`), in original offsets of that post's text. */
  match(posts: readonly CollectedPost<T>[]): Match[][];
}

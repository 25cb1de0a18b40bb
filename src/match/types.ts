import type { Document } from '../engine/document.js';

/** A matched span in original offsets (UTF-16 units of the post text). */
export interface Match {
  readonly start: number;
  readonly end: number;
  /** Extra placeholders for the rule's message, offered by detectors ({expected}, {host}, …). */
  readonly vars?: Readonly<Record<string, string>>;
}

/** Every matcher kind compiles to this: a pure function of the prepared post. */
export type Matcher = (doc: Document) => Match[];

import type { Document } from '../engine/document.js';
import { lexKey } from '../text/fold.js';
import { sentenceAt } from '../text/sentences.js';
import type { ConditionSpec } from '../rules/schema.js';
import { compileSafeRegex } from './regex.js';
import type { Match } from './types.js';

/** A test of the surroundings of a match. */
export type Condition = (doc: Document, match: Match) => boolean;

/** How far before or after a match `preceding`/`following` look, in normalized units. */
const NEIGHBOUR_WINDOW = 24;

/** All fields of the spec must hold. */
export function compileCondition(spec: ConditionSpec): Condition {
  const tests: Condition[] = [];
  if (spec.preceding) {
    const words = spec.preceding.map(lexKey);
    tests.push((doc, m) => {
      const i = doc.normalizedIndex(m.start);
      const before = lexKey(doc.normalized.text.slice(Math.max(0, i - NEIGHBOUR_WINDOW), i).trimEnd());
      return words.some((w) => before.endsWith(w));
    });
  }
  if (spec.following) {
    const words = spec.following.map(lexKey);
    tests.push((doc, m) => {
      const i = doc.normalizedIndex(m.end);
      const after = lexKey(doc.normalized.text.slice(i, i + NEIGHBOUR_WINDOW).trimStart());
      return words.some((w) => after.startsWith(w));
    });
  }
  if (spec.sentence) {
    const regex = compileSafeRegex(spec.sentence, 'u');
    tests.push((doc, m) => {
      const s = sentenceAt(doc.sentences, doc.normalizedIndex(m.start));
      return regex.test(doc.normalized.text.slice(s.start, s.end));
    });
  }
  if (spec.post) {
    const regex = compileSafeRegex(spec.post, 'u');
    tests.push((doc) => regex.test(doc.normalized.text));
  }
  if (spec.match) {
    const regex = compileSafeRegex(spec.match, 'u');
    tests.push((doc, m) => regex.test(doc.normalized.text.slice(doc.normalizedIndex(m.start), doc.normalizedIndex(m.end))));
  }
  return (doc, m) => tests.every((t) => t(doc, m));
}

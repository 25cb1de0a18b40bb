import type { Document } from '../engine/document.js';
import type { Match, Matcher } from './types.js';

/**
 * "If the post does A it must also do B": the matches of `when`, but only in posts where
 * `expect` matches nowhere. (The engine reports just the first trigger that survives the
 * rule's conditions: one missing statement is one problem, however often it is triggered.)
 */
export function compileRequirement(when: Matcher, expect: Matcher): Matcher {
  return (doc: Document): Match[] => {
    const triggers = when(doc);
    if (triggers.length === 0 || expect(doc).length > 0) return [];
    return triggers;
  };
}

import type { Document } from '../engine/document.js';
import { toOriginalRange } from '../text/mapped-text.js';
import { compileSafeRegex } from './regex.js';
import type { Match, Matcher } from './types.js';

export interface PatternOptions {
  readonly regex: readonly string[];
  readonly flags?: string;
  readonly layer: 'normalized' | 'nfkc';
}

/** Regular expressions over a text layer of the post; matches map back to the original. */
export function compilePattern(options: PatternOptions): Matcher {
  const regexes = options.regex.map((source) => compileSafeRegex(source, `gu${options.flags ?? ''}`));
  return (doc: Document): Match[] => {
    const layer = doc[options.layer];
    const matches: Match[] = [];
    for (const regex of regexes) {
      for (const m of layer.text.matchAll(regex)) {
        if (m[0].length === 0) continue;
        matches.push(toOriginalRange(layer, m.index, m.index + m[0].length));
      }
    }
    return matches;
  };
}

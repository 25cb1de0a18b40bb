import type { Document } from '../engine/document.js';
import { toOriginalRange, type MappedText } from '../text/mapped-text.js';
import { compileSafeRegex } from './regex.js';
import { requiredChars } from './required-chars.js';
import type { Match, Matcher } from './types.js';

export interface PatternOptions {
  readonly regex: readonly string[];
  readonly flags?: string;
  readonly layer: 'normalized' | 'nfkc';
}

/**
 * Regular expressions over a text layer of the post; matches map back to the original. An
 * expression that needs one of a few characters (required-chars.ts) is not run on a post
 * that has none of them: most posts have nothing most expressions look for.
 */
export function compilePattern(options: PatternOptions): Matcher {
  const flags = `gu${options.flags ?? ''}`;
  const regexes = options.regex.map((source) => ({ regex: compileSafeRegex(source, flags), needs: requiredChars(source, flags) }));
  return (doc: Document): Match[] => {
    const layer = doc[options.layer];
    const chars = charsOf(layer);
    const matches: Match[] = [];
    const text = layer.text;
    for (const { regex, needs } of regexes) {
      if (needs && !needs.some((c) => chars.has(c))) continue;
      // exec on the compiled expression: matchAll would copy it for every post.
      regex.lastIndex = 0;
      for (let m = regex.exec(text); m; m = regex.exec(text)) {
        if (m[0].length === 0) {
          regex.lastIndex = nextCodePoint(text, regex.lastIndex);
          continue;
        }
        matches.push(toOriginalRange(layer, m.index, m.index + m[0].length));
      }
    }
    return matches;
  };
}

/** Where matchAll goes on after an empty match of a `u` expression: past one code point. */
function nextCodePoint(text: string, index: number): number {
  const unit = text.charCodeAt(index);
  const next = text.charCodeAt(index + 1);
  return unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1;
}

const charsByLayer = new WeakMap<MappedText, ReadonlySet<number>>();

/** The characters of a text layer, by code point and (for pairs) by each UTF-16 unit too. */
function charsOf(layer: MappedText): ReadonlySet<number> {
  let chars = charsByLayer.get(layer);
  if (!chars) {
    const set = new Set<number>();
    const text = layer.text;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      set.add(unit);
      if (unit >= 0xd800 && unit <= 0xdbff) {
        const cp = text.codePointAt(i)!;
        if (cp > 0xffff) set.add(cp);
      }
    }
    charsByLayer.set(layer, set);
    chars = set;
  }
  return chars;
}

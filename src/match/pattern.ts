import type { Document } from '../engine/document.js';
import { toOriginalRange } from '../text/mapped-text.js';
import { compileSafeRegex } from './regex.js';
import { LiteralIndex } from './literal-index.js';
import { requiredLiterals } from './required-literals.js';
import type { Match, Matcher } from './types.js';

export interface PatternOptions {
  readonly regex: readonly string[];
  readonly flags?: string;
  readonly layer: 'normalized' | 'nfkc';
}

/**
 * Regular expressions over a text layer of the post; matches map back to the original. An
 * expression that needs one of a few strings (required-literals.ts) is not run on a post that
 * has none of them: most posts have nothing most expressions look for.
 */
export function compilePattern(options: PatternOptions): Matcher {
  const flags = `gu${options.flags ?? ''}`;
  const regexes = options.regex.map((source) => {
    const literals = requiredLiterals(source, flags);
    return { regex: compileSafeRegex(source, flags), needs: literals && literalIndex.add(literals) };
  });
  return (doc: Document): Match[] => {
    const layer = doc[options.layer];
    const found = literalsIn(doc, options.layer);
    const matches: Match[] = [];
    const text = layer.text;
    for (const { regex, needs } of regexes) {
      if (needs !== undefined && found[needs] !== 1) continue;
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

/** The literals each expression compiled in this process needs. */
const literalIndex = new LiteralIndex();
const FOUND_IN = { normalized: Symbol('literals in normalized'), nfkc: Symbol('literals in nfkc') };

/**
 * Which expressions' literals a text layer of the post holds: found once per post and layer
 * (again if expressions were compiled since).
 */
function literalsIn(doc: Document, layer: PatternOptions['layer']): Uint8Array {
  let found = doc.memo.get(FOUND_IN[layer]) as Uint8Array | undefined;
  if (!found || found.length < literalIndex.size) {
    found = literalIndex.find(doc[layer].text);
    doc.memo.set(FOUND_IN[layer], found);
  }
  return found;
}

import { createRequire } from 'node:module';
import type { AST, RegExpParser } from '@eslint-community/regexpp';
import { loadMemo } from '../cache/load-memo.js';

const require = createRequire(import.meta.url);

/**
 * Strings of which a text must contain at least one for a regular expression to have a chance
 * of matching it: for `(胸|おっぱい)が(大きい|でかい)`, 胸 or おっぱい (say). A post holding none of
 * them is skipped without running the expression (literal-index.ts finds them all in one pass).
 * Worked out from the expression's syntax tree: a match contains a match of every element of a
 * sequence, so any element with fixed text will do; of a choice, one of the branches.
 * Undefined when nothing can be told (text that can be anything, case-insensitive
 * expressions): the expression runs.
 */
export function requiredLiterals(source: string, flags: string): string[] | undefined {
  const memo = loadMemo().requiredLiterals;
  const key = `${flags}/${source}`;
  let literals = memo.get(key);
  if (literals === undefined) {
    literals = workOut(source, flags) ?? null;
    memo.set(key, literals);
  }
  return literals ?? undefined;
}

function workOut(source: string, flags: string): string[] | undefined {
  if (flags.includes('i')) return undefined;
  // Loaded only for an expression the build's memo (cache/load-memo.ts) has not seen.
  const { RegExpParser: Parser } = require('@eslint-community/regexpp') as { RegExpParser: typeof RegExpParser };
  let pattern: AST.Pattern;
  try {
    pattern = new Parser({ ecmaVersion: 2025 }).parsePattern(source, 0, source.length, {
      unicode: flags.includes('u'),
      unicodeSets: flags.includes('v'),
    });
  } catch {
    return undefined;
  }
  const literals = ofChoice(pattern.alternatives);
  if (!literals) return undefined;
  return [...new Set(literals)];
}

/** Strings of which every match contains one; undefined when there is no such set. */
type Literals = string[] | undefined;

function ofChoice(alternatives: readonly AST.Alternative[]): Literals {
  const all: string[] = [];
  for (const alternative of alternatives) {
    const literals = ofSequence(alternative.elements);
    if (!literals) return undefined;
    all.push(...literals);
  }
  return all;
}

/** Any element with fixed text will do; the one least likely to be in a post is taken. */
function ofSequence(elements: readonly AST.Element[]): Literals {
  const candidates: string[][] = [];
  let run = '';
  for (const element of elements) {
    if (element.type === 'Character') {
      run += String.fromCodePoint(element.value);
      continue;
    }
    if (run) candidates.push([run]);
    run = '';
    const literals = ofElement(element);
    if (literals) candidates.push(literals);
  }
  if (run) candidates.push([run]);
  let best: string[] | undefined;
  let bestCost = Infinity;
  for (const candidate of candidates) {
    const cost = [...new Set(candidate)].reduce((sum, s) => sum + commonnessOf(s), 0);
    if (cost < bestCost) [best, bestCost] = [candidate, cost];
  }
  return best;
}

function ofElement(element: AST.Element): Literals {
  switch (element.type) {
    case 'Character':
      return [String.fromCodePoint(element.value)];
    case 'Group':
    case 'CapturingGroup':
      return ofChoice(element.alternatives);
    case 'Quantifier':
      return element.min >= 1 ? ofElement(element.element) : undefined;
    case 'CharacterClass':
      return ofClass(element);
    default:
      // Assertions match no text; character sets (., \d, \p{…}) and back-references any.
      return undefined;
  }
}

/** The characters of a class written as characters and short ranges. */
function ofClass(cls: AST.CharacterClass): Literals {
  if (cls.negate || cls.unicodeSets) return undefined;
  const chars: string[] = [];
  for (const element of cls.elements) {
    if (element.type === 'Character') chars.push(String.fromCodePoint(element.value));
    else if (element.type === 'CharacterClassRange' && element.max.value - element.min.value < 64) {
      for (let c = element.min.value; c <= element.max.value; c++) chars.push(String.fromCodePoint(c));
    } else return undefined;
  }
  return chars.length > 0 ? chars : undefined;
}

/**
 * How often a string turns up in posts, roughly: as its rarest character, a quarter as often for
 * each character more.
 */
function commonnessOf(s: string): number {
  let rarest = Infinity;
  let length = 0;
  for (const ch of s) {
    rarest = Math.min(rarest, commonness(ch.codePointAt(0)!));
    length++;
  }
  return rarest / 4 ** (length - 1);
}

/**
 * How often a character turns up in Japanese posts, roughly, by kind: only the order matters
 * (it decides which characters are checked, never whether a post can match).
 */
function commonness(c: number): number {
  if (c >= 0x3041 && c <= 0x309f) return 20; // hiragana
  if (c < 0x80) return /[A-Za-z]/.test(String.fromCharCode(c)) ? 6 : 15; // Latin letters; digits, spaces, punctuation
  if (c >= 0x3000 && c <= 0x303f) return 15; // Japanese punctuation
  if (c >= 0x30a0 && c <= 0x30ff) return 4; // katakana
  if (c >= 0x4e00 && c <= 0x9fff) return 2; // kanji
  return 1; // emoji, symbols, everything else
}

import { describe, expect, it } from 'vitest';
import { requiredLiterals } from '../../src/match/required-literals.js';
import { loadRules, ruleFiles } from '../../src/rules/load.js';
import type { PatternSpec } from '../../src/rules/schema.js';
import { normalize } from '../../src/text/normalize.js';
import { sampleTexts } from '../helpers/sample-texts.js';

const literals = (s: string) => [...(requiredLiterals(s, 'gu') ?? [])].sort();

describe('requiredLiterals', () => {
  it('takes fixed text from a sequence, every branch of a choice, and short classes', () => {
    expect(literals('ここだけの話')).toEqual(['ここだけの話']);
    expect([['尻', '胸'], ['でかい', '大きい']]).toContainEqual(literals('(胸|尻)が(大きい|でかい)'));
    expect(literals('(胸|おっぱい)が大きい')).toEqual(['が大きい']);
    expect(literals('(胸|おっぱい)が?')).toEqual(['おっぱい', '胸']);
    expect(literals('[🍆🍑]{1,6}')).toEqual(['🍆', '🍑']);
    expect(literals('x+y')).toHaveLength(1);
    expect(['x', 'y']).toContain(literals('x+y')[0]);
  });

  it('prefers the longer, rarer text of a sequence', () => {
    expect(literals('(?:不幸|病気)(?:は|の原因は)[^。]{0,15}(?:霊|先祖)')).toEqual(['不幸', '病気']);
    expect(literals('ご(?:自身|自分)の(?:頭|脳)の問題')).toEqual(['の問題']);
  });

  it('tells nothing when a match may hold no fixed text, or case is ignored', () => {
    for (const source of ['a?', 'a*b?', '(?:x|)', '[^a]', '\\p{L}+', '.', '(?=abc)', 'a|\\d']) {
      expect(requiredLiterals(source, 'gu'), source).toBeUndefined();
    }
    expect(requiredLiterals('abc', 'giu')).toBeUndefined();
    expect(requiredLiterals('(', 'gu')).toBeUndefined();
  });

  it('never rules out a text an expression of the shipped rules matches', () => {
    const { rules } = loadRules(ruleFiles(), { domains: [], phones: [] });
    const sources = rules.flatMap((r) => patternSources(r.spec.pattern));
    expect(sources.length).toBeGreaterThan(100);
    const texts = sampleTexts(100).flatMap((t) => {
      const { nfkc, normalized } = normalize(t);
      return [nfkc.text, normalized.text];
    });
    const missed: string[] = [];
    for (const { regex, flags } of sources) {
      const needs = requiredLiterals(regex, `gu${flags}`);
      if (!needs) continue;
      const re = new RegExp(regex, `u${flags}`);
      for (const text of texts) {
        if (re.test(text) && !needs.some((literal) => text.includes(literal))) missed.push(`${regex} / ${text}`);
      }
    }
    expect(missed).toEqual([]);
  });
});

function patternSources(spec: PatternSpec | undefined): { regex: string; flags: string }[] {
  if (spec === undefined) return [];
  if (typeof spec === 'string') return [{ regex: spec, flags: '' }];
  if (Array.isArray(spec)) return spec.map((regex) => ({ regex, flags: '' }));
  const list = typeof spec.regex === 'string' ? [spec.regex] : spec.regex;
  return list.map((regex) => ({ regex, flags: spec.flags ?? '' }));
}

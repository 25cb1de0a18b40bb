import { describe, expect, it } from 'vitest';
import { requiredChars } from '../../src/match/required-chars.js';
import { loadRules, ruleFiles } from '../../src/rules/load.js';
import type { PatternSpec } from '../../src/rules/schema.js';
import { normalize } from '../../src/text/normalize.js';
import { sampleTexts } from '../helpers/sample-texts.js';

const chars = (s: string) => String.fromCodePoint(...(requiredChars(s, 'gu') ?? []));

describe('requiredChars', () => {
  it('takes fixed text from a sequence, every branch of a choice, and short classes', () => {
    expect(chars('ここだけの話')).toHaveLength(1);
    expect('ここだけの話').toContain(chars('ここだけの話'));
    expect([...chars('(胸|尻)が(大きい|でかい)')].sort()).toEqual([...'胸尻'].sort());
    expect([...chars('[🍆🍑]{1,6}')].sort()).toEqual([...'🍆🍑'].sort());
    expect(chars('x+y')).toMatch(/^[xy]$/);
  });

  it('tells nothing when a match may hold no fixed text, or case is ignored', () => {
    for (const source of ['a?', 'a*b?', '(?:x|)', '[^a]', '\\p{L}+', '.', '(?=abc)', 'a|\\d']) {
      expect(requiredChars(source, 'gu'), source).toBeUndefined();
    }
    expect(requiredChars('abc', 'giu')).toBeUndefined();
    expect(requiredChars('(', 'gu')).toBeUndefined();
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
      const needs = requiredChars(regex, `gu${flags}`);
      if (!needs) continue;
      const re = new RegExp(regex, `u${flags}`);
      for (const text of texts) {
        if (re.test(text) && !needs.some((c) => text.includes(String.fromCodePoint(c)))) missed.push(`${regex} / ${text}`);
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

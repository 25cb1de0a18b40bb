import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsAny, LiteralIndex, wordsIn } from '../../src/match/literal-index.js';

describe('LiteralIndex', () => {
  it('tells which sets have a literal in the text, overlapping and nested literals included', () => {
    const index = new LiteralIndex();
    const sets = [['he', 'she'], ['his', 'hers'], ['死ね'], ['ね'], ['𠮷野'], ['野家で']];
    const ids = sets.map((s) => index.add(s));
    const found = (text: string) => sets.filter((_, i) => index.find(text)[ids[i]!] === 1);
    expect(found('ushers')).toEqual([['he', 'she'], ['his', 'hers']]);
    expect(found('みんな死ねばいい')).toEqual([['死ね'], ['ね']]);
    expect(found('𠮷野家で')).toEqual([['𠮷野'], ['野家で']]);
    expect(found('')).toEqual([]);
  });

  it('finds again after sets are added, and gives a set made of known literals its own id', () => {
    const index = new LiteralIndex();
    const first = index.add(['abc']);
    expect(index.find('xabcx')[first]).toBe(1);
    const second = index.add(['abc', 'zz']);
    expect(second).not.toBe(first);
    const found = index.find('zz');
    expect([found[first], found[second]]).toEqual([0, 1]);
    // Made only of literals the index has: each set is still named once, however many it finds.
    const third = index.add(['zz', 'abc']);
    expect(index.setsIn('abczz')).toEqual([first, second, third]);
    expect(index.has('abczz', third)).toBe(true);
  });

  it('agrees with includes on any literals and texts, asked again and again, sets added between', () => {
    // Few letters, so that literals overlap, nest and share suffixes as often as possible.
    const letter = fc.constantFrom('a', 'b', 'あ', 'ア', '\uD842', '\uDFB7');
    const word = fc.string({ unit: letter, maxLength: 4 });
    fc.assert(
      fc.property(
        fc.array(fc.array(word, { minLength: 1, maxLength: 4 }), { maxLength: 8 }),
        fc.array(fc.array(word, { minLength: 1, maxLength: 4 }), { maxLength: 3 }),
        fc.array(fc.string({ unit: letter, maxLength: 30 }), { minLength: 1, maxLength: 4 }),
        (firstSets, laterSets, texts) => {
          // One index asked about several texts, with sets added between: as the program uses it.
          const index = new LiteralIndex();
          const sets: string[][] = [];
          const ids: number[] = [];
          const add = (more: string[][]) => more.forEach((s) => (sets.push(s), ids.push(index.add(s))));
          const check = (text: string) => {
            const expected = sets.map((set) => set.some((l) => text.includes(l)));
            const found = index.find(text);
            sets.forEach((set, i) => expect(found[ids[i]!], `${set} in ${text}`).toBe(expected[i] ? 1 : 0));
            expect(index.setsIn(text)).toEqual(ids.filter((_, i) => expected[i]));
            sets.forEach((set, i) => expect(index.has(text, ids[i]!), `${set} in ${text}`).toBe(expected[i]));
          };
          add(firstSets);
          texts.forEach(check);
          add(laterSets);
          texts.forEach(check);
        },
      ),
      { seed: 20261122, numRuns: 2000 },
    );
  });
});

describe('containsAny and wordsIn', () => {
  it('answer as includes does, the empty word included', () => {
    const words = ['認証なし', 'パッチ未適用', 'なし'];
    for (const text of ['smtp認証なしのサーバー', 'パッチ適用済み', '', 'なし']) {
      expect(containsAny(words)(text), text).toBe(words.some((w) => text.includes(w)));
      expect(wordsIn(words)(text), text).toEqual(words.flatMap((w, i) => (text.includes(w) ? [i] : [])));
    }
    expect(containsAny([])('anything')).toBe(false);
    expect(containsAny(['x', ''])('')).toBe(true);
    expect(wordsIn(['x', '', 'y'])('yx')).toEqual([0, 1, 2]);
    expect(wordsIn(['x', '', 'y'])('')).toEqual([1]);
  });
});

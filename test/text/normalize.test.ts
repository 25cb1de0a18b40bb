import { describe, expect, it } from 'vitest';
import { toOriginalRange } from '../../src/text/mapped-text.js';
import { normalize, toNfkc } from '../../src/text/normalize.js';
import { sampleTexts } from '../helpers/sample-texts.js';

/** The original characters a range of the normalized text came from. */
function back(original: string, from: string): string {
  const { normalized } = normalize(original);
  const i = normalized.text.indexOf(from);
  expect(i, `「${from}」 in 「${normalized.text}」`).toBeGreaterThanOrEqual(0);
  const r = toOriginalRange(normalized, i, i + from.length);
  return original.slice(r.start, r.end);
}

describe('normalize', () => {
  it('folds half-width katakana with voiced marks into one character each', () => {
    expect(normalize('ﾊﾞｶじゃないの').normalized.text).toBe('バカじゃないの');
    expect(back('ﾊﾞｶじゃないの', 'バカ')).toBe('ﾊﾞｶ');
  });

  it('folds full-width Latin, digits and punctuation (NFKC)', () => {
    expect(normalize('ｈｔｔｐｓ：／／ｂｉｔ．ｌｙ').nfkc.text).toBe('https://bit.ly');
    expect(normalize('０９０－１２３４').nfkc.text).toBe('090-1234');
  });

  it('joins letters spaced out or separated by symbols to dodge filters', () => {
    expect(normalize('マ ジ で ク ズ。').normalized.text).toBe('マジでクズ。');
    expect(normalize('ば　か').normalized.text).toBe('ばか');
    expect(normalize('「バ・カ」だ').normalized.text).toBe('「バカ」だ');
    expect(normalize('お前 死 ね').normalized.text).toBe('お前 死ね');
    expect(normalize('朝 鮮 人').normalized.text).toBe('朝鮮人');
    expect(normalize('シ ナ 人の団体客').normalized.text).toBe('シナ人の団体客');
    expect(back('マ ジ で ク ズ。', 'クズ')).toBe('ク ズ');
  });

  it('keeps separators between longer words and in the NFKC layer', () => {
    expect(normalize('ブラジル・ポルトガル語').normalized.text).toBe('ブラジル・ポルトガル語');
    expect(normalize('東京・大阪').normalized.text).toBe('東京・大阪');
    expect(normalize('講師：北山大学 長谷川 誠 教授').normalized.text).toBe('講師:北山大学 長谷川 誠 教授');
    expect(normalize('はい そうです').normalized.text).toBe('はい そうです');
    expect(normalize('(月・祝)').nfkc.text).toBe('(月・祝)');
    expect(normalize('ID: kikaku01 / PW').normalized.text).toBe('ID: kikaku01 / PW');
  });

  it('never joins across a line break', () => {
    expect(normalize('お知らせ\n工事のため').normalized.text).toBe('お知らせ\n工事のため');
    expect(normalize('ク\nズ').normalized.text).toBe('ク\nズ');
  });

  it('drops zero-width characters and variation selectors, mapping around them', () => {
    expect(normalize('バ\u200Bカ').normalized.text).toBe('バカ');
    expect(back('あいつはバ\u200Bカだ', 'バカ')).toBe('バ\u200Bカ');
    expect(normalize('葛\u{E0100}城').nfkc.text).toBe('葛城');
  });

  it('maps characters after surrogate pairs and emoji to their original offsets', () => {
    const original = '𠮷野家👨‍👩‍👧バカ';
    const { normalized } = normalize(original);
    const i = normalized.text.indexOf('バカ');
    expect(toOriginalRange(normalized, i, i + 2)).toEqual({ start: original.indexOf('バカ'), end: original.indexOf('バカ') + 2 });
  });

  it('maps an empty range to a position rather than failing', () => {
    const { normalized } = normalize('abc');
    expect(toOriginalRange(normalized, 3, 3)).toEqual({ start: 3, end: 3 });
  });
});

describe('toNfkc', () => {
  /** The definition: NFKC of each character with the marks that extend it, invisibles dropped. */
  function byDefinition(original: string) {
    const clusters = original.match(/(?:[\uD800-\uDBFF][\uDC00-\uDFFF]|[\s\S])(?:\p{M}|[\uFF9E\uFF9F])*/gu) ?? [];
    let offset = 0;
    const units: { ch: string; start: number; end: number }[] = [];
    for (const cluster of clusters) {
      const piece = cluster.normalize('NFKC').replace(/[\u200B-\u200D\u2060\uFEFF\u00AD\u180E\uFE00-\uFE0F]|\uDB40[\uDD00-\uDDEF]/g, '');
      for (const ch of piece.split('')) units.push({ ch, start: offset, end: offset + cluster.length });
      offset += cluster.length;
    }
    return units;
  }

  it('gives what the definition gives, unit by unit, on every kind of text', () => {
    for (const text of sampleTexts(50)) {
      const nfkc = toNfkc(text);
      const expected = byDefinition(text);
      expect(nfkc.text, text).toBe(expected.map((u) => u.ch).join(''));
      expect([...nfkc.starts], text).toEqual(expected.map((u) => u.start));
      expect([...nfkc.ends], text).toEqual(expected.map((u) => u.end));
    }
  });
});

import { MappedTextBuilder, type MappedText } from './mapped-text.js';

/**
 * Characters that carry no visible meaning and are used to break up words ("バ\u200Bカ"):
 * zero-width space/joiners, word joiner, BOM, soft hyphen, Mongolian vowel separator and
 * variation selectors (standard and supplementary).
 */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD\u180E\uFE00-\uFE0F]|\uDB40[\uDD00-\uDDEF]/g;

/** Marks that belong to the character before them, so NFKC must see them together (ﾊﾞ → バ). */
const EXTENDING = /^(?:\p{M}|[\uFF9E\uFF9F])$/u;

/**
 * Characters people put between the letters of a word to dodge a filter: spaces (not line
 * breaks), symbols (バ カ, ク*ズ, ば☆か, バ・カ) and separators that also stand between ordinary
 * words (ブラジル・ポルトガル語, 東京/大阪).
 */
const SEPARATOR = '[^\\S\\r\\n]|[*_~☆★♡♥♪・./\\-‐‑–—|]';
const SEPARATOR_RUN = new RegExp(`(?:${SEPARATOR})+`, 'gu');
/** Kana (with the long-vowel mark) and kanji: the characters Japanese words are made of. */
const WORD_CHAR = /^[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}ー]$/u;
const KANA = /^[\p{Script=Hiragana}\p{Script=Katakana}ー]$/u;

export interface NormalizedLayers {
  /** NFKC (half-width kana, full-width Latin and digits folded), invisible characters removed. */
  readonly nfkc: MappedText;
  /** `nfkc` with letters spaced out to dodge filters joined again: what rules match. */
  readonly normalized: MappedText;
}

export function normalize(original: string): NormalizedLayers {
  const nfkc = toNfkc(original);
  return { nfkc, normalized: collapseSpacedLetters(nfkc) };
}

/** NFKC, cluster by cluster, so each output unit maps to the original cluster it came from. */
export function toNfkc(original: string): MappedText {
  const out = new MappedTextBuilder(original.length);
  let clusterStart = 0;
  let i = 0;
  const flush = (end: number): void => {
    if (end > clusterStart) {
      const piece =
        end - clusterStart === 1 ? nfkcOfUnit(original.charCodeAt(clusterStart)) : nfkcOf(original.slice(clusterStart, end));
      out.push(piece, clusterStart, end);
    }
    clusterStart = end;
  };
  while (i < original.length) {
    const unit = original.charCodeAt(i);
    const width = unit >= 0xd800 && unit <= 0xdbff && isLowSurrogate(original.charCodeAt(i + 1)) ? 2 : 1;
    if (i > clusterStart && !(width === 1 ? isExtendingUnit(unit) : isExtending(original.codePointAt(i)!))) flush(i);
    i += width;
  }
  flush(original.length);
  return out.build();
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

function nfkcOf(cluster: string): string {
  return cluster.normalize('NFKC').replace(INVISIBLE, '');
}

function isExtending(codePoint: number): boolean {
  return EXTENDING.test(String.fromCodePoint(codePoint));
}

/**
 * Posts are made of a few hundred distinct characters, each met again and again: what NFKC
 * makes of a single UTF-16 unit, and whether it extends the character before it, is worked
 * out once per unit and remembered (exactly as computed, so nothing changes but the time).
 * There are at most 65,536 units, so the tables stay small whatever the input.
 */
const unitNfkc = new Map<number, string>();
const unitExtending = new Map<number, boolean>();

function nfkcOfUnit(unit: number): string {
  let piece = unitNfkc.get(unit);
  if (piece === undefined) {
    piece = nfkcOf(String.fromCharCode(unit));
    unitNfkc.set(unit, piece);
  }
  return piece;
}

function isExtendingUnit(unit: number): boolean {
  let extending = unitExtending.get(unit);
  if (extending === undefined) {
    extending = isExtending(unit);
    unitExtending.set(unit, extending);
  }
  return extending;
}

/**
 * Joins letters spaced out to dodge a filter (マ ジ で ク ズ → マジでクズ), keeping the map back to
 * the spaced original. Ordinary text also has spaces and 「・」 between words (北山大学 長谷川誠,
 * ブラジル・ポルトガル語), so a gap is closed only where a letter stands alone between
 * separators, as nobody writes a word: next to a lone kana (ク ズ, 死 ね), or between two lone
 * letters of any kind (朝 鮮 人). A lone kanji beside a longer word is usually a name or a
 * heading (長谷川 誠 教授) and keeps its space.
 */
export function collapseSpacedLetters(source: MappedText): MappedText {
  const text = source.text;
  let out: MappedTextBuilder | undefined;
  let copied = 0;
  const copy = (from: number, to: number): void => out!.copyFrom(source, from, to);
  for (const m of text.matchAll(SEPARATOR_RUN)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!closesGap(text, start, end)) continue;
    out ??= new MappedTextBuilder(source.originalLength);
    copy(copied, start);
    copied = end;
  }
  // Most posts have nothing to join: the layer is then the NFKC layer itself.
  if (!out) return source;
  copy(copied, text.length);
  return out.build();
}

function closesGap(text: string, start: number, end: number): boolean {
  const before = letterEndingAt(text, start);
  const after = letterStartingAt(text, end);
  if (!before || !after) return false;
  const beforeAlone = !letterEndingAt(text, start - before.length);
  const afterAlone = !letterStartingAt(text, end + after.length);
  return (beforeAlone && KANA.test(before)) || (afterAlone && KANA.test(after)) || (beforeAlone && afterAlone);
}

/** The word character (kana or kanji, a surrogate pair counted whole) ending at `index`. */
function letterEndingAt(text: string, index: number): string | undefined {
  if (index <= 0) return undefined;
  const low = text.charCodeAt(index - 1);
  const ch = low >= 0xdc00 && low <= 0xdfff && index >= 2 ? text.slice(index - 2, index) : text[index - 1]!;
  return WORD_CHAR.test(ch) ? ch : undefined;
}

/** The word character starting at `index`. */
function letterStartingAt(text: string, index: number): string | undefined {
  if (index >= text.length) return undefined;
  const ch = String.fromCodePoint(text.codePointAt(index)!);
  return WORD_CHAR.test(ch) ? ch : undefined;
}

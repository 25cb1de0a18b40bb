import type { Document } from '../../engine/document.js';
import { lexKey } from '../../text/fold.js';
import { toOriginalRange } from '../../text/mapped-text.js';
import type { Token } from '../../tokenize/tokenizer.js';
import type { DetectorEnv } from '../types.js';
import { perDocument } from '../../engine/document.js';
import { entrySet } from '../word-list.js';

/**
 * How a person is named: with an honorific (佐藤さん, 山口和夫様), with a title or a casual
 * pointer (田村先生, 佐々木ってやつ), by full name alone (小川正人), or by a bare surname (田中),
 * which is the weakest sign since many surnames are also place names.
 */
export type MentionKind = 'honorific' | 'title' | 'full-name' | 'surname';

export interface PersonMention {
  /** Original offsets of the name with its honorific or title. */
  readonly start: number;
  readonly end: number;
  readonly kind: MentionKind;
  /** Introduced in a public role (講師、教授、市長、漫画家…): not a private person. */
  readonly publicRole: boolean;
}

export interface PeopleLists {
  readonly honorifics: string;
  readonly notNames: string;
  readonly publicRoles: string;
  readonly titles: string;
}

export const DEFAULT_PEOPLE_LISTS: PeopleLists = {
  honorifics: 'dict/personal-info/honorifics.txt',
  notNames: 'dict/personal-info/not-person-names.txt',
  publicRoles: 'dict/personal-info/public-roles.txt',
  titles: 'dict/personal-info/person-titles.txt',
};

/** How far before a name a public-role label ("講師：", "漫画家・") is looked for, in units. */
const ROLE_LABEL_WINDOW = 16;

const finders = new Map<string, (doc: Document) => readonly PersonMention[]>();

/** Finds the people a post names, from kuromoji's person-name tags and honorifics. */
export function personFinder(env: DetectorEnv, lists: PeopleLists = DEFAULT_PEOPLE_LISTS): (doc: Document) => readonly PersonMention[] {
  const key = [lists.honorifics, lists.notNames, lists.publicRoles, lists.titles].map((p) => env.resolvePath(p)).join('\n');
  let finder = finders.get(key);
  if (!finder) {
    // Longest first: "さま" before "さ…", "ちゃん" before nothing shorter.
    const honorifics = [...entrySet(env, lists.honorifics)].sort((a, b) => b.length - a.length);
    const notNames = keys(entrySet(env, lists.notNames));
    const publicRoles = [...keys(entrySet(env, lists.publicRoles))].sort((a, b) => b.length - a.length);
    const titles = [...keys(entrySet(env, lists.titles))].sort((a, b) => b.length - a.length);
    finder = perDocument((doc) => findPeople(doc, { honorifics, notNames, publicRoles, titles }));
    finders.set(key, finder);
  }
  return finder;
}

interface Lists {
  readonly honorifics: readonly string[];
  readonly notNames: ReadonlySet<string>;
  readonly publicRoles: readonly string[];
  readonly titles: readonly string[];
}

function findPeople(doc: Document, lists: Lists): PersonMention[] {
  const tokens = doc.tokens;
  const text = doc.normalized.text;
  const mentions: PersonMention[] = [];
  const push = (first: number, endUnit: number, kind: MentionKind, publicRole: boolean) => {
    const range = toOriginalRange(doc.normalized, tokens[first]!.start, endUnit);
    mentions.push({ ...range, kind, publicRole });
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (isPersonName(token)) {
      let last = i;
      while (last + 1 < tokens.length && isPersonName(tokens[last + 1]!)) last++;
      const honorificAt = (at: number) => lists.honorifics.find((h) => text.startsWith(h, at));
      let honorific = honorificAt(tokens[last]!.end);
      // A given name kuromoji doesn't know (森田 / ゆい / さん) still sits before the honorific.
      if (!honorific && last + 1 < tokens.length && mayBeGivenName(tokens[last + 1]!)) {
        const given = honorificAt(tokens[last + 1]!.end);
        if (given) {
          last++;
          honorific = given;
        }
      }
      const fullName = last > i || tokens[i]!.pos[3] === '名';
      const nameEnd = tokens[last]!.end;
      const before = lexKey(lineBefore(text, token.start, ROLE_LABEL_WINDOW));
      if (honorific) {
        const end = nameEnd + honorific.length;
        const publicRole =
          honorific === FORMAL_HONORIFIC ||
          startsWithAny(lexKey(text.slice(end, end + 12).trimStart()), lists.publicRoles) !== undefined ||
          labelledPublic(before, lists.publicRoles) ||
          castInRole(text, end, lists.publicRoles);
        push(i, end, 'honorific', publicRole);
        i = tokenEndingAt(tokens, last, end);
        continue;
      }
      const after = lexKey(text.slice(nameEnd, nameEnd + 12).trimStart());
      const publicTitle = startsWithAny(after, lists.publicRoles);
      const title = publicTitle ?? startsWithAny(after, lists.titles);
      if (title) {
        const titleEnd = endAfter(text, nameEnd, title);
        push(i, titleEnd, 'title', publicTitle !== undefined || labelledPublic(before, lists.publicRoles) || castInRole(text, titleEnd, lists.publicRoles));
      } else {
        push(i, nameEnd, fullName ? 'full-name' : 'surname', labelledPublic(before, lists.publicRoles));
      }
      i = last;
      continue;
    }
    // An honorific after a name kuromoji doesn't tag (カタカナの名前、珍しい姓).
    if (isHonorific(token) && i > 0) {
      const prev = tokens[i - 1]!;
      if (mayBeUnknownName(prev) && !lists.notNames.has(lexKey(prev.surface))) {
        const before = lexKey(lineBefore(text, prev.start, ROLE_LABEL_WINDOW));
        const publicRole = lexKey(token.surface) === FORMAL_HONORIFIC || labelledPublic(before, lists.publicRoles);
        push(i - 1, token.end, 'honorific', publicRole);
      }
    }
  }
  return mentions;
}

/** The honorific of press releases (山田氏): used for people in a public role. */
const FORMAL_HONORIFIC = '氏';

/** The index of the last token that ends at or before `end`, from `from` on. */
function tokenEndingAt(tokens: readonly Token[], from: number, end: number): number {
  let k = from;
  while (k + 1 < tokens.length && tokens[k + 1]!.end <= end) k++;
  return k;
}

function isPersonName(token: Token): boolean {
  return token.pos[0] === '名詞' && token.pos[2] === '人名' && token.pos[1] === '固有名詞';
}

/**
 * さん・様・くん・ちゃん・氏・殿 as kuromoji tags them (名詞,接尾,人名), for names it doesn't know.
 * After a known name the honorific is read from the text instead: kuromoji splits "さん(" into さ/ん.
 */
function isHonorific(token: Token): boolean {
  return token.pos[0] === '名詞' && token.pos[1] === '接尾' && token.pos[2] === '人名';
}

function mayBeGivenName(token: Token): boolean {
  return token.surface.length <= 4 && /^[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}ー]+$/u.test(token.surface);
}

/** A noun that could be a name kuromoji doesn't know: a proper noun, or an unknown katakana word. */
function mayBeUnknownName(token: Token): boolean {
  if (token.pos[0] !== '名詞') return false;
  if (token.pos[1] === '固有名詞' && token.pos[2] !== '地域' && token.pos[2] !== '組織') return true;
  return !token.known && /^[\p{Script=Katakana}ー]{2,}$/u.test(token.surface);
}

/** "講師：", "漫画家・", "ゲスト " just before the name. */
function labelledPublic(before: string, roles: readonly string[]): boolean {
  const label = /([^\s:：・、,()（）「」]+)[\s]*[:：・][\s]*[^\s:：・]*[\s]*$/u.exec(before)?.[1];
  if (label && roles.some((r) => label.endsWith(r))) return true;
  // 「講師 田中さん」「学校薬剤師の中村先生」
  const lead = before.trimEnd().replace(/の$/u, '');
  return roles.some((r) => r.length >= 2 && lead.endsWith(r));
}

/**
 * A person cast in a public role by the sentence after the name: 「中村先生を講師に」「佐藤さんを
 * 司会として」「田中さんが講師を務め」. Only these constructions: 「佐藤さんが院長に叱られた」 is
 * no casting.
 */
function castInRole(text: string, end: number, roles: readonly string[]): boolean {
  const after = lexKey(text.slice(end, end + 20));
  const cast = /^を(.{1,10}?)(?:に|として)|^が(.{1,10}?)(?:を務め|をつとめ|として|となり|となって)/u.exec(after);
  const role = cast?.[1] ?? cast?.[2];
  return role !== undefined && roles.includes(role);
}

function startsWithAny(text: string, entries: readonly string[]): string | undefined {
  return entries.find((e) => text.startsWith(e));
}

/** The unit after `entry` read from `from` (skipping leading spaces), in normalized text. */
function endAfter(text: string, from: number, entry: string): number {
  let i = from;
  while (i < text.length && /\s/u.test(text[i]!)) i++;
  let matched = '';
  let j = i;
  while (j < text.length && lexKey(matched).length < entry.length) matched += text[j++];
  return j;
}

function lineBefore(text: string, at: number, max: number): string {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return text.slice(Math.max(lineStart, at - max), at);
}

function keys(set: ReadonlySet<string>): ReadonlySet<string> {
  return new Set([...set].map(lexKey));
}

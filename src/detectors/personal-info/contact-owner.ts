import type { Document } from '../../engine/document.js';
import type { Range } from '../../text/mapped-text.js';
import type { DetectorEnv } from '../types.js';
import { wordFinder } from '../word-list.js';
import { personFinder, type PeopleLists, DEFAULT_PEOPLE_LISTS } from './people.js';

/**
 * Whose contact point a phone number, address or e-mail address is, judged the way a reviewer
 * reads it: by what stands next to it in the same sentence. "環境課（0299-52-1184）" is an
 * office's; "高木さん（携帯 080-…）" is a person's. Distances are in units of the original text
 * between the contact point and the nearest sign of each kind; absent when there is none.
 */
export interface OwnerEvidence {
  readonly person?: number;
  readonly organization?: number;
  /** Words saying outright that the contact is private (自宅, 個人携帯): no office outweighs them. */
  readonly privateContact?: number;
}

export interface OwnerLists extends PeopleLists {
  readonly organizations: string;
  readonly personWords: string;
  readonly privateContactWords: string;
}

export const DEFAULT_OWNER_LISTS: OwnerLists = {
  ...DEFAULT_PEOPLE_LISTS,
  organizations: 'dict/personal-info/organization-words.txt',
  personWords: 'dict/personal-info/person-words.txt',
  privateContactWords: 'dict/personal-info/private-contact-words.txt',
};

/** How far before and after a contact point its owner is looked for (same sentence only). */
const BEFORE = 32;
const AFTER = 16;
/** A bare surname (田中) counts only right next to the contact point: it may be a place name. */
const SURNAME_REACH = 2;
const SENTENCE_END = /[。！？!?\n\r]/u;

export type OwnerJudge = (doc: Document, range: Range) => OwnerEvidence;

export function ownerJudge(env: DetectorEnv, lists: OwnerLists = DEFAULT_OWNER_LISTS): OwnerJudge {
  const people = personFinder(env, lists);
  const organizations = wordFinder(env, lists.organizations);
  // "専門家" ends in 家 as a suffix: only a standalone 家 means a home.
  const personWords = wordFinder(env, lists.personWords, { notPos: ['名詞,接尾'] });
  const privateWords = wordFinder(env, lists.privateContactWords);
  return (doc, range) => {
    const window = windowAround(doc.original, range);
    const distance = (r: Range): number | undefined => {
      if (r.end <= range.start && r.start >= window.start) return range.start - r.end;
      if (r.start >= range.end && r.end <= window.end) return r.start - range.end;
      return undefined;
    };
    let person: number | undefined;
    let organization: number | undefined;
    let privateContact: number | undefined;
    const nearer = (a: number | undefined, b: number | undefined) => (a === undefined ? b : b === undefined ? a : Math.min(a, b));
    for (const m of people(doc)) {
      const d = distance(m);
      if (d === undefined) continue;
      if (m.publicRole) organization = nearer(organization, d);
      else if (m.kind !== 'surname' || d <= SURNAME_REACH) person = nearer(person, d);
    }
    const orgWords = organizations(doc);
    for (const r of orgWords) organization = nearer(organization, distance(r));
    // "公用携帯" is an office's phone even though it contains 携帯.
    for (const r of personWords(doc)) {
      if (!orgWords.some((o) => o.start <= r.start && r.end <= o.end)) person = nearer(person, distance(r));
    }
    for (const r of privateWords(doc)) privateContact = nearer(privateContact, distance(r));
    person = nearer(person, privateContact);
    return {
      ...(person !== undefined ? { person } : {}),
      ...(organization !== undefined ? { organization } : {}),
      ...(privateContact !== undefined ? { privateContact } : {}),
    };
  };
}

/** The stretch of the same sentence around a range, at most BEFORE/AFTER units each side. */
function windowAround(text: string, range: Range): Range {
  let start = range.start;
  while (start > 0 && range.start - start < BEFORE && !SENTENCE_END.test(text[start - 1]!)) start--;
  let end = range.end;
  while (end < text.length && end - range.end < AFTER && !SENTENCE_END.test(text[end]!)) end++;
  return { start, end };
}

/** The contact is said to be private, or a person's sign is at least as near as any organization's. */
export function personNearer(e: OwnerEvidence): boolean {
  if (e.privateContact !== undefined) return true;
  return e.person !== undefined && (e.organization === undefined || e.person <= e.organization);
}

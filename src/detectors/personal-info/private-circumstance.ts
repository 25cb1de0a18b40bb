import * as z from 'zod';
import type { Document } from '../../engine/document.js';
import type { Match } from '../../match/types.js';
import { lexKey } from '../../text/fold.js';
import type { Range } from '../../text/mapped-text.js';
import { sentenceAt } from '../../text/sentences.js';
import { defineDetector } from '../types.js';
import { entrySet, wordFinder } from '../word-list.js';
import { personFinder } from './people.js';

/** How far before a circumstance an identifying role (市長の入院) may stand, in normalized units. */
const ROLE_REACH = 16;

/**
 * A private person named together with a private circumstance: health (入院, 切迫早産), welfare
 * and money (生活保護, 滞納), family (離婚), discipline (懲戒), or records (a student's reading
 * record). The person is named (佐藤さん, 山口和夫様, 田村先生) in the same sentence as the
 * circumstance or the one next to it, or identified by a role held by one person (市長の入院).
 * People introduced in a public role (講師、教授、選手) are not reported, nor are circumstances
 * that are about a service ("入院患者", "離婚届", "がん検診"). The match is the person's name;
 * `{circumstance}` is what was said about them.
 */
export const privateCircumstance = defineDetector({
  name: 'private-circumstance',
  description: '特定の個人（名前・敬称や一人に決まる立場）と、健康・福祉・家族などの私的な事情の組合せ',
  options: z.strictObject({
    circumstances: z.string().default('dict/personal-info/private-circumstances.txt'),
    genericFollowers: z.string().default('dict/personal-info/generic-circumstance-followers.txt'),
    roles: z.string().default('dict/personal-info/identifying-roles.txt'),
    /** How the person is identified: by name (佐藤さん), by a role only one person holds (市長、上司). */
    identify: z.array(z.enum(['names', 'roles'])).min(1).default(['names', 'roles']),
  }),
  create(options, env) {
    const people = personFinder(env);
    const circumstances = wordFinder(env, options.circumstances);
    const roles = wordFinder(env, options.roles);
    const followers = [...entrySet(env, options.genericFollowers)].map(lexKey);
    return (doc) => {
      // Names and roles are both looked at, whichever the rule reports: the circumstance belongs
      // to the nearer one ("課長の入院、佐藤さんも心配" is about the 課長, not 佐藤さん).
      const named = people(doc).filter((p) => !p.publicRole && p.kind !== 'surname');
      // A role is the one the circumstance is about when it is the topic or owner: 課長の入院,
      // 上司が懲戒処分 (not 上司にすすめられた本を借りた).
      const byRole = roles(doc).filter((r) => /^[のがはも、,]/u.test(doc.normalized.text.slice(doc.normalizedIndex(r.end))));
      const matches: Match[] = [];
      const reported = new Set<string>();
      for (const c of circumstances(doc)) {
        if (isAboutAService(doc, c, followers)) continue;
        const sentence = sentenceIndex(doc, c.start);
        const name = nearest(named.filter((p) => Math.abs(sentenceIndex(doc, p.start) - sentence) <= 1), c);
        const role = nearest(
          byRole.filter((r) => r.end <= c.start && sentenceIndex(doc, r.start) === sentence && doc.normalizedIndex(c.start) - doc.normalizedIndex(r.end) <= ROLE_REACH),
          c,
        );
        // On a tie the one before the circumstance owns it (課長の入院、佐藤さん…).
        const roleNearer =
          role !== undefined && (name === undefined || distance(role, c) < distance(name, c) || (distance(role, c) === distance(name, c) && name.start > c.start));
        const person = roleNearer ? (options.identify.includes('roles') ? role : undefined) : options.identify.includes('names') ? name : undefined;
        if (!person) continue;
        const key = `${person.start}:${person.end}`;
        if (reported.has(key)) continue;
        reported.add(key);
        matches.push({ start: person.start, end: person.end, vars: { circumstance: doc.original.slice(c.start, c.end) } });
      }
      return matches;
    };
  },
});

function isAboutAService(doc: Document, c: Range, followers: readonly string[]): boolean {
  const i = doc.normalizedIndex(c.end);
  const after = lexKey(doc.normalized.text.slice(i, i + 8));
  return followers.some((f) => after.startsWith(f));
}

function sentenceIndex(doc: Document, originalOffset: number): number {
  const s = sentenceAt(doc.sentences, doc.normalizedIndex(originalOffset));
  return doc.sentences.indexOf(s);
}

function distance(a: Range, b: Range): number {
  return a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0;
}

function nearest<T extends Range>(candidates: readonly T[], to: Range): T | undefined {
  let best: T | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = distance(c, to);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

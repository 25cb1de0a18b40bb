import * as z from 'zod';
import type { Match } from '../../match/types.js';
import { toOriginalRange } from '../../text/mapped-text.js';
import { defineDetector } from '../types.js';
import { hostIsUnder } from '../urls.js';
import { entrySet } from '../word-list.js';
import { ownerJudge, personNearer } from './contact-owner.js';

/**
 * An address, also written with "(at)", "[at]" or a star for the "@" to dodge harvesters
 * ("hiroko★example.ne.jp"); full-width ones are ASCII in the NFKC layer.
 */
const EMAIL = /(?<![A-Za-z0-9._%+-])([A-Za-z0-9][A-Za-z0-9._%+-]{0,63})(?:@|\s?[([]at[)\]]\s?|[★☆])((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24})(?![A-Za-z0-9-])/giu;

/**
 * A private person's e-mail address: given as a person's (〇〇さん, 個人アドレス), or on a free-mail,
 * mobile-carrier or consumer-provider domain with no office named with it. Addresses on the
 * municipality's own domains (config `official.domains`), on public bodies' domains (lg.jp, go.jp),
 * and shared office mailboxes (info@, soudan@) are not reported.
 */
export const emailAddress = defineDetector({
  name: 'email-address',
  description: '個人のメールアドレス（役所・団体の窓口アドレスと設定の official.domains は除く）',
  options: z.strictObject({
    personalDomains: z.string().default('dict/personal-info/free-mail-domains.txt'),
    roleMailboxes: z.string().default('dict/personal-info/role-mailboxes.txt'),
    /** Domains of public bodies: their addresses are offices', never a private person's. */
    publicSector: z.string().default('dict/public-sector-domains.txt'),
  }),
  create(options, env) {
    const personalDomains = [...entrySet(env, options.personalDomains)];
    const roleMailboxes = [...entrySet(env, options.roleMailboxes)];
    const publicSector = [...entrySet(env, options.publicSector)];
    const owner = ownerJudge(env);
    return (doc) => {
      const matches: Match[] = [];
      // Most posts have no address at all: skip the expensive scan.
      if (!/[@★☆]|\[at\]|\(at\)/iu.test(doc.nfkc.text)) return matches;
      for (const m of doc.nfkc.text.matchAll(EMAIL)) {
        const local = m[1]!.toLowerCase();
        const domain = m[2]!.toLowerCase();
        if ([...env.official.domains, ...publicSector].some((d) => hostIsUnder(domain, d))) continue;
        const range = toOriginalRange(doc.nfkc, m.index, m.index + m[0].length);
        const evidence = owner(doc, range);
        const reported = personNearer(evidence)
          || (evidence.organization === undefined
            && !roleMailboxes.some((r) => isMailboxOf(local, r))
            && personalDomains.some((d) => hostIsUnder(domain, d)));
        if (reported) matches.push(range);
      }
      return matches;
    };
  },
});

/** "info", "info2026", "kikaku-ka" are the mailbox "info"/"kikaku"; "priya" is not "pr". */
function isMailboxOf(local: string, role: string): boolean {
  return local === role || (local.startsWith(role) && /[^a-z]/.test(local[role.length]!));
}

import * as z from 'zod';
import type { Match } from '../../match/types.js';
import { toOriginalRange } from '../../text/mapped-text.js';
import { loadDictionary } from '../../rules/dictionary.js';
import { defineDetector } from '../types.js';

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
/** An IPv4 address standing alone (not inside a longer dotted number), with an optional /prefix. */
const IPV4 = new RegExp(`(?<![\\d.])${OCTET}(?:\\.${OCTET}){3}(?:/\\d{1,2})?(?![\\d.]*\\d)`, 'gu');
/** "192.168.1.1 など", "（例）10.0.0.1": an example of a home router's address, not the municipality's. */
const EXAMPLE_AFTER = /^\s?(?:など|のような|等|とか)/u;
const EXAMPLE_BEFORE = /(?:例|たとえば|例えば)\s?[:：)）]?\s?$/u;
/** "Ver.10.2.3.4", "v10.1.0.2": version numbers look like addresses. */
const VERSION_BEFORE = /(?:ver(?:sion)?\.?|v|バージョン)\s?$/iu;
const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
/** A Windows share: \\server\share, also with yen signs as Japanese keyboards show them. */
const UNC = /(?:\\\\|¥¥)[A-Za-z0-9][A-Za-z0-9._-]{0,62}(?:[\\¥][^\s\\¥「」（）()、。]+)*/gu;

/** RFC 1918 private ranges: addresses only reachable inside an organization's network. */
export function isPrivateIPv4(address: string): boolean {
  const [a, b] = address.split('/')[0]!.split('.').map(Number) as [number, number];
  return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

/**
 * Addresses and names of the inside of the municipality's network: private IP addresses
 * (10.x, 172.16–31.x, 192.168.x), host names under internal domains (.local, .lan, .internal,
 * LGWAN) or with an intranet label (intra.…), and Windows shares (\\server\share).
 */
export const internalNetwork = defineDetector({
  name: 'internal-network',
  description: '内部ネットワークのIPアドレス・ホスト名・共有フォルダのパス',
  options: z.strictObject({
    internalDomains: z.string().default('dict/security/internal-tlds.txt'),
    intranetLabels: z.string().default('dict/security/intranet-labels.txt'),
  }),
  create(options, env) {
    const domains = loadDictionary(env.resolvePath(options.internalDomains)).map((d) => d.toLowerCase().replace(/\./g, '\\.'));
    const labels = loadDictionary(env.resolvePath(options.intranetLabels)).map((d) => d.toLowerCase());
    const internalHost = new RegExp(`(?<![A-Za-z0-9.@-])(?:${LABEL}\\.)+(?:${domains.join('|')})(?![A-Za-z0-9-]|\\.[A-Za-z0-9])`, 'giu');
    const anyHost = new RegExp(`(?<![A-Za-z0-9.@-])(?:${LABEL}\\.){2,}[A-Za-z]{2,24}(?![A-Za-z0-9-]|\\.[A-Za-z0-9])`, 'giu');
    // What every match of internalHost ends with, found without trying each letter as a start.
    const internalEnding = new RegExp(`\\.(?:${domains.join('|')})(?![A-Za-z0-9-]|\\.[A-Za-z0-9])`, 'iu');
    return (doc) => {
      const text = doc.nfkc.text;
      const found: Array<{ start: number; end: number }> = [];
      for (const m of text.matchAll(IPV4)) {
        const end = m.index + m[0].length;
        if (!isPrivateIPv4(m[0]) || VERSION_BEFORE.test(text.slice(Math.max(0, m.index - 9), m.index))) continue;
        if (EXAMPLE_AFTER.test(text.slice(end, end + 6)) || EXAMPLE_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
        found.push({ start: m.index, end: m.index + m[0].length });
      }
      if (internalEnding.test(text)) {
        for (const m of text.matchAll(internalHost)) found.push({ start: m.index, end: m.index + m[0].length });
      }
      // A host with an intranet label has that label and a dot after it somewhere in the text.
      const lower = labels.length > 0 ? text.toLowerCase() : '';
      const anyLabel = labels.some((l) => lower.includes(`${l}.`));
      for (const m of anyLabel ? text.matchAll(anyHost) : []) {
        const hostLabels = m[0].toLowerCase().split('.');
        if (hostLabels.slice(0, -1).some((l) => labels.includes(l))) found.push({ start: m.index, end: m.index + m[0].length });
      }
      for (const m of text.matchAll(UNC)) found.push({ start: m.index, end: m.index + m[0].length });
      return found.map((r): Match => toOriginalRange(doc.nfkc, r.start, r.end));
    };
  },
});

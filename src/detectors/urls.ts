import { createRequire } from 'node:module';
import { perDocument, type Document } from '../engine/document.js';
import type { MappedText } from '../text/mapped-text.js';

const require = createRequire(import.meta.url);
const TLDS = new Set<string>((require('tlds') as string[]).map((t) => t.toLowerCase()));

/** A URL found in a post, with offsets in the text layer it was found in. */
export interface FoundUrl {
  readonly start: number;
  readonly end: number;
  readonly url: string;
  /** Lower-case host without a leading "www.". */
  readonly host: string;
  /** Everything after the host ("/3xAnmeF"), possibly empty. */
  readonly path: string;
  readonly hasScheme: boolean;
}

const URL_CHARS = "[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'*+,;=%]";
const WITH_SCHEME = new RegExp(`\\bhttps?://${URL_CHARS}+`, 'giu');
/** host.tld[/path] written without a scheme ("bit.ly/3xAnmeF"); not part of an e-mail address. */
const BARE = new RegExp(
  `(?<![A-Za-z0-9@.\\-/_])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,24}(?::\\d{1,5})?(?:/${URL_CHARS}*)?`,
  'giu',
);
const TRAILING_PUNCTUATION = /[.,;:!?'")\]]+$/;

/**
 * Finds URLs in the post's NFKC text (full-width URLs are already ASCII there). Several
 * detectors look at the URLs of a post: they are found once per post.
 */
export const findUrls = perDocument((doc: Document): readonly FoundUrl[] => findUrlsIn(doc.nfkc));

/** The URLs of a text layer, worked out again at every call. */
export function findUrlsIn(layer: MappedText): FoundUrl[] {
  const text = layer.text;
  const found: FoundUrl[] = [];
  const taken: Array<[number, number]> = [];
  for (const m of text.matchAll(WITH_SCHEME)) {
    const url = m[0].replace(TRAILING_PUNCTUATION, '');
    const parsed = parseUrl(url);
    if (!parsed) continue;
    found.push({ start: m.index, end: m.index + url.length, url, ...parsed, hasScheme: true });
    taken.push([m.index, m.index + url.length]);
  }
  for (const m of text.matchAll(BARE)) {
    if (taken.some(([s, e]) => m.index >= s && m.index < e)) continue;
    const url = m[0].replace(TRAILING_PUNCTUATION, '');
    const parsed = parseUrl(`http://${url}`);
    if (!parsed) continue;
    const tld = parsed.host.slice(parsed.host.lastIndexOf('.') + 1);
    if (!TLDS.has(tld)) continue;
    found.push({ start: m.index, end: m.index + url.length, url, ...parsed, hasScheme: false });
  }
  return found.sort((a, b) => a.start - b.start);
}

function parseUrl(url: string): { host: string; path: string } | undefined {
  try {
    const u = new URL(url);
    const host = u.hostname.toLowerCase().replace(/^www\./, '');
    if (!host.includes('.')) return undefined;
    const path = `${u.pathname === '/' ? '' : u.pathname}${u.search}${u.hash}`;
    return { host, path };
  } catch {
    return undefined;
  }
}

/** True when `host` is `domain` or one of its subdomains. */
export function hostIsUnder(host: string, domain: string): boolean {
  const d = normalizeDomain(domain);
  return host === d || host.endsWith(`.${d}`);
}

function normalizeDomain(domain: string): string {
  return domain.toLowerCase().replace(/^www\./, '');
}

/**
 * The domains `host` is under, in the sense of hostIsUnder: itself and what follows each of
 * its dots. A list of domains is then searched by looking these up, not by trying each entry.
 */
export function domainsOf(host: string): string[] {
  const domains = [host];
  for (let dot = host.indexOf('.'); dot >= 0; dot = host.indexOf('.', dot + 1)) domains.push(host.slice(dot + 1));
  return domains;
}

/**
 * A list of domains for hosts to be looked up in: `first(host, accept)` is the first entry (in
 * list order) that hostIsUnder(host, entry) and `accept` allow, found without trying each.
 */
export function domainIndex<T>(entries: readonly T[], domainOf: (entry: T) => string): (host: string, accept?: (entry: T) => boolean) => T | undefined {
  const byDomain = new Map<string, number[]>();
  entries.forEach((entry, i) => {
    const d = normalizeDomain(domainOf(entry));
    const list = byDomain.get(d);
    if (list) list.push(i);
    else byDomain.set(d, [i]);
  });
  return (host, accept = () => true) => {
    let first = -1;
    for (const d of domainsOf(host)) {
      for (const i of byDomain.get(d) ?? []) {
        if ((first < 0 || i < first) && accept(entries[i]!)) first = i;
      }
    }
    return first < 0 ? undefined : entries[first];
  };
}

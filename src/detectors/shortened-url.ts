import * as z from 'zod';
import type { Match } from '../match/types.js';
import { toOriginalRange } from '../text/mapped-text.js';
import { loadDictionary } from '../rules/dictionary.js';
import { defineDetector, type DetectorEnv } from './types.js';
import { domainIndex, findUrls, hostIsUnder, type FoundUrl } from './urls.js';

/** One entry of a list of services: a host, optionally a path prefix, optionally the original URL's form. */
interface ServiceEntry {
  readonly host: string;
  readonly pathPrefix: string;
  /** "https://www.youtube.com/watch?v={id}": how to write the link without the service. */
  readonly original?: string;
}

/**
 * Links through URL-shortening and redirect services, which hide where a link goes (秋田 7(1)):
 * services from a list (`known`), or unknown hosts that look like one (`guess`): a very short
 * name, or a short-link subdomain (go., on., s.), with a short random code as the path.
 * The municipality's own domains, public bodies' domains and ordinary sites with short names
 * are never guessed. `{host}` is the service; `{original}` the original form, where the list
 * gives it.
 */
export const shortenedUrl = defineDetector({
  name: 'shortened-url',
  description: 'URL短縮サービスのリンク（既知のサービスの一覧と、短いホスト名＋ランダムな短いパスの推定）',
  options: z.strictObject({
    /** The list of services ("host", "host/path-prefix", optionally followed by the original form). */
    dict: z.string().default('dict/url-shorteners.txt'),
    /** Report links through the services of the list. */
    known: z.boolean().default(true),
    /** Also report hosts missing from the list that look like shorteners. */
    guess: z.boolean().default(true),
    /** Hosts never guessed to be shorteners. */
    notShorteners: z.array(z.string()).default(['dict/url-not-shorteners.txt', 'dict/url-platform-short-links.txt', 'dict/public-sector-domains.txt']),
    vanityTlds: z.string().default('dict/url-vanity-tlds.txt'),
    nameParts: z.string().default('dict/url-shortener-name-parts.txt'),
    shortLinkPrefixes: z.string().default('dict/url-short-link-prefixes.txt'),
  }),
  create(options, env) {
    const services = readServices(env, options.dict);
    const serviceOf = domainIndex(services, (s) => s.host);
    const ordinary = domainIndex(
      options.notShorteners.flatMap((d) => readServices(env, d).map((s) => s.host)),
      (h) => h,
    );
    const hints: ShortenerHints = {
      vanityTlds: new Set(readList(env, options.vanityTlds)),
      nameParts: readList(env, options.nameParts),
      prefixes: new Set(readList(env, options.shortLinkPrefixes)),
    };
    const guesser = (url: FoundUrl) => ordinary(url.host) === undefined && looksShortened(url.host, url.path, hints);
    return (doc) => {
      const matches: Match[] = [];
      for (const url of findUrls(doc)) {
        if (env.official.domains.some((d) => hostIsUnder(url.host, d))) continue;
        // A listed service is reported (or not) by `known`; guessing is for the hosts the list lacks.
        const listed = serviceOf(url.host, (s) => url.path.startsWith(s.pathPrefix));
        const service = options.known ? listed : undefined;
        if (!service && !(options.guess && !listed && guesser(url))) continue;
        const original = service?.original ? expand(service.original, url.path) : undefined;
        matches.push({ ...toOriginalRange(doc.nfkc, url.start, url.end), vars: { host: url.host, ...(original ? { original } : {}) } });
      }
      return matches;
    };
  },
});

function readList(env: DetectorEnv, file: string): string[] {
  return loadDictionary(env.resolvePath(file)).map((e) => e.toLowerCase());
}

function readServices(env: DetectorEnv, file: string): ServiceEntry[] {
  return loadDictionary(env.resolvePath(file)).map((line) => {
    const [target, original] = line.split(/\s+/, 2) as [string, string | undefined];
    const slash = target.indexOf('/');
    const host = (slash < 0 ? target : target.slice(0, slash)).toLowerCase().replace(/^www\./, '');
    const pathPrefix = slash < 0 ? '' : target.slice(slash);
    return { host, pathPrefix, ...(original ? { original } : {}) };
  });
}

/** Fills the original form: {id} is the first path segment, {path} the whole path without query. */
function expand(template: string, path: string): string | undefined {
  const bare = path.replace(/[?#].*$/u, '');
  const id = bare.split('/')[1];
  if (!id) return undefined;
  return template.replace('{id}', id).replace('{path}', bare);
}

/** Second-level labels under which names are registered in many country domains (city.co.jp). */
const SECOND_LEVEL = new Set(['co', 'or', 'ne', 'ac', 'ad', 'ed', 'go', 'gr', 'lg', 'com', 'net', 'org', 'edu', 'gov']);
/** Subdomains that are just the site itself, not a short-link service (m.example.com/abc123). */
const SITE_PREFIXES = new Set(['www', 'm', 'mobile', 'sp', 'amp']);

/** What a shortener's host tends to look like, from the lists in dict/. */
export interface ShortenerHints {
  /** Top-level domains other than country codes that shorteners favour (.link, .click). */
  readonly vanityTlds: ReadonlySet<string>;
  /** Words in shorteners' names (url, link, tiny). */
  readonly nameParts: readonly string[];
  /** Subdomains used for short links (go., on., s.). */
  readonly prefixes: ReadonlySet<string>;
}

/**
 * An unknown shortener: the path is one short random code (bit.ly-style "3xAnmeF", or
 * "/s/3xAnmeF"), and the host is a registered name under a country code other than .jp (nyti.ms,
 * cnn.it, wapo.st; at most 10 letters), of at most 6 letters under a top-level domain shorteners
 * favour (.link, .click), of at most 4 letters elsewhere, a name made of shortener words (alturl.com), or a short-link subdomain
 * (go., on., s., a single letter) of any site.
 */
export function looksShortened(host: string, path: string, hints: ShortenerHints): boolean {
  if (!hasShortCode(path)) return false;
  const labels = host.split('.');
  const tld = labels[labels.length - 1]!;
  const registeredLength = labels.length >= 3 && tld.length === 2 && SECOND_LEVEL.has(labels[labels.length - 2]!) ? 3 : 2;
  if (labels.length < registeredLength) return false;
  const name = labels[labels.length - registeredLength]!;
  const sub = labels.slice(0, labels.length - registeredLength).filter((l) => !SITE_PREFIXES.has(l));
  if (sub.length === 1) return hints.prefixes.has(sub[0]!) || sub[0]!.length === 1;
  if (sub.length > 1) return false;
  if (name.length <= 4) return true;
  if (registeredLength === 2 && tld.length === 2 && tld !== 'jp' && name.length <= 10) return true;
  if (registeredLength === 2 && hints.vanityTlds.has(tld) && name.length <= 6) return true;
  return name.length <= 12 && hints.nameParts.some((p) => name.includes(p));
}

/** "/3xAnmeF", "/s/3xAnmeF/", "/d/aB3kR": one code of 3–16 letters and digits that don't read as words. */
function hasShortCode(path: string): boolean {
  const m = /^(?:\/[A-Za-z]{1,2})?\/([A-Za-z0-9_-]{3,16})\/?(?:\?.*)?$/u.exec(path);
  return !!m && looksRandom(m[1]!);
}

function looksRandom(code: string): boolean {
  const hasDigit = /\d/u.test(code);
  const hasLetter = /[A-Za-z]/u.test(code);
  const innerCapital = /[a-z0-9].*[A-Z]|[A-Z].*[a-z].*[A-Z]/u.test(code);
  return (hasDigit && hasLetter) || (hasLetter && innerCapital && /[a-z]/u.test(code));
}

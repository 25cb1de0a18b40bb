import * as z from 'zod';
import { toOriginalRange } from '../text/mapped-text.js';
import { loadDictionary } from '../rules/dictionary.js';
import { defineDetector } from './types.js';
import { findUrls, hostIsUnder } from './urls.js';

/**
 * Links through URL-shortening services, which hide where a link goes (秋田 7(1)): hosts from
 * a list of known services, or an unknown host that looks like one.
 */
export const shortenedUrl = defineDetector({
  name: 'shortened-url',
  description: 'URL短縮サービスのリンク（既知のサービスの一覧と、短いホスト名＋ランダムな短いパスの推定）',
  options: z.strictObject({
    /** The list of shortening services' hosts. */
    dict: z.string().default('dict/url-shorteners.txt'),
    /** Also flag unknown hosts that look like shorteners. */
    guess: z.boolean().default(true),
  }),
  create(options, env) {
    const services = loadDictionary(env.resolvePath(options.dict)).map((h) => h.toLowerCase());
    return (doc) => {
      const matches = [];
      for (const url of findUrls(doc.nfkc)) {
        if (env.official.domains.some((d) => hostIsUnder(url.host, d))) continue;
        const service = services.find((s) => hostIsUnder(url.host, s));
        const guessed = !service && options.guess && looksShortened(url.host, url.path);
        if (!service && !guessed) continue;
        matches.push({ ...toOriginalRange(doc.nfkc, url.start, url.end), vars: { host: url.host } });
      }
      return matches;
    };
  },
});

/**
 * An unknown shortener: a registrable name of at most 4 letters under a generic TLD, and a
 * single path segment of random-looking letters and digits (bit.ly-style "3xAnmeF").
 */
function looksShortened(host: string, path: string): boolean {
  const labels = host.split('.');
  if (labels.length !== 2) return false;
  const [name, tld] = labels as [string, string];
  if (name.length > 4 || tld === 'jp') return false;
  const segment = /^\/([A-Za-z0-9_-]{4,12})$/.exec(path)?.[1];
  return !!segment && /\d/.test(segment) && /[A-Za-z]/.test(segment);
}

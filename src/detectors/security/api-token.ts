import * as z from 'zod';
import { compilePattern } from '../../match/pattern.js';
import { toOriginalRange } from '../../text/mapped-text.js';
import { loadDictionary } from '../../rules/dictionary.js';
import { defineDetector } from '../types.js';
import { labelledValueFinder } from './labelled-value.js';

/**
 * API keys, access tokens, webhook URLs and private keys: by the shapes services give them
 * (sk-…, AKIA…, ghp_…), or as a long random string after a label (APIキー:, token=).
 */
export const apiToken = defineDetector({
  name: 'api-token',
  description: 'APIキー・アクセストークン・秘密鍵（既知の形式と、「APIキー」などの後の長いランダムな文字列）',
  options: z.strictObject({
    patterns: z.string().default('dict/security/token-patterns.txt'),
    labels: z.string().default('dict/security/token-labels.txt'),
  }),
  create(options, env) {
    // A pattern matcher runs each shape only on a post holding the fixed text it needs (sk-, AKIA, ghp_).
    const shapes = compilePattern({
      regex: loadDictionary(env.resolvePath(options.patterns)).map((p) => `(?<![A-Za-z0-9_-])(?:${p})`),
      layer: 'nfkc',
    });
    const labelled = labelledValueFinder({
      labels: loadDictionary(env.resolvePath(options.labels)),
      value: String.raw`[A-Za-z0-9_\-+/=.]{16,200}`,
      notAfter: [],
    });
    return (doc) => {
      const found = shapes(doc);
      for (const v of labelled(doc.nfkc.text)) if (looksRandom(v.value)) found.push(toOriginalRange(doc.nfkc, v.start, v.end));
      return found;
    };
  },
});

/** Letters and digits mixed the way generated keys are, not a word or a date. */
export function looksRandom(value: string): boolean {
  const classes = [/[a-z]/u, /[A-Z]/u, /\d/u].filter((c) => c.test(value)).length;
  return classes >= 2 && /\d/u.test(value) && !/^\d{4}[-/.]\d{1,2}/u.test(value);
}

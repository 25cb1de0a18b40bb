import * as z from 'zod';
import type { Match } from '../../match/types.js';
import { LiteralIndex } from '../../match/literal-index.js';
import { compileSafeRegex } from '../../match/regex.js';
import { requiredLiterals } from '../../match/required-literals.js';
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
    // Each shape is run only on a post holding the fixed text it needs (sk-, AKIA, ghp_).
    const literals = new LiteralIndex();
    const patterns = loadDictionary(env.resolvePath(options.patterns)).map((p) => {
      const source = `(?<![A-Za-z0-9_-])(?:${p})`;
      const needs = requiredLiterals(source, 'gu');
      return { regex: compileSafeRegex(source, 'gu'), needs: needs && literals.add(needs) };
    });
    const labelled = labelledValueFinder({
      labels: loadDictionary(env.resolvePath(options.labels)),
      value: String.raw`[A-Za-z0-9_\-+/=.]{16,200}`,
      notAfter: [],
    });
    return (doc) => {
      const text = doc.nfkc.text;
      const found: Array<{ start: number; end: number }> = [];
      const present = literals.find(text);
      for (const { regex, needs } of patterns) {
        if (needs !== undefined && present[needs] !== 1) continue;
        for (const m of text.matchAll(regex)) found.push({ start: m.index, end: m.index + m[0].length });
      }
      for (const v of labelled(text)) if (looksRandom(v.value)) found.push(v);
      return found.map((r): Match => toOriginalRange(doc.nfkc, r.start, r.end));
    };
  },
});

/** Letters and digits mixed the way generated keys are, not a word or a date. */
export function looksRandom(value: string): boolean {
  const classes = [/[a-z]/u, /[A-Z]/u, /\d/u].filter((c) => c.test(value)).length;
  return classes >= 2 && /\d/u.test(value) && !/^\d{4}[-/.]\d{1,2}/u.test(value);
}

import { lexKey } from '../../text/fold.js';

/**
 * Whether a word of letters and digits is a product or standard with its version ("Windows10",
 * "iOS16", "Wi-Fi6", "Office365"), given folded names from dict/security/not-a-secret-words.txt.
 * The name must be followed by something other than a letter, so a password that merely starts
 * like one ("winter2026", "wordpass7") is still a password.
 */
export function isProductName(word: string, names: readonly string[]): boolean {
  const folded = lexKey(word);
  return names.some((n) => folded.startsWith(n) && !/^[a-z]/u.test(folded.slice(n.length)));
}

import type { Account } from '../../src/categories.js';
import { createDocument, type Document } from '../../src/engine/document.js';
import { getTokenizer } from '../../src/tokenize/tokenizer.js';

/** A prepared document, as the engine builds it for every post. */
export async function doc(text: string, account: Account = 'official', now = new Date('2026-11-21T10:00:00+09:00')): Promise<Document> {
  return createDocument(text, { account, now }, await getTokenizer());
}

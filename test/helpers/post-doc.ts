import type { Account } from '../../src/categories.js';
import { createDocument, type Document } from '../../src/engine/document.js';
import { parseDateTime } from '../../src/input/date-time.js';
import type { Platform } from '../../src/platforms.js';
import { getTokenizer } from '../../src/tokenize/tokenizer.js';

/** A prepared document with what a draft file can say about it (platform, publish_at). */
export async function postDoc(
  text: string,
  meta: { account?: Account; platform?: Platform; publishAt?: string } = {},
): Promise<Document> {
  const publishAt = meta.publishAt ? parseDateTime(meta.publishAt) : undefined;
  return createDocument(
    text,
    { account: meta.account ?? 'official', now: publishAt ?? new Date('2026-11-21T10:00:00+09:00'), publishAt, platform: meta.platform },
    await getTokenizer(),
  );
}

import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { markdownPost } from '../../src/input/front-matter.js';

const DRAFT = `---
account: private
platform: X
publish_at: 2026-12-01T10:00:00+09:00
title: 紅葉の写真
sns-lint:
  allow:
    - rule: insult/abusive-words
      text: バカ
      reason: 映画の題名の引用
    - rule: political
      text: 自民党
---
本文です。
`;

function thrown(fn: () => unknown): UserError {
  try {
    fn();
  } catch (err) {
    if (err instanceof UserError) return err;
    throw err;
  }
  throw new Error('no UserError');
}

describe('markdownPost', () => {
  it('reads account, platform, publish_at and suppressions, and starts the body after the front matter', () => {
    const post = markdownPost('a.md', DRAFT);
    expect(post.body).toBe('本文です。\n');
    expect(post.source.slice(post.bodyStart)).toBe(post.body);
    expect(post.meta).toMatchObject({ account: 'private', platform: 'x' });
    expect(post.meta.publishAt?.toISOString()).toBe('2026-12-01T01:00:00.000Z');
    expect(post.source.slice(post.publishAtRange!.start, post.publishAtRange!.end)).toBe('2026-12-01T10:00:00+09:00');
    const [withReason, without] = post.meta.allow!;
    expect(withReason).toMatchObject({ rule: 'insult/abusive-words', text: 'バカ', reason: '映画の題名の引用' });
    expect(without).toMatchObject({ rule: 'political', text: '自民党' });
    expect(without!.reason).toBeUndefined();
    // An entry points at its first line; its text value is known for masking.
    expect(post.source.slice(without!.range.start, without!.range.end)).toBe('rule: political');
    expect(post.source.slice(without!.textRange!.start, without!.textRange!.end)).toBe('自民党');
  });

  it('keeps CRLF drafts exact and treats a draft without front matter as all body', () => {
    const crlf = markdownPost('a.md', '---\r\naccount: private\r\n---\r\n本文');
    expect(crlf.body).toBe('本文');
    expect(crlf.meta.account).toBe('private');
    expect(markdownPost('b.md', '# 見出し\n本文')).toMatchObject({ bodyStart: 0, meta: {} });
    expect(markdownPost('c.md', '---\n---\n本文')).toMatchObject({ body: '本文', meta: {} });
  });

  it('names the file and the line of what is wrong', () => {
    const bad = (yaml: string) => thrown(() => markdownPost('d.md', `---\n${yaml}\n---\n本文`));
    expect(bad('account: public')).toMatchObject({ file: 'd.md', line: 2 });
    expect(bad('account: private\npublish_at: 来週の火曜')).toMatchObject({ line: 3, message: expect.stringMatching(/日時「来週の火曜」を読めません/) });
    expect(bad('platform: mixi').message).toMatch(/platform は x \| instagram/);
    expect(bad('acount: private')).toMatchObject({ line: 2, message: expect.stringMatching(/「acount」は account のことですか/) });
    expect(bad('sns-lint:\n  allow:\n    - text: バカ\n      reason: r').message).toMatch(/rule/);
    expect(bad('sns-lint:\n  alow: []')).toMatchObject({ line: 3 });
    expect(bad('account: private\naccount: official')).toMatchObject({ file: 'd.md', line: 3, message: expect.stringMatching(/YAML の書式/) });
    expect(thrown(() => markdownPost('e.md', '---\naccount: private\n本文'))).toMatchObject({ line: 1, message: expect.stringMatching(/終わりの「---」/) });
  });

  it('leaves other tools\u2019 keys alone', () => {
    expect(markdownPost('f.md', '---\ntitle: お知らせ\ntags: [図書館]\nimage: a.png\n---\n本文').meta).toEqual({});
  });
});

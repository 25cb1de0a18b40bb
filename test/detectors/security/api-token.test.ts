import { describe, expect, it } from 'vitest';
import { looksRandom } from '../../../src/detectors/security/api-token.js';
import { found } from '../../helpers/detect.js';

describe('api-token detector', () => {
  it.each([
    ['キーは sk-proj-abcdefghijklmnopqrstuvwx1234 です', 'sk-proj-abcdefghijklmnopqrstuvwx1234'],
    ['AKIAIOSFODNN7EXAMPLE', 'AKIAIOSFODNN7EXAMPLE'],
    ['ghp_1234567890abcdefghijklmnopqrstuvwxyzAB', 'ghp_1234567890abcdefghijklmnopqrstuvwxyzAB'],
    ['アクセストークン: Zx8Kq2LmN9pR4tV7wY1b', 'Zx8Kq2LmN9pR4tV7wY1b'],
    ['-----BEGIN RSA PRIVATE KEY-----', '-----BEGIN RSA PRIVATE KEY-----'],
    ['通知先 https://hooks.slack.com/services/T0123ABCD/B0123ABCD/abcdefghijklmnopqrstuvwx', 'hooks.slack.com/services/T0123ABCD/B0123ABCD/abcdefghijklmnopqrstuvwx'],
  ])('reports keys and tokens: %s', async (text, token) => {
    expect(await found('api-token', text)).toEqual([token]);
  });

  it.each([
    ['https://docs.google.com/forms/d/e/1FAIpQLSfD3kXyZabcdefghijk1234567/viewform'],
    ['トークンイベントを開催します'],
    ['APIキーの取得方法は開発者向けページをご覧ください'],
    ['APIキーは絶対に公開しないでください'],
  ])('leaves look-alikes alone: %s', async (text) => {
    expect(await found('api-token', text)).toEqual([]);
  });

  it('tells generated strings from words and dates', () => {
    expect(looksRandom('Zx8Kq2LmN9pR4tV7wY1b')).toBe(true);
    expect(looksRandom('abcdefghijklmnopqrst')).toBe(false);
    expect(looksRandom('2026-11-21T10:00:00')).toBe(false);
  });
});

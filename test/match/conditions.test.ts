import { describe, expect, it } from 'vitest';
import { compileCondition } from '../../src/match/conditions.js';
import { doc } from '../helpers/doc.js';

async function holds(spec: Parameters<typeof compileCondition>[0], text: string, target: string) {
  const d = await doc(text);
  const start = text.indexOf(target);
  return compileCondition(spec)(d, { start, end: start + target.length });
}

describe('conditions', () => {
  it('preceding: the text just before the match ends with a word', async () => {
    expect(await holds({ preceding: ['野菜'] }, '冷蔵庫の野菜クズでスープ', 'クズ')).toBe(true);
    expect(await holds({ preceding: ['野菜'] }, 'マジでクズ', 'クズ')).toBe(false);
  });

  it('following: the text just after the match starts with a word, kana-insensitively', async () => {
    expect(await holds({ following: ['しゅうしゅう'] }, 'ゴミシュウシュウ', 'ゴミ')).toBe(true);
    expect(await holds({ following: ['収集'] }, 'ゴミ人間', 'ゴミ')).toBe(false);
  });

  it('sentence: only the sentence containing the match counts', async () => {
    expect(await holds({ sentence: '拡散' }, 'できるらしい、拡散希望。', 'らしい')).toBe(true);
    expect(await holds({ sentence: '拡散' }, 'できるらしい。拡散希望。', 'らしい')).toBe(false);
  });

  it('post and match: regular expressions on the whole post and on the match', async () => {
    expect(await holds({ post: '注意' }, '特殊詐欺に注意。還付金', '還付金')).toBe(true);
    expect(await holds({ match: '^クズ$' }, 'クズ', 'クズ')).toBe(true);
    expect(await holds({ match: '^カス$' }, 'クズ', 'クズ')).toBe(false);
  });

  it('requires every field of one condition to hold', async () => {
    expect(await holds({ preceding: ['野菜'], sentence: '存在しない' }, '野菜クズ', 'クズ')).toBe(false);
  });
});

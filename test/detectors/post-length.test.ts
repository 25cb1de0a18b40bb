import { describe, expect, it } from 'vitest';
import { measurePost, postLength } from '../../src/detectors/post-length.js';
import type { Platform } from '../../src/platforms.js';
import { postDoc } from '../helpers/post-doc.js';

const env = { official: { domains: [], phones: [] }, resolvePath: (p: string) => p };

async function over(text: string, platform?: Platform, options = {}) {
  const detect = postLength.create(postLength.options.parse(options), env);
  return detect(await postDoc(text, { platform }));
}

describe('measurePost', () => {
  it('counts X as X does: CJK and emoji weigh 2, a URL 23 whatever its length', () => {
    expect(measurePost('あ'.repeat(140), 'x')).toMatchObject({ count: 280, limit: 280 });
    expect(measurePost('a'.repeat(280), 'x').count).toBe(280);
    expect(measurePost('😀'.repeat(10), 'x').count).toBe(20);
    expect(measurePost(`詳しくは https://www.city.example.lg.jp/${'x'.repeat(200)}`, 'x').count).toBe(4 * 2 + 1 + 23);
  });

  it('counts Bluesky and LINE in graphemes, Threads with emoji as UTF-8 bytes, Instagram in UTF-16 units', () => {
    const family = '👨‍👩‍👧'; // one grapheme, 8 UTF-16 units, 18 UTF-8 bytes
    expect(measurePost(`${family}あ`, 'bluesky').count).toBe(2);
    expect(measurePost(`${family}あ`, 'line').count).toBe(2);
    expect(measurePost(`${family}あ`, 'threads').count).toBe(19);
    expect(measurePost(`${family}あ`, 'instagram').count).toBe(9);
  });

  it('says where the part over the limit starts', () => {
    expect(measurePost('あ'.repeat(145), 'x').overflowAt).toBe(140);
    expect(measurePost('い'.repeat(305), 'bluesky').overflowAt).toBe(300);
    expect(measurePost('😀'.repeat(301), 'bluesky').overflowAt).toBe(600);
  });
});

describe('post-length detector', () => {
  it('matches the part past the platform limit, with the counts for the message', async () => {
    const text = `\n${'お知らせです。'.repeat(21)}\n`; // 147 CJK characters = 294 on X
    const [m] = await over(text, 'x');
    expect(m).toMatchObject({ start: 1 + 140, end: text.length - 1, vars: { platform: 'X', count: '294', limit: '280', over: '14' } });
  });

  it('stays quiet within the limit, on other platforms, and when the platform is unknown', async () => {
    const text = 'お知らせです。'.repeat(21);
    expect(await over('お知らせです。'.repeat(20), 'x')).toEqual([]);
    expect(await over(text, 'instagram')).toEqual([]);
    expect(await over(text, 'threads')).toEqual([]);
    expect(await over(text)).toEqual([]);
  });

  it('takes a limit from the options (a paid X account)', async () => {
    expect(await over('お知らせです。'.repeat(21), 'x', { limits: { x: 25000 } })).toEqual([]);
    expect(await over('あいうえお', 'bluesky', { limits: { bluesky: 3 } })).toMatchObject([{ start: 3, end: 5 }]);
  });
});

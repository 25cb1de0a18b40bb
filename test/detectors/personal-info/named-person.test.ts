import { describe, expect, it } from 'vitest';
import { found } from '../../helpers/detect.js';

describe('named-person detector', () => {
  it('finds private persons named in the post', async () => {
    expect(await found('named-person', '受賞した佐々木美咲さんの写真')).toEqual(['佐々木美咲さん']);
  });

  it('leaves people in a public role and generic words alone', async () => {
    expect(await found('named-person', '講師：北山大学 長谷川誠 教授')).toEqual([]);
    expect(await found('named-person', '皆さんの写真をお待ちしています')).toEqual([]);
  });

  it('includes bare surnames only when asked', async () => {
    expect(await found('named-person', '隣の家の田中（さくら市）')).toEqual([]);
    expect(await found('named-person', '隣の家の田中（さくら市）', { options: { surnames: true } })).toEqual(['田中']);
  });
});

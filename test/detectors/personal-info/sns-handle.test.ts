import { describe, expect, it } from 'vitest';
import { found } from '../../helpers/detect.js';

describe('sns-handle detector', () => {
  it('reports the handle of a named private person, in the same sentence or the next', async () => {
    expect(await found('sns-handle', '同期の石田さん、インスタ @ishida_0701 でめっちゃ自撮りあげてる')).toEqual(['@ishida_0701']);
    expect(await found('sns-handle', '同じ課の中村さん（24）。アカウントは @aya_n0312 ね')).toEqual(['@aya_n0312']);
  });

  it('leaves official accounts, handles with no person, and e-mail addresses alone', async () => {
    expect(await found('sns-handle', '石田さんも見てる、公式アカウント @sakura_city をフォローしてね')).toEqual([]);
    expect(await found('sns-handle', '詳しくは @sakura_kanko へ')).toEqual([]);
    expect(await found('sns-handle', '石田さんへの連絡は info@sakura.example.jp')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { found } from '../../helpers/detect.js';

describe('street-address detector (owner: person)', () => {
  it.each([
    ['佐藤さんの家は さくら市緑町3-4-5 です', 'さくら市緑町3-4-5'],
    ['自宅：北山市本町2丁目3番4号', '北山市本町2丁目3番4号'],
    ['〒123-4567 北山県さくら市若葉台1-2-3 山本一郎様', '〒123-4567 北山県さくら市若葉台1-2-3'],
    ['実家（川辺町大字本郷1234番地）に帰省', '川辺町大字本郷1234番地'],
    ['緑が丘2-3-4の田中さんち', '緑が丘2-3-4'],
    ['桜通り5丁目の吉田さん、また滞納してる', '桜通り5丁目'],
    ['今日来た川辺町本町3丁目の佐々木ってやつ', '川辺町本町3丁目'],
    ['窓口に来た人、住所が北山市緑町3-12-5で一人暮らしだって', '北山市緑町3-12-5'],
  ])('reports an address given as a person\'s: %s', async (text, address) => {
    expect(await found('street-address', text)).toEqual([address]);
  });

  it.each([
    ['会場：さくら市民会館（さくら市中央2-1-1）'],
    ['さくら市役所 本庁舎1階（さくら市中央1-1-1）'],
    ['道の駅かわべ（川辺町本郷123番地）'],
    ['第3-2駐車場をご利用ください'],
    ['令和8年4-6月期'],
    ['スコアは3-1で勝利'],
    ['電話0299-52-1111'],
    ['中町3丁目付近で停電が発生しています'],
  ])('leaves facilities\' addresses and other numbers alone: %s', async (text) => {
    expect(await found('street-address', text)).toEqual([]);
  });
});

describe('street-address detector (owner: unattributed)', () => {
  const unattributed = { options: { owner: 'unattributed' } };

  it('reports a full address with nobody and nothing named with it', async () => {
    expect(await found('street-address', '昨夜 北山市緑町3-12-5 で火事', unattributed)).toEqual(['北山市緑町3-12-5']);
  });

  it('leaves a district alone, and addresses given as someone\'s or a facility\'s', async () => {
    expect(await found('street-address', '中町3丁目付近で停電', unattributed)).toEqual([]);
    expect(await found('street-address', '会場：公民館（さくら市本町2-3-4）', unattributed)).toEqual([]);
    expect(await found('street-address', '佐藤さんの家は さくら市緑町3-4-5', unattributed)).toEqual([]);
  });
});

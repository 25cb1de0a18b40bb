import { describe, expect, it } from 'vitest';
import { detect, found } from '../../helpers/detect.js';

describe('private-circumstance detector', () => {
  it.each([
    ['総務課の佐藤さん、がんで入院してるらしい', '佐藤さん', '入院'],
    ['隣の家の鈴木さん、生活保護もらってるって', '鈴木さん', '生活保護'],
    ['山田さんのところ、離婚したんだって', '山田さん', '離婚'],
    ['上司が懲戒処分を受けたらしい', '上司', '懲戒処分'],
    ['3年2組の伊藤くん、最近不登校みたい', '伊藤くん', '不登校'],
    ['小林様は税金を3年間滞納しています', '小林様', '滞納'],
    ['町長の手術は来週らしい', '町長', '手術'],
    ['図書館によく来る健太くん。借りた本が全部恐竜の本でした', '健太くん', '借りた本'],
  ])('reports a named person with a private circumstance: %s', async (text, person, circumstance) => {
    expect(await detect('private-circumstance', text)).toEqual([{ text: person, vars: { circumstance } }]);
  });

  it.each([
    ['入院中の方へのお見舞いは控えてください'],
    ['がん検診を受けましょう'],
    ['生活保護についてのご相談は福祉課へ'],
    ['離婚届の提出は市民課へ'],
    ['市長が市民病院を訪問し、入院患者を励ましました'],
    ['市長が入院中の子どもたちに絵本を寄贈しました'],
    ['〇〇選手がけがの手術から復帰'],
    ['滞納整理強化月間です'],
    ['佐藤さんが図書館で本を借りる方法を説明します'],
    ['読み聞かせボランティアの佐藤さん、いつもありがとうございます'],
    ['保健師の佐藤さんが妊娠中の方向けの教室を開きます'],
    ['講師：北山医科大学 宮本聡 教授「がんと共に生きる」'],
    ['上司にすすめられた本を借りた'],
  ])('leaves services, public roles and kind words alone: %s', async (text) => {
    expect(await found('private-circumstance', text)).toEqual([]);
  });

  it('identifies people by name, by role, or both, as the rule asks', async () => {
    const text = '課長の入院、佐藤さんも心配してた。佐藤さんは離婚したばかりだし';
    expect(await found('private-circumstance', text, { options: { identify: ['names'] } })).toEqual(['佐藤さん']);
    expect(await found('private-circumstance', text, { options: { identify: ['roles'] } })).toEqual(['課長']);
  });
});

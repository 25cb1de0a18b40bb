import { describe, expect, it } from 'vitest';
import { found } from '../../helpers/detect.js';

describe('email-address detector', () => {
  it.each([
    ['写真は吉田さん yoshida.k@gmail.com まで送ってね', 'yoshida.k@gmail.com'],
    ['連絡は taro1985@yahoo.co.jp へ', 'taro1985@yahoo.co.jp'],
    ['担任の先生の個人アドレスは m.kato1990@example.ne.jp です', 'm.kato1990@example.ne.jp'],
    ['ＴＡＲＯ．ＳＡＴＯ＠ＧＭＡＩＬ．ＣＯＭ まで', 'ＴＡＲＯ．ＳＡＴＯ＠ＧＭＡＩＬ．ＣＯＭ'],
    ['連絡は kenji★ezweb.ne.jp へ', 'kenji★ezweb.ne.jp'],
    ['連絡は kenji(at)docomo.ne.jp へ', 'kenji(at)docomo.ne.jp'],
  ])('reports a private person\'s address: %s', async (text, address) => {
    expect(await found('email-address', text)).toEqual([address]);
  });

  it.each([
    ['お問い合わせ：kikaku@city.sakura.lg.jp'],
    ['soudan@moj.go.jp'],
    ['さくら観光協会（info@sakura-kankou.jp）'],
    ['ご意見は contact@kitayama-pref.example.jp まで'],
    ['株式会社さくら工業 yamada@sakura-kogyo.co.jp'],
    ['実行委員会 matsuri.sakura@gmail.com'],
    ['子育て支援センター（kosodate-c@sakura.example.jp）'],
  ])('leaves office and organization addresses alone: %s', async (text) => {
    expect(await found('email-address', text)).toEqual([]);
  });

  it('never reports addresses on the municipality\'s own domains from the config', async () => {
    const text = '担当の高橋さん takahashi.k@sakura-city.jp';
    expect(await found('email-address', text)).toEqual(['takahashi.k@sakura-city.jp']);
    expect(await found('email-address', text, { official: { domains: ['sakura-city.jp'] } })).toEqual([]);
  });
});

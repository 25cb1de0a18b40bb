import { describe, expect, it } from 'vitest';
import { found } from '../../helpers/detect.js';

describe('unlabelled-secret detector', () => {
  it.each([
    ['うちの課のWi-Fi、いまだに sakura1234 なのウケる', 'sakura1234'],
    ['共有PCは kikaku01 で入れるよ', 'kikaku01'],
    ['支所の無線LAN、ずっと「kawabe0401」のまま', 'kawabe0401'],
  ])('reports a password given in passing: %s', async (text, value) => {
    expect(await found('unlabelled-secret', text)).toEqual([value]);
  });

  it.each([
    // Products and versions
    ['課のPC、いまだに Windows10 のまま'],
    ['公用スマホ、まだ iPhone12 なの'],
    // Values named as something else, or not said to be in use
    ['課のPC、型番見たら FMVA77 なの。古すぎでしょ'],
    ['うちのWi-Fi、SSIDが kawabe_home5G なんだけど電波弱い'],
    ['アカウント名、昔から taro_1985 なんだよね'],
    ['家のルーター、Aterm WX3600 なんだけど速いよ'],
    ['ログインボーナス、今日で day365 なの笑'],
    // Networks offered to the public
    ['無料Wi-Fi「SAKURA2026」はどなたでもご利用いただけます。 SAKURA2026 で接続してください'],
    // Nothing about a network or an account
    ['会議の資料は R8kaigi01 なのでよろしく'],
    // Letters only, digits only
    ['Wi-Fi、いまだに sakurasakura なの'],
    ['Wi-Fi、いまだに 12345678 なの'],
    // One half of "user / secret": the pair is reported by credential-pair
    ['ログインは kenshu / kenshu2026 で入れる'],
  ])('leaves look-alikes alone: %s', async (text) => {
    expect(await found('unlabelled-secret', text)).toEqual([]);
  });
});

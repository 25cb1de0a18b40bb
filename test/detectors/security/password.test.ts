import { describe, expect, it } from 'vitest';
import { found } from '../../helpers/detect.js';

describe('password detector', () => {
  it.each([
    ['新しいPCの初期パスワードは Welcome2026 です', 'Welcome2026'],
    ['初期パスワードは Sakura2026! です', 'Sakura2026!'],
    ['パスワード：ab12cd34', 'ab12cd34'],
    ['Wi-Fiのパスワードが「k9x7m2p4」に変わりました', 'k9x7m2p4'],
    ['ID: kikaku01 / PW: Kk#2026hoiku', 'Kk#2026hoiku'],
    ['管理者パスワードが admin1234 のままになってる', 'admin1234'],
    ['パスワード「tanuki」です', 'tanuki'],
    ['password=Xy7!rt-Lk', 'Xy7!rt-Lk'],
    ['ｐａｓｓｗｏｒｄ：ｈｕｎｔｅｒ２', 'ｈｕｎｔｅｒ２'],
  ])('reports the value: %s', async (text, value) => {
    expect(await found('password', text)).toEqual([value]);
  });

  it.each([
    ['パスワードを忘れた方はこちら'],
    ['パスワードは使い回さず、ときどき見直しましょう'],
    ['市がメールでパスワードをお尋ねすることはありません'],
    ['無料Wi-Fiはパスワード不要でどなたでもご利用いただけます'],
    ['パスワードは英数字を組み合わせて8文字以上にしましょう'],
    ['パスワードは「********」と表示されます'],
    ['パスワードは SMS で届きます'],
    ['パスワードは Google アカウントと同じです'],
    ['パスワード例：Abc12345 のように英数字を混ぜて'],
    ['パスワードに 123456 や password などは使わないでください'],
    ['シーズンパス 2026 好評発売中'],
    ['スマホにパスワード管理アプリを入れた🔐'],
  ])('leaves advice and look-alikes alone: %s', async (text) => {
    expect(await found('password', text)).toEqual([]);
  });
});

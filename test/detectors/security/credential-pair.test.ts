import { describe, expect, it } from 'vitest';
import { found } from '../../helpers/detect.js';

describe('credential-pair detector', () => {
  it.each([
    ['研修用PCのログインは kenshu / kenshu2026 だから', 'kenshu / kenshu2026'],
    ['共有アカウントが変わりました。soumu01 / Hk29xq!m でログインしてください。', 'soumu01 / Hk29xq!m'],
    ['管理者アカウント、admin/admin のまま', 'admin/admin'],
    ['共有アカウントは kikaku / winter2026 でログイン', 'kikaku / winter2026'],
    ['グループウェアの管理者は ａｄｍｉｎ／Ｓｈｉｒａｓａｇｉ＃２０２７ です', 'ａｄｍｉｎ／Ｓｈｉｒａｓａｇｉ＃２０２７'],
  ])('reports the pair: %s', async (text, pair) => {
    expect(await found('credential-pair', text)).toEqual([pair]);
  });

  it.each([
    // Words side by side, not a secret
    ['Windows/Mac どちらでもログインできます'],
    ['TCP/IP の設定でログインできない場合'],
    ['iOS/Android のアプリにログインしてください'],
    // Products with their versions
    ['Windows10/Windows11 のパソコンからログインできます'],
    ['iOS16/Android12 以上のスマートフォンでログインしてください'],
    // URLs and dates
    ['ログインはこちら bit.ly/kik2026 から'],
    ['https://example.jp/login/2026 からログイン'],
    ['受付は 12/1 から。マイページにログインしてください'],
    // A pair that looks like a secret, but nothing about logging in
    ['燃やすごみ/燃やさないごみ、ver2/ver3 の違い'],
  ])('leaves look-alikes alone: %s', async (text) => {
    expect(await found('credential-pair', text)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { found } from '../../helpers/detect.js';
import { lockTalkTest } from '../../../src/detectors/security/lock-code.js';

describe('lock-code detector', () => {
  it.each([
    ['金庫（暗証番号0815）で保管', '0815'],
    ['入室コードは5521#です', '5521#'],
    ['北側通用口のテンキーに「4721#」を入力', '4721#'],
    ['キーボックス（番号3390）に入れてあります', '3390'],
    ['オートロックの番号は 1192# です', '1192#'],
    ['ダイヤル錠は「0731」で開きます', '0731'],
    ['暗証番号：１２３４', '１２３４'],
    ['サーバー室の暗証番号、4桁で0000のままなんだよね', '0000'],
  ])('reports the code: %s', async (text, code) => {
    expect(await found('lock-code', text)).toEqual([code]);
  });

  it.each([
    ['鍵箱の番号を変更しました。\n新しい番号は「0522」です。', '0522'],
    ['北側通用口の扉のロックが新しくなりました。これからは 7391 を押して入ってください。', '7391'],
    ['書庫の保管庫のダイヤル、いまだに初期設定の0000のまま', '0000'],
    ['宿直室の金庫の暗証番号が変わりました（新：7204）。', '7204'],
    ['本日から職員通用口の番号が変わります。新しい番号は 6614# です。', '6614#'],
    ['市民課の金庫、ダイヤルの番号が 3-17-42 なの', '3-17-42'],
  ])('reports a code given near the lock it opens: %s', async (text, code) => {
    expect(await found('lock-code', text)).toEqual([code]);
  });

  it.each([
    ['暗証番号は4桁です。初期設定の0000は必ず変更してください。'],
    ['金庫を2026年4月に更新しました。'],
    ['ロッカーは301号室の前にあります。鍵は受付で貸し出します。'],
    ['児童相談所虐待対応ダイヤル「189」へ。秘密は守られます。'],
    ['オートロックのマンションでも油断は禁物です。10時30分から防犯教室を開きます。'],
    ['かわべロックフェスを開催！整理番号は「0123」からの方が先に入場できます。'],
    ['労働金庫の相談会を開催します。受付番号 101 番から順にご案内します。'],
    ['ロッカーは硬貨を入れてロックします。ロッカー番号は「123」から「240」までが女性用です。'],
    ['アウトドア講座の参加番号は「105」です。'],
    ['金庫の場所は地図の 1-2-3 の区画です。'],
    ['市税の口座振替は、川辺信用金庫（金融機関コード 1234）でお申し込みいただけます。'],
    ['暗証番号の入力を3回続けて間違えるとロックがかかります'],
    ['暗証番号は他人に教えないでください'],
    ['暗証番号（4桁）を入力してください'],
    ['4桁の暗証番号を設定してください'],
    ['暗証番号に誕生日や 1234 などは使わないでください'],
    ['キーボックスを設置しました'],
  ])('leaves advice and look-alikes alone: %s', async (text) => {
    expect(await found('lock-code', text)).toEqual([]);
  });
});

describe('lockTalkTest', () => {
  it('answers as blanking every non-lock word in turn and then looking for a topic does', () => {
    // Few letters and a space, so that words overlap, nest, and blanking one can make another.
    const letter = fc.constantFrom('ロ', 'ッ', 'ク', '金', '庫', ' ');
    const word = fc.string({ unit: letter, minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(fc.array(word, { maxLength: 4 }), fc.array(word, { maxLength: 5 }), fc.string({ unit: letter, maxLength: 20 }), (topics, notLock, text) => {
        const sentence = notLock.reduce((f, w) => f.split(w).join(' '), text);
        expect(lockTalkTest(topics, notLock)(text)).toBe(topics.some((t) => sentence.includes(t)));
      }),
      { seed: 20261122, numRuns: 3000 },
    );
  });
});

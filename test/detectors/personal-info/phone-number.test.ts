import { describe, expect, it } from 'vitest';
import { nationalDigits, phoneKind } from '../../../src/detectors/personal-info/phone-number.js';
import { detect, found } from '../../helpers/detect.js';

describe('phoneKind', () => {
  it('tells mobile, IP, landline and service numbers apart by their digits', () => {
    expect(phoneKind('09012345678')).toBe('mobile');
    expect(phoneKind('07011112222')).toBe('mobile');
    expect(phoneKind('05033334444')).toBe('ip');
    expect(phoneKind('0299521111')).toBe('landline');
    expect(phoneKind('0312345678')).toBe('landline');
    expect(phoneKind('0120123456')).toBe('service');
    expect(phoneKind('08001234567')).toBe('service');
    expect(phoneKind('0570064370')).toBe('service');
    expect(phoneKind('1234567')).toBeUndefined();
    expect(phoneKind('20261121')).toBeUndefined();
  });

  it('reads +81 back into the national form', () => {
    expect(nationalDigits('+81 90-1234-5678')).toBe('09012345678');
    expect(nationalDigits('+81(0)3-1234-5678')).toBe('0312345678');
  });
});

describe('phone-number detector', () => {
  it.each([
    ['PTA会長の井上さん（090-1234-5678）まで', '090-1234-5678'],
    ['わからないことがあれば 080-9876-5432 まで電話して！', '080-9876-5432'],
    ['連絡先：携帯 09012345678', '09012345678'],
    ['０９０ー１２３４ー５６７８ に電話ください', '０９０ー１２３４ー５６７８'],
    ['ボランティア代表の木下さん 090（1234）5678', '090（1234）5678'],
    ['+81 90-1234-5678 に連絡ください', '+81 90-1234-5678'],
    ['井上さん宅 0299-44-1234 に電話してください', '0299-44-1234'],
    ['会長の高橋さん（自宅 03(3456)7890）', '03(3456)7890'],
    ['山田花子さん 050-3333-4444', '050-3333-4444'],
    ['問い合わせは 090-8765-4321（担当：個人携帯）まで', '090-8765-4321'],
    ['市民課 山田（自宅 0299-44-1234）', '0299-44-1234'],
  ])('reports a private person\'s number: %s', async (text, number) => {
    expect(await found('phone-number', text)).toEqual([number]);
  });

  it.each([
    ['お問い合わせ：市民課 0299-52-1111'],
    ['市役所（代表）0299-52-1111'],
    ['さくら市社会福祉協議会 TEL 0299-52-3344 FAX 0299-52-3345'],
    ['こころの健康相談ダイヤル 0299-52-1190（平日9時〜17時）'],
    ['不法投棄を見かけたら、環境課（0299-52-1184）までご連絡ください。'],
    ['電話相談 0120-123-456（無料）'],
    ['ナビダイヤル 0570-064-370（携帯電話・IP電話からは 03-6700-1234）'],
    ['不審な電話は警察相談専用電話（#9110）へ'],
    ['お問い合わせは 03-1234-5678 まで'],
    ['市民課の山田さん（0299-52-1111）までお問い合わせください'],
    ['さくらマルシェ実行委員会 090-4444-5555'],
    ['当日の連絡先（公用携帯）090-7777-8888'],
    ['講師：北山大学 長谷川誠 教授（0299-55-8888）'],
    ['〒123-4567 さくら市中央1-1-1'],
    ['2026-11-21 10:00〜12:00'],
    ['ISBN 978-4-06-512345-6'],
    ['詳細は https://example.jp/notice/09012345678.html をご覧ください'],
  ])('leaves office, service and non-phone numbers alone: %s', async (text) => {
    expect(await found('phone-number', text)).toEqual([]);
  });

  it('never reports the municipality\'s own numbers from the config, however they are written', async () => {
    const official = { phones: ['090-1111-2222'] };
    expect(await found('phone-number', '担当の佐藤さん 09011112222', { official })).toEqual([]);
    expect(await found('phone-number', '担当の佐藤さん ０９０（１１１１）２２２２', { official })).toEqual([]);
    expect(await found('phone-number', '担当の佐藤さん 090-1111-2223', { official })).toEqual(['090-1111-2223']);
  });

  it('says what kind of number it is, for the message', async () => {
    expect((await detect('phone-number', '高木さん 080-4417-2093'))[0]?.vars).toEqual({ kind: '携帯電話番号' });
    expect((await detect('phone-number', '高木さん（自宅 0299-44-1234）'))[0]?.vars).toEqual({ kind: '電話番号' });
  });
});

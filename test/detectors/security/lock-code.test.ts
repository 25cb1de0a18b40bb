import { describe, expect, it } from 'vitest';
import { found } from '../../helpers/detect.js';

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

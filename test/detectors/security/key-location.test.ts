import { describe, expect, it } from 'vitest';
import { found } from '../../helpers/detect.js';

describe('key-location detector', () => {
  it.each([
    ['事務所の鍵は郵便受けの中に入れてあります', '郵便受けの中'],
    ['公民館のカギは、玄関脇のメーターボックスに置いています', '玄関脇のメーターボックス'],
    ['スペアキーは倉庫裏の植木鉢の下に隠してあります', '倉庫裏の植木鉢の下'],
    ['投票箱の鍵は、事務局の金庫で厳重に保管しています', '事務局の金庫'],
  ])('reports where keys are kept: %s', async (text, place) => {
    expect(await found('key-location', text)).toEqual([place]);
  });

  it.each([
    ['鍵は各自で保管しています'],
    ['鍵は担当者が保管しています'],
    ['施設の鍵は必ず返却してください'],
    ['鍵は所定の場所に保管してください'],
    ['外出するときは鍵をかけましょう'],
    ['キーボードは机の上に置いてあります'],
  ])('leaves advice and look-alikes alone: %s', async (text) => {
    expect(await found('key-location', text)).toEqual([]);
  });
});

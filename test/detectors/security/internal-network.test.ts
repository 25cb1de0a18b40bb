import { describe, expect, it } from 'vitest';
import { isPrivateIPv4 } from '../../../src/detectors/security/internal-network.js';
import { found } from '../../helpers/detect.js';

describe('isPrivateIPv4', () => {
  it('knows the RFC 1918 ranges', () => {
    expect(['10.0.0.1', '172.16.8.21', '172.31.255.1', '192.168.1.50', '10.0.0.0/8'].map(isPrivateIPv4)).toEqual([true, true, true, true, true]);
    expect(['8.8.8.8', '172.32.0.1', '172.15.0.1', '192.169.0.1'].map(isPrivateIPv4)).toEqual([false, false, false, false]);
  });
});

describe('internal-network detector', () => {
  it.each([
    ['サーバー（10.20.3.15）の再起動待ち', '10.20.3.15'],
    ['プリンタは 192.168.1.50 に設定', '192.168.1.50'],
    ['http://10.0.5.2:8080/admin', '10.0.5.2'],
    ['接続先が vpn01.sakura-city.local に変わりました', 'vpn01.sakura-city.local'],
    ['db01.kawabe.internal が落ちてる', 'db01.kawabe.internal'],
    ['内部ポータル portal.intra.example.jp を参照', 'portal.intra.example.jp'],
    ['\\\\fileserver\\共有\\企画課 に置きました', '\\\\fileserver\\共有\\企画課'],
    ['¥¥sv-soumu01¥share に保存', '¥¥sv-soumu01¥share'],
  ])('reports internal addresses and names: %s', async (text, address) => {
    expect(await found('internal-network', text)).toEqual([address]);
  });

  it.each([
    ['アプリを Ver.10.1.2.3 に更新しました'],
    ['https://www.city.sakura.example.lg.jp/bousai/'],
    ['8.8.8.8 は公開DNSです'],
    ['2026.10.1 開催'],
    ['公衆無線LANが使えます'],
    ['ご家庭のルーターの管理画面（192.168.1.1 など）のパスワードを変えましょう'],
  ])('leaves public addresses and look-alikes alone: %s', async (text) => {
    expect(await found('internal-network', text)).toEqual([]);
  });
});

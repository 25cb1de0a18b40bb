import { describe, expect, it } from 'vitest';
import { found } from '../../helpers/detect.js';

describe('security-weakness detector', () => {
  it.each([
    ['メールサーバー、SMTP認証なしで外部から送信できる設定のまま', ['認証なし', '外部から送信できる']],
    ['本庁舎の防犯カメラの死角は北側通用口付近だけなので', ['死角']],
    ['うちのサーバー、サポート切れのOSのまま動いてる', ['サポート切れ']],
    ['共有フォルダが誰でもアクセスできる設定になってる', ['誰でもアクセスできる']],
    ['窓口のPC、ウイルス対策ソフトが入っていないらしい', ['ウイルス対策ソフトが入っていない']],
  ])('reports a weakness of systems or buildings: %s', async (text, phrases) => {
    expect(await found('security-weakness', text)).toEqual(phrases);
  });

  it.each([
    ['通学路に防犯カメラを20台設置しました'],
    ['死角をなくすため、駐輪場の防犯カメラを増設しました'],
    ['交差点の死角に注意しましょう'],
    ['サイバーセキュリティ月間です'],
    ['パソコンのOSのサポート切れにご注意ください'],
    ['公衆無線LANは暗号化されていない場合があるので注意'],
    ['カメラに映らないよう配慮して撮影します'],
    ['市役所の無料Wi-Fiは認証なしでどなたでもご利用いただけます'],
  ])('leaves fixes, advice and public services alone: %s', async (text) => {
    expect(await found('security-weakness', text)).toEqual([]);
  });
});

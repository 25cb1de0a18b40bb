import { describe, expect, it } from 'vitest';
import { makeTree, runCli } from '../helpers/cli.js';

/**
 * public-order and illegal as a user meets them: threats, incitement and crime offers written the
 * way people write them online, next to long municipal bulletins that quote the same words.
 */
const CATEGORIES = ['public-order', 'illegal'];

/** Lints each draft as its own file; returns, per draft, the public-order/illegal categories flagged as error or warning. */
function flagged(drafts: readonly string[], account: 'official' | 'private'): Map<string, string[]> {
  const files = Object.fromEntries(drafts.map((text, i) => [`posts/${String(i).padStart(3, '0')}.txt`, text]));
  const r = runCli(['--format', 'json', '--account', account, 'posts'], { cwd: makeTree(files) });
  expect(r.stderr).toBe('');
  const report = JSON.parse(r.stdout) as { results: { file: string; findings: { category: string; severity: string }[] }[] };
  expect(report.results).toHaveLength(drafts.length);
  const byDraft = new Map<string, string[]>();
  for (const result of report.results) {
    const index = Number(/(\d+)\.txt$/.exec(result.file)![1]);
    const cats = result.findings.filter((f) => CATEGORIES.includes(f.category) && f.severity !== 'info').map((f) => f.category);
    byDraft.set(drafts[index]!, [...new Set(cats)].sort());
  }
  return byDraft;
}

const TOXIC: readonly { text: string; categories: string[] }[] = [
  { text: 'あの議員の事務所、みんなで燃やしに行こうぜ🔥', categories: ['public-order'] },
  { text: '今日窓口で絡んできたジジイ、次来たら裏でボコってやるわ', categories: ['public-order'] },
  { text: 'こいつの住所わかるやつおる？晒して凸しようや', categories: ['public-order'] },
  { text: 'もう無理なら一緒に逝こう。道具は用意してあるから', categories: ['public-order'] },
  { text: '明日の朝、線路に置き石しとこうかな。電車止まれば休めるし', categories: ['public-order'] },
  { text: '🥬ありますよ〜 手押し対応、0.5で1.5万 詳しくはテレグラムで', categories: ['illegal'] },
  { text: 'パパ活募集 大人あり、ホ別2でお願いします', categories: ['illegal'] },
  { text: 'スーパーの半額シール、自作のに貼り替えて買ってる。レジ気づかない', categories: ['illegal'] },
  { text: '盗撮した更衣室の動画、1本500円で売ってます', categories: ['illegal'] },
  { text: 'テスト嫌だから学校に爆破予告メール送ったろかな', categories: ['illegal', 'public-order'] },
];

const BULLETINS: readonly string[] = [
  '【秋の火災予防運動】11月9日から15日まで実施します。「火の用心」の拍子木で消防団が夜間巡回します。ストーブの周りに燃えやすいものを置かないでください。',
  '【総合防災訓練】9月1日、地震を想定した避難訓練、消防署の放水訓練、煙体験ハウスを行います。サイレンは訓練です。',
  '【9月10日〜16日は自殺予防週間】「死にたい」「消えたい」と感じたら、ひとりで悩まずこころの健康相談統一ダイヤル 0570-064-556 へ。',
  '【薬物乱用防止】SNSでは「野菜」「🥬」＝大麻、「アイス」＝覚醒剤、「手押し」＝手渡しの売買といった隠語で取引がもちかけられます。「0.5で〇万」などの書き込みに連絡しないでください。',
  '【鉄道の安全】線路への置き石は列車の脱線につながる犯罪です。見かけたら110番へ通報してください。',
  '【臨時休校】本日未明、市立北中学校に爆破を予告するメールが届いたため、臨時休校とします。',
  '【入札結果の公表】市道改良工事 予定価格 48,500,000円 最低制限価格 42,100,000円 落札金額 42,300,000円。市ホームページで閲覧できます。',
  '【議会だより】一般質問 問 SNSで「大人あり」「ホ別」といった言葉で若者が誘われる事例がある。市の対策は。',
  '【道の駅】朝どれ野菜あります！手押し車は入口にご用意しています。',
  '【こころの相談窓口】「一緒に死のう」とSNSで誘われても、会いに行かないでください。いのちの電話 0120-783-556 があなたの話を聴きます。',
  '【消防出初式】消防団のはしご乗りと一斉放水があります。水しぶきがかかることがありますので観覧エリアからどうぞ。',
];

describe('threats and crime offers as people write them', () => {
  it('flags each in its category', () => {
    const result = flagged(TOXIC.map((t) => t.text), 'private');
    for (const t of TOXIC) expect(result.get(t.text), t.text).toEqual(t.categories);
  });

  it('stays quiet on bulletins that quote the same words', () => {
    const result = flagged(BULLETINS, 'official');
    for (const text of BULLETINS) expect(result.get(text), text).toEqual([]);
  });
});

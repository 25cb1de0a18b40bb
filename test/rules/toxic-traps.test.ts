import { describe, expect, it } from 'vitest';
import { makeTree, runCli } from '../helpers/cli.js';

/**
 * The insult, discrimination, public-order and obscene rules as a user meets them: drafts
 * written to files, linted through the command, read back from the JSON report.
 */
const TOXIC_CATEGORIES = ['insult', 'discrimination', 'public-order', 'obscene'];

interface Finding {
  category: string;
  severity: string;
  text: string;
}

/** Lints each draft as its own file; returns, per draft, the toxic categories flagged as error or warning. */
function flaggedCategories(drafts: readonly string[], account: 'official' | 'private'): Map<string, string[]> {
  const files = Object.fromEntries(drafts.map((text, i) => [`posts/${String(i).padStart(3, '0')}.txt`, text]));
  const dir = makeTree(files);
  const r = runCli(['--format', 'json', '--account', account, 'posts'], { cwd: dir });
  expect(r.stderr).toBe('');
  expect([0, 1]).toContain(r.code);
  const report = JSON.parse(r.stdout) as { results: { file: string; findings: Finding[] }[] };
  expect(report.results).toHaveLength(drafts.length);
  const byDraft = new Map<string, string[]>();
  for (const result of report.results) {
    const index = Number(/(\d+)\.txt$/.exec(result.file)![1]);
    const cats = result.findings
      .filter((f) => TOXIC_CATEGORIES.includes(f.category) && f.severity !== 'info')
      .map((f) => `${f.category}:${f.text}`);
    byDraft.set(drafts[index]!, cats);
  }
  return byDraft;
}

// Ordinary posts full of words a naive matcher would take for abuse, slurs, threats or sex.
const CLEAN_OFFICIAL = [
  '【粗大ごみ】年末は粗大ごみの申込みが集中します。ごみ収集カレンダーで日程をご確認ください。',
  '冬のバカンスは北山高原スキー場へ！リフト券の割引があります。',
  '【海鳥ウォッチング】船からアホウドリを探すツアーです。',
  '【写真講座】スマホ写真のピンボケや手ぶれを防ぐコツをお伝えします。',
  '姉妹都市の長崎市から、カステラの贈呈を受けました。',
  '【食品ロス】野菜クズや皮も、工夫すればおいしいスープになります。',
  '名画座シネマ・パラダイスでの上映会、整理券は10時から配ります。',
  '年末年始は窓口に申請が殺到します。お早めにお手続きください。',
  '【動物愛護センター】殺処分ゼロを続けるため、子猫の一時預かりボランティアを募集します。',
  'ご当地カレーが爆発的な人気で、今年は2倍の量を用意しました。',
  '【けんか祭り】神輿同士が激しくぶつかり合う勇壮な祭りです。観覧席は柵の外に設けます。',
  '【自殺予防週間】眠れない、食欲がない。そんなサインに気づいたら、こころの相談ダイヤルへ。',
  '【DV防止】殴る・蹴るだけでなく、大声で怒鳴る、生活費を渡さないことも暴力です。一人で悩まずご相談ください。',
  '【人権週間】部落差別や、外国人・障害のある人への差別をなくしましょう。',
  '【障害者週間】障害のある人もない人も一緒に楽しめるボッチャ大会を開きます。',
  '【パートナーシップ制度】同性カップルなどの宣誓を、休日も受け付けます。',
  '【外国人住民の方へ】ネパール語の防災ガイドができました。',
  '【乳がん検診】マンモグラフィ検診の申込みを受け付けています。',
  '【4か月児健診】授乳室とおむつ替え台を用意しています。',
  '【市立美術館】明治の洋画家による裸婦像の特別展示を行います。',
  '【温泉PR】源泉かけ流しの混浴露天風呂は、湯あみ着を着て入れます。',
  '【郷土資料館】「写真でたどる昭和の風俗習慣」展、会期を延長しました。',
  '【青少年育成】スマホの有害サイトへのフィルタリング設定を、保護者の皆さんにお願いしています。',
  '【消費生活センター】アダルトサイトの架空請求メールが届いても、決して連絡しないでください。',
  '【中央図書館】ヘイトスピーチを考える資料展を開催しています。',
  '【防犯】泥棒は音と光を嫌います。センサーライトと補助錠の設置がおすすめです。',
  '【道路情報】雪崩のおそれがあるため、奥の集落へ向かう町道を通行止めにしています。',
  '【熱中症】室内で亡くなる高齢者が多くいます。死亡事故を防ぐため、夜もエアコンを。',
  '【展示会】祭りの会場には、市内30団体の出展ブースが並びます。',
  '【ネズミ対策】殺鼠剤を置くときは、ペットや小さな子どもが誤って口にしないよう注意してください。',
  '【警察からのお知らせ】「ぶっ殺す」などの書き込みは脅迫罪に問われることがあります。',
  '🍑桃の直売所が今週末オープン！🍆ナスやトマトも並びます。',
  // Long bulletins whose ordinary words overlap slurs or complaint vocabulary (優遇, シナ, 支那, めくる, 保証人, 身元).
  '【市営住宅 入居者募集】\n子育て世帯やひとり親家庭を優遇する抽選枠を設けます。\n外国籍の方も申し込めます。日本人の連帯保証人がいなくても、保証会社の利用で申込みができます。\n募集案内は、ページをめくらなくても分かるよう表紙に日程を載せました。',
  '【道の駅 秋の味覚フェア】\nシナノゴールドとシナノスイートの食べ比べ、インドシナ料理のキッチンカー、老舗の支那そばの出店もあります。\n※東シナ海の低気圧の影響で、日曜の天気が崩れる見込みです。',
  '【消費生活センターから】宗教の信者を名乗る勧誘のトラブルが増えています。高額な献金を求められたら、すぐにご相談ください。',
  '【不法就労防止キャンペーン】外国人を雇うときは、在留カードで就労できるか確認してください。外国人の不法滞在・不法就労の防止にご協力を。',
  '【こころの健康】うつ病の方には治療が必要です。眠れない日が続いたら、早めに専門医へ。精神病の方のご家族の会も毎月開いています。',
  '【採用試験】当日は受験者の身元を確認させていただきます。受験をとりやめる場合は人事課へご連絡ください。',
  '【詐欺に注意】「払わないと家に押しかけてやる」と言って脅す電話が増えています。すぐに切って、警察へ相談してください。',
];

const CLEAN_PRIVATE = [
  '決算期で死ぬほど忙しいけど、今日は定時で帰れた🍺',
  '親バカですが、息子の運動会の写真を一枚だけ。',
  '時差ボケで一日中ぼーっとしてた',
  '週末のジョギングで脂肪を燃やしてやる！',
  '家族で日帰り温泉。裸足で入る足湯もあって子どもが喜んでた',
  '週末はみんなで飲みに行こうぜー',
  '鍵を家に置いたまま出勤。私ってほんとバカ',
];

// Drafts a careful reviewer would stop, written the way people actually write them.
const TOXIC: { text: string; account: 'official' | 'private'; categories: string[] }[] = [
  { account: 'private', categories: ['insult'], text: '今日来た苦情の人、話が通じなさすぎ。ほんとアホしかいない' },
  { account: 'private', categories: ['insult'], text: '係長マジで使えないやつ。ﾑｶつくわ' },
  { account: 'official', categories: ['insult'], text: '【お知らせ】分別しないで出すゴミ人間のせいで、集積所が荒れています。' },
  { account: 'private', categories: ['insult'], text: '毎朝どなり込んでくるじいさん、ﾀﾋね' },
  { account: 'official', categories: ['insult'], text: '同じことを何度も聞いてくる方、暇なんですか？' },
  { account: 'private', categories: ['insult', 'discrimination'], text: 'あの新人、説明してもガイジみたいな反応しかしない' },
  { account: 'official', categories: ['discrimination'], text: '【防犯】フィリピン人が多く住むアパートの周辺は治安が悪いので、夜の外出は控えましょう。' },
  { account: 'official', categories: ['discrimination'], text: '【駅前の店舗の皆さまへ】外国人のお客様の入店は、トラブル防止のためお断りいただいて構いません。' },
  { account: 'official', categories: ['discrimination'], text: '【料理教室】家事はやっぱり奥さんの役目。今日は旦那さんが奥さんに感謝する日です！' },
  { account: 'private', categories: ['discrimination'], text: 'ゲイとかレズとか、正直気持ち悪い' },
  { account: 'official', categories: ['discrimination'], text: '【防犯】河川敷に発達障害の若者がいるとの情報があります。何をするか分からないので、子どもは近づかせないでください。' },
  { account: 'private', categories: ['discrimination'], text: '親に「あの地区の出の人とは結婚させない」と言われた。まあ仕方ないか' },
  { account: 'official', categories: ['public-order'], text: '【看板を壊した方へ】防犯カメラで顔は分かっています。容赦しません。' },
  { account: 'private', categories: ['public-order'], text: 'あのクレーマー、次来たら階段から突き飛ばしてやる' },
  { account: 'private', categories: ['public-order'], text: '仕事がつらいなら、死んだら楽になれるよって後輩に言っといた' },
  { account: 'official', categories: ['public-order'], text: '【こころの健康】もう頑張れないあなたへ。無理に生きなくてもいいんですよ。' },
  { account: 'official', categories: ['public-order'], text: '【カラス対策】ごみを荒らすカラスには、農薬を混ぜた生肉を置くと効果抜群です。' },
  { account: 'official', categories: ['obscene'], text: '【観光】露天風呂は混浴です♨️ 若い女の子の裸が見られるかも？' },
  { account: 'private', categories: ['obscene'], text: '受付の新人さん、胸がでかくてたまらん' },
  { account: 'private', categories: ['obscene'], text: 'おすすめの動画はここ https://www.pornhub.com/view_video.php?viewkey=12345' },
  { account: 'private', categories: ['obscene'], text: 'セ ッ ク ス したい' },
  { account: 'private', categories: ['insult'], text: '窓口で同じ話を5回する客、マジでうぜえ' },
  { account: 'private', categories: ['public-order'], text: '文句あるなら直接来いよ。殴られたいの？' },
  { account: 'private', categories: ['obscene'], text: '新人の子にパンツ何色？って聞いたら引かれた笑' },
  { account: 'private', categories: ['discrimination'], text: 'あの人ガ◯ジでしょ、話が通じない' },
  { account: 'private', categories: ['public-order'], text: '脅しじゃないぞ、本当に役所に火をつけてやるからな' },
];

describe('toxic-category rules on realistic drafts (through the command)', () => {
  it('stay quiet on ordinary official posts full of trap words', () => {
    const flagged = flaggedCategories(CLEAN_OFFICIAL, 'official');
    const noisy = [...flagged].filter(([, cats]) => cats.length > 0);
    expect(noisy).toEqual([]);
  });

  it('stay quiet on ordinary private posts', () => {
    const flagged = flaggedCategories(CLEAN_PRIVATE, 'private');
    const noisy = [...flagged].filter(([, cats]) => cats.length > 0);
    expect(noisy).toEqual([]);
  });

  for (const account of ['official', 'private'] as const) {
    it(`flag the expected categories in toxic ${account} drafts`, () => {
      const drafts = TOXIC.filter((d) => d.account === account);
      const flagged = flaggedCategories(drafts.map((d) => d.text), account);
      const got = drafts.map((d) => ({
        text: d.text,
        categories: [...new Set(flagged.get(d.text)!.map((c) => c.split(':')[0]))].sort(),
      }));
      expect(got).toEqual(drafts.map((d) => ({ text: d.text, categories: [...d.categories].sort() })));
    });
  }

  it('reports a toxic finding as an error that fails the run', () => {
    const dir = makeTree({ 'draft.txt': '【お知らせ】駐車場で暴れた利用者の方、次に見かけたらぶん殴ります' });
    const r = runCli(['--format', 'json', 'draft.txt'], { cwd: dir });
    expect(r.code).toBe(1);
    const [finding] = JSON.parse(r.stdout).results[0].findings as Finding[];
    expect(finding).toMatchObject({ category: 'public-order', severity: 'error' });
    expect(finding!.text).toMatch(/^ぶん殴り/);
  });
});

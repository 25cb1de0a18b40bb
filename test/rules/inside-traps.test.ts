import { beforeAll, describe, expect, it } from 'vitest';
import { lintPosts as lint, official, privately, type Finding, type Post } from '../helpers/lint-posts.js';

/**
 * The shipped rules of unreleased-policy, confidential and disclaimer, run through the command
 * as a user runs it: ordinary municipal posts that use the same words as a leak (検討会, 素案,
 * 非公開, 秘密, 庁議, 予定価格, 合格, 方向, うちの町…) must get nothing from these categories,
 * and drafts that leak or omit the disclaimer must get the category they break.
 */
const INSIDE = new Set(['unreleased-policy', 'confidential', 'disclaimer']);


const CLEAN: Post[] = [
  // 公開の手続きとしての意思形成過程
  official('【検討会】市民プールのあり方検討会（第3回）を開催します。どなたでも傍聴できます（先着10名）。'),
  official('【パブリックコメント】「第2次子ども読書活動推進計画（素案）」へのご意見を募集します。素案は各図書館で閲覧できます。'),
  official('【お知らせ】市議会9月定例会で可決された条例に基づき、10月1日から自転車駐車場の使用料を改定します。'),
  official('【会議録】第2回地域公共交通会議の会議録を公開しました。路線の見直しについての議論をご覧いただけます。'),
  official('【市長記者会見】本日の記者会見で、市長が来年度予算案の概要を発表しました。予算案は2月定例会に提出する予定です。'),
  official('【施政方針】子育て世帯の負担軽減に向け、給食費の無償化について検討を進めてまいります。'),
  official('【台風】運休中のコミュニティバスは、運行再開に向けて調整中です。決まりしだいお知らせします。'),
  official('【イベント】冬のマルシェの出店者は現在調整中です。詳細は後日お知らせします。'),
  official('【住宅】二世帯住宅への建て替えを検討中の方は、住宅リフォーム補助金をご活用ください。'),
  official('【移住】さくら市への移住を検討している方向けに、オンライン相談会を開きます。'),
  official('【交通規制】マラソン大会当日は、コースの進行方向と同じ向きの車線を通行止めにします。'),
  official('【総合計画】これからのまちの方向性を示す「第6次総合計画」を策定しました。'),
  // 公表済み・無害な「秘密」「非公開」「ここだけ」
  official('【入札結果】市民会館空調改修工事の入札結果を公表しました。予定価格と落札金額は市ホームページに掲載しています。'),
  official('【入札公告】市道12号線改良工事の一般競争入札を行います。予定価格（事前公表）は4,800万円です。'),
  official('【職員採用】消防職員採用試験の最終合格者を発表しました。合格者の受験番号を掲載しています。'),
  official('【人事異動】4月1日付の人事異動を発表しました。詳しくは報道発表資料をご覧ください。'),
  official('【庁議】本日の庁議で「市DX推進方針」を決定しました。方針の全文は市ホームページに掲載しています。'),
  official('【文化財】普段は非公開の旧庄屋屋敷の土蔵を、文化財ウィークの3日間だけ特別公開します。'),
  official('【図書館】図書館は、どなたがどの本を読んだかという利用者の秘密を守ります。'),
  official('【児童館】春休み工作教室「ひみつの暗号カードをつくろう」を開催します。'),
  official('【道の駅】ここだけでしか手に入らない、棚田米のおにぎりを販売中です🍙'),
  official('【審査】補助金の審査は非公開で行い、結果は後日、申請者の皆さまにお知らせします。'),
  official('【広報紙】来月号の特集を一足先にご紹介！テーマは「冬の星空」です。'),
  official('【情報セキュリティ】職員研修で、内部情報の取り扱いと標的型メールへの対応を学びました。'),
  official('【防犯】「ここだけの話」「あなただけに」と持ちかけるもうけ話は、詐欺を疑ってください。'),
  official('【台風】台風10号は今夜遅くに最も接近する見通しです。早めの避難を心がけてください。'),
  official('【試験】合格発表は来週ですが、電話でのお問い合わせにはお答えできません。'),
  official('【行政】引き続き、公共施設の再編について庁内で検討を進めてまいります。'),
  // 私的アカウント: 行事・趣味・家族、私見の明示がある意見、他の自治体の話
  privately('うちの町の秋まつり、今年は10月12日！屋台も出るので遊びに来てね🏮'),
  privately('うちの市の図書館に、週末は子どもと行こうと思う📚'),
  privately('昼過ぎに役場の窓口で住民票をとってきた。'),
  privately('週末は家族でキャンプに行く方向で調整中⛺'),
  privately('新しいカメラを買ったのは家族には内緒です📷'),
  privately('隣の県の観光PR動画、おしゃれすぎる。'),
  privately('※個人の見解です。うちの市のコミュニティバス、もう少し本数を増やしてほしいなぁ。'),
  privately('個人の意見で、勤務先の公式見解ではありません。新しくできた公園、遊具が充実していてとてもいいと思う。'),
  privately('一保護者として、学童の開所時間はもう少し長い方がいいと思う（うちの市の話です）。'),
  privately('市民会館で見たミュージカル、最高すぎた🎭'),
  privately('新しいスニーカー、買うかどうかまだ検討中👟'),
  privately('うちの課の歓迎会、来週の金曜にやる方向で調整中🍺'),
  privately('今日窓口に来たおばあちゃんが、ありがとうって飴をくれた🍬'),
  privately('役場の同期と久しぶりに飲み会、楽しすぎた🍻'),
  privately('市役所の近くのパン屋さん、ついに閉店。残念…'),
];

const VIOLATING: Array<[Post, string[]]> = [
  // 意思形成過程（武蔵野 FAQ 2.3(2) の型を含む）
  [official('〇〇料金の改定は来月の議会に諮る予定です。'), ['unreleased-policy']],
  [official('【公民館】東公民館と西公民館を統合する案が出ています。統合後は東公民館を残す予定です。'), ['unreleased-policy']],
  [official('【コミュニティバス】利用者の少ない「こだま線」は、来年3月末での廃止を検討中です。'), ['unreleased-policy']],
  [official('【ごみ】粗大ごみの収集を来年度から有料化する方向で調整しています。'), ['unreleased-policy']],
  [official('【学校】中学校の統廃合の素案を作成中です。対象は北中と東中になる見込みです。'), ['unreleased-policy']],
  [official('【保育】延長保育の利用料、今の案では月2,500円です。'), ['unreleased-policy']],
  [official('【駐車場】市役所駐車場の有料化、担当としては1時間200円が妥当と考えています。'), ['unreleased-policy']],
  [official('【敬老事業】敬老祝い金は廃止と決まりましたが、担当者個人としては納得がいきません。'), ['unreleased-policy']],
  [privately('うちの課で検討中の手数料見直し、住民票の写しは300円から400円に上がる方向。'), ['unreleased-policy']],
  [official('【交通】来春のダイヤ改正で、循環バスは30分に1本に減便される見通しです。'), ['unreleased-policy']],
  [official('【新火葬場】建設場所については、現在庁内で調整を進めています。'), ['unreleased-policy']],
  [official('【プール】老朽化のため2029年度で閉鎖になると思います（市の正式な方針ではありません）。'), ['unreleased-policy']],
  [official('【図書館】分館の開館日を週3日に減らすことを考えています。'), ['unreleased-policy']],
  // 職務上知り得た秘密
  [official('まだ非公表ですが、新しい総合体育館の建設地は北山地区に決まりました。'), ['confidential']],
  [official('【人事】ここだけの話ですが、次の副市長は現在の総務部長です。'), ['confidential']],
  [official('【入札】来月の橋梁補修工事、予定価格は1億円ちょっとです。参考にしてください。'), ['confidential']],
  [official('【議会】明日の一般質問の答弁書はまだ非公開ですが、「実施を検討する」と答える方針で固まりました。'), ['confidential']],
  [official('【市政】昨日の部長会議では、新しい体育館の建設場所をめぐって意見が割れました。'), ['confidential']],
  [official('【採用】今年の消防職、体力試験の合格ラインは80点でした。'), ['confidential']],
  [official('【観光】明日発表予定の観光大使、一足先にお知らせ！地元出身の俳優さんに決まりました。'), ['confidential']],
  [privately('まだ発表前だけど、来年の市民まつりは中止になるらしい。口外しないでね。'), ['confidential']],
  [privately('庁内の資料によると、来年度の職員採用は半分に減るみたい。'), ['confidential']],
  [official('【入札】来週開札の体育館改修工事、最低制限価格は6,230万円です。'), ['confidential']],
  [privately('今日窓口に来た人、高校の先輩だった。生活保護の相談だった…'), ['confidential']],
  [privately('抜き打ちの立入検査、明日は駅前の飲食店を回る予定。'), ['confidential']],
  [official('【人事】次の消防長は、現在の警防課長で決まりのようです。'), ['confidential']],
  // 私見の明示がない所属自治体への意見（私的アカウント）
  [privately('うちの市の新庁舎、80億円とかお金かけすぎ。もっと福祉に回すべき。'), ['disclaimer']],
  [privately('役場のホームページ、見づらすぎる。もっと予算をつけてリニューアルしてほしい。'), ['disclaimer']],
  [privately('市でやってるプレミアム商品券、毎回すぐ売り切れ。抽選にした方がいいと思う。'), ['disclaimer']],
  [privately('うちの町の除雪、今年は本当に遅い。町長は何をやってるのか。'), ['disclaimer']],
  [privately('ごみ袋の有料化、思い切ってやってよかったと思う。ごみが目に見えて減った。'), ['disclaimer']],
  [privately('役場の新しい制服、デザインが微妙すぎる…誰が決めたんだろう'), ['disclaimer']],
  // 複数の問題
  [privately('課内の案だと、来年度から保育料の第2子減免をやめる方向。子育て世帯にはキツすぎると思う。'), ['unreleased-policy', 'disclaimer']],
];

const LEAK = '粗大ごみの収集を来年度から有料化する方向で調整しています。';
const OPINION = 'うちの市のごみ分別、14種類は多すぎると思う。もっとシンプルにするべき。';
const BY_ACCOUNT: Post[] = [official(LEAK), privately(`うちの課の話。${LEAK}`), official(OPINION), privately(OPINION)];

describe('unreleased-policy, confidential and disclaimer through the command', () => {
  // One run of the command per account for every post below: each run loads kuromoji's dictionary.
  let clean: Finding[][];
  let violating: Finding[][];
  let byAccount: Finding[][];
  beforeAll(() => {
    const all = lint([...CLEAN, ...VIOLATING.map(([post]) => post), ...BY_ACCOUNT]);
    clean = all.slice(0, CLEAN.length);
    violating = all.slice(CLEAN.length, CLEAN.length + VIOLATING.length);
    byAccount = all.slice(CLEAN.length + VIOLATING.length);
  });

  it('stay quiet on ordinary municipal posts that use the same words', () => {
    const noisy = CLEAN.flatMap((post, i) =>
      clean[i]!.filter((f) => INSIDE.has(f.category)).map((f) => `${f.ruleId}: ${post.text}`),
    );
    expect(noisy).toEqual([]);
  });

  it('report the category each leaking or undisclaimed draft breaks, as an error or warning', () => {
    const got = VIOLATING.map(([post], i) => ({
      text: post.text,
      categories: [...new Set(violating[i]!.filter((f) => INSIDE.has(f.category) && f.severity !== 'info').map((f) => f.category))].sort(),
    }));
    expect(got).toEqual(VIOLATING.map(([post, categories]) => ({ text: post.text, categories: [...categories].sort() })));
  });

  it('uses error on official accounts and warning on private ones for an undecided policy; disclaimer never applies to official posts', () => {
    const [offLeak, privLeak, offOpinion, privOpinion] = byAccount;
    expect(offLeak!.find((f) => f.category === 'unreleased-policy')?.severity).toBe('error');
    expect(privLeak!.find((f) => f.category === 'unreleased-policy')?.severity).toBe('warning');
    expect(offOpinion!.filter((f) => f.category === 'disclaimer')).toEqual([]);
    expect(privOpinion!.filter((f) => f.category === 'disclaimer').map((f) => f.severity)).toEqual(['warning']);
  });
});

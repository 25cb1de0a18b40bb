import { beforeAll, describe, expect, it } from 'vitest';
import { lintPosts as lint, official, privately, type Finding, type Post } from '../helpers/lint-posts.js';

/**
 * political, religious and confidential on drafts written the way staff actually write them
 * (party nicknames, inviting colleagues, 霊感商法 talk, what they saw at the counter), and on the
 * long municipal bulletins that share their words (選挙管理委員会, 議会だより, 除夜の鐘,
 * 宗教法人の固定資産税, 個人情報保護の研修, 懲戒処分の公表, 情報公開請求, 人権週間).
 * Linted through the command line, as a user would.
 */
const STAFF = new Set(['political', 'religious', 'confidential']);


const CLEAN: Post[] = [
  official(
    '【選挙管理委員会からのお知らせ】\n市議会議員一般選挙の投票日は4月19日(日)です。\n期日前投票は市役所本庁舎1階と2か所の支所で行えます。\n入場券が届いていなくても、本人確認ができれば投票できます。\n大切な一票を、ぜひ投票所へ。候補者の情報は選挙公報をご覧ください。',
  ),
  official(
    '【議会だより】\n一般質問では12人の議員が登壇しました。\n佐藤議員は「駅前再開発の事業費の見通しを示すべき」と質問し、市長は「年度内に概算を公表する」と答弁しました。\n田中議員は原発事故時の広域避難計画を取り上げ、危機管理監が「県と協議中」と答えました。',
  ),
  official(
    '【文化財めぐり】\n大晦日の夜、市指定文化財の鐘楼がある長福寺で除夜の鐘が突かれます。\n元日には八幡神社で歳旦祭が行われ、多くの人が初詣に訪れます。\n周辺道路が混雑しますので、公共交通機関をご利用ください。',
  ),
  official(
    '【固定資産税】\n宗教法人が所有する境内建物・境内地は、宗教活動に使っている場合は非課税です。\n駐車場など収益事業に使っている部分は課税の対象になります。\n用途を変えたときは資産税課へ申告してください。',
  ),
  official(
    '【職員研修】\n全職員を対象に個人情報保護研修を行いました。\n窓口で知った住民の情報を職場の外で話さないこと、SNSへの書き込みの注意点、生活保護やDV被害者支援など配慮が必要な情報の取扱いを、事例を交えて学びました。',
  ),
  official(
    '【職員の懲戒処分について】\n酒気帯び運転で検挙された職員(40代・主事)を停職6か月の懲戒処分としました。\n市民の皆さまの信頼を損ねたことを深くお詫び申し上げます。再発防止に努めます。',
  ),
  official(
    '【情報公開制度】\n市が保有する公文書は、どなたでも情報公開請求ができます。\n個人情報や、公開すると事務に支障が出る情報は、一部非公開となる場合があります。\n決定までおおむね15日かかります。',
  ),
  official(
    '【人権週間】\n思想や信仰、国籍、性別などを理由にした差別をなくしましょう。\n市役所1階ロビーでパネル展を開催します。人権相談は「みんなの人権110番」でも受け付けています。',
  ),
  official(
    '【投票に行こう】\n参議院議員通常選挙の投票日は7月10日です。\n候補者や政党の主張は選挙公報で比べてみてください。\n投票用紙には候補者名や政党名を正確に書きましょう。',
  ),
  official('【交通規制】駅前で政党の街頭演説が行われるため、18時から迂回をお願いします。'),
  official('【観光】長崎の教会群を巡る見学ツアー、初めての方も大歓迎です。'),
  official(
    '【議会だより】\n「死刑制度の存廃について国民的議論を求める意見書」が提出され、賛成少数で否決されました。\n賛成討論では「国際的な潮流を踏まえるべき」、反対討論では「国の専権事項である」との意見がありました。',
  ),
  official(
    '【霊感商法にご注意】\n「先祖の因縁で不幸が続いている」「この壺を買えば運気が上がる」と高額な商品を売りつける被害の相談が寄せられています。\n不安をあおる勧誘はきっぱり断り、消費生活センター（188）にご相談ください。',
  ),
  official(
    '【職員採用試験】\n市職員を募集します。二次試験は面接です。面接官は市の管理職と外部の有識者が務めます。\n申込はホームページから。',
  ),
  official(
    '【DV・ストーカー被害者の方へ】\n住民票の写しなどの交付を制限する「支援措置」を申し出ることができます。\n市民課の窓口で相談を受け付けています。相談内容の秘密は守られます。',
  ),
  official('【人権週間】他人の信仰を「邪教」などと呼ぶのはやめましょう。'),
  privately('今日は税務課の繁忙期で残業。確定申告の相談に来る人が多くて、窓口はずっと行列だった。みんな期限に気をつけてね'),
  privately('今回は絶対に期日前投票に行く。共産も自民も公約はちゃんと読んだ'),
  privately('憲法改正に賛成です'),
  privately('実家の片付け、古い家具を処分するのに粗大ごみの予約がいるらしい'),
  privately('娘の高校の模擬面接で面接官をやった。みんなしっかりしてて感心'),
];

const VIOLATING: Array<[Post, string[]]> = [
  [privately('来週の日曜、駅前で森さんの街頭演説あるよ。係のみんなも誘って聞きに行かない？'), ['political']],
  [privately('参政の集会に行ってきた。入党の話も聞いたので、興味ある同僚は声かけて'), ['political']],
  [official('【広報】ふるさとの海を守れ！原発推進勢力に一票も渡すな！'), ['political']],
  [privately('#増税反対 の署名はこちら→ example.org/sign 拡散お願いします'), ['political']],
  [privately('日曜礼拝、見学だけでも大歓迎。課の皆さんもよかったらどうですか？'), ['religious']],
  [privately('それは家系の因縁だよ。供養料を納めれば運気が戻るって先生が言ってた'), ['religious']],
  [privately('あそこの宗教は邪教。信者はみんな地獄行き'), ['religious']],
  [privately('福祉事務所で働いてるけど、近所の奥さん、生活保護の申請に来てた'), ['confidential']],
  [privately('住民票の交付申請を処理してたら、知り合いに閲覧制限がかかってた'), ['confidential']],
  [privately('採用面接官やったけど、最後の一枠は議員の紹介だったよ'), ['confidential']],
  [privately('議会に出す前の資料だけど、水道料金は2割上がるみたい'), ['confidential']],
  [privately('横領の件、懲戒免職の方向らしい。公表はまだ先だけど'), ['confidential']],
  [privately('保健センターで健診の担当してるんだけど、今日来た母親、DVで閲覧制限かけてる人だった'), ['confidential']],
  [privately('神道もキリスト教も全部まやかし'), ['religious']],
  [official('【まちづくり】計画に反対する声は無視できません。市は白紙撤回を強く求めます！'), ['political']],
];

const ATTACK = privately('原発推進派は頭がおかしい。再稼働なんて今すぐやめるべき');

describe('political, religious and confidential through the command', () => {
  let clean: Finding[][];
  let violating: Finding[][];
  let attack: Finding[];
  beforeAll(() => {
    const all = lint([...CLEAN, ...VIOLATING.map(([post]) => post), ATTACK]);
    clean = all.slice(0, CLEAN.length);
    violating = all.slice(CLEAN.length, CLEAN.length + VIOLATING.length);
    attack = all[all.length - 1]!;
  });

  it('stay quiet on long municipal bulletins and private posts that use the same words', () => {
    const noisy = CLEAN.flatMap((post, i) =>
      clean[i]!.filter((f) => STAFF.has(f.category) && f.severity !== 'info').map((f) => `${f.ruleId}: ${post.text}`),
    );
    expect(noisy).toEqual([]);
  });

  it('report the category each staff draft breaks, as an error or warning', () => {
    const got = VIOLATING.map(([post], i) => ({
      text: post.text,
      categories: [...new Set(violating[i]!.filter((f) => STAFF.has(f.category) && f.severity !== 'info').map((f) => f.category))].sort(),
    }));
    expect(got).toEqual(VIOLATING.map(([post, categories]) => ({ text: post.text, categories: [...categories].sort() })));
  });

  it('warns, rather than errs, on a private post attacking the other side of a contested issue', () => {
    expect(attack.filter((f) => f.category === 'political').map((f) => f.severity)).toContain('warning');
    expect(attack.filter((f) => f.category === 'political' && f.severity === 'error')).toEqual([]);
  });
});

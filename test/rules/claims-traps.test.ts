import { beforeAll, describe, expect, it } from 'vitest';
import { makeTree, runCli } from '../helpers/cli.js';

/**
 * The categories about what a post claims or promotes: illegal, rumor, political, religious.
 * Ordinary municipal posts are full of their words (選挙, 神社, デマ, 詐欺, 大麻, 不法投棄…);
 * these tests lint realistic drafts through the command line, as a user would.
 */
const CLAIMS = new Set(['illegal', 'rumor', 'political', 'religious']);

interface Finding {
  readonly ruleId: string;
  readonly category: string;
  readonly severity: string;
  readonly text: string;
  readonly clauses: { guideline: string; id?: string; title: string }[];
}

/** Lints every file in a fresh folder with one account; findings of our categories per file name. */
function lintAll(files: Record<string, string>, account: 'official' | 'private', extra: string[] = []) {
  const dir = makeTree(Object.fromEntries(Object.entries(files).map(([name, text]) => [`posts/${name}.txt`, text])));
  const r = runCli(['--format', 'json', '--account', account, ...extra, 'posts'], { cwd: dir });
  expect(r.stderr).toBe('');
  expect([0, 1]).toContain(r.code);
  const byFile = new Map<string, Finding[]>();
  for (const result of JSON.parse(r.stdout).results as { file: string; findings: Finding[] }[]) {
    const name = result.file.replace(/^posts\//, '').replace(/\.txt$/, '');
    byFile.set(name, result.findings.filter((f) => CLAIMS.has(f.category)));
  }
  return byFile;
}

/** Categories reported as error or warning (what counts as "flagged"). */
const flagged = (findings: Finding[] = []) =>
  [...new Set(findings.filter((f) => f.severity !== 'info').map((f) => f.category))].sort();

const describeFindings = (findings: Finding[] = []) => findings.map((f) => `${f.ruleId}「${f.text}」`);

const CLEAN_OFFICIAL: Record<string, string> = {
  // 選挙管理委員会の中立な告知
  'senkyo-notice':
    '【選挙管理委員会】北山市長選挙のお知らせ\n投票日：11月15日(日) 午前7時〜午後8時\n期日前投票：11月9日から市役所1階で。入場券が届かなくても、本人確認ができれば投票できます。\n体の不自由な方は、係員による代理投票をご利用いただけます。',
  'senkyo-kouho': '【選挙】候補者の経歴や政策は選挙公報でご確認ください。あなたの大切な一票を、必ず投票所へ。',
  'senkyo-poster': '【選挙】ポスター掲示場の位置図を公開しました。立候補予定者・政党の皆さまは説明会にご出席ください。',
  'senkyo-kekka': '【開票結果】市議会議員一般選挙の開票結果と、政党別の得票数を掲載しました。',
  'mogi-touhyou': '【主権者教育】選挙管理委員会が中学校で模擬投票の出前授業を行いました。',
  'mayor-duty': '【市長の動き】市長が県知事を訪問し、北山バイパスの早期完成を求める要望書を手渡しました。',
  'demonstration': '【防災講座】避難所で使う簡易トイレの設置デモンストレーションを行います。',
  'kokumin-touhyou': '【国民投票】憲法改正の国民投票では、投票用紙に賛成又は反対を記入します。',
  'genshiryoku-bousai': '【原子力防災】原子力発電所の事故を想定した避難訓練を10月に行います。',
  // 神社・寺・教会の観光・文化の案内
  'reitaisai': '【観光】北山八幡宮の例大祭は10月12日。神輿の渡御と奉納太鼓が見どころです。周辺は交通規制があります。',
  'hatsumoude': '【初詣】元日の午前0時から3時まで、北山神社の周辺は歩行者天国になります。',
  'joya-no-kane': '【除夜の鐘】大晦日は常楽寺で除夜の鐘をつくことができます。整理券は22時から配ります。',
  'bunkazai': '【文化財】県指定文化財の木造阿弥陀如来坐像を、春の彼岸に特別公開します。',
  'shukyo-kenchiku': '【公民館講座】スライドで巡る「世界の宗教建築」。大聖堂やモスク、五重塔の建築美を紹介します。',
  'illumination': '【イルミネーション】駅前のクリスマスイルミネーションを12月1日から点灯します。',
  'meifuku': '【訃報】名誉市民の方が逝去されました。謹んでご冥福をお祈りいたします。',
  'reikan-shouhou': '【消費生活】「祈祷を受ければ病気が治る」と高額な料金を求める霊感商法にご注意ください。',
  // デマの打ち消し、公式発表の拡散依頼、接尾の「らしい」
  'dema-chuui': '【デマに注意】「北山浄水場の水が飲めなくなる」という情報がSNSで広まっていますが、事実ではありません。市の発表をご確認ください。',
  'koushiki-kakusan': '【公式】避難所の開設状況です（市災害対策本部発表）。必要な方に届くよう拡散にご協力ください。',
  'rashii-suffix': '春らしい陽気になりました。さくら市らしい、あたたかなおもてなしでお迎えします。',
  'uwasa-tokushuu': '【図書館】「町のうわさ話と怪談」の本を集めた特集コーナーを作りました。',
  'kuma': '【クマ出没注意】東部の山間地でクマの目撃情報が寄せられています。山に入るときは鈴を鳴らしてください。',
  'koe-taiou': '「公園に日陰がほしい」という声が多く寄せられ、藤棚を設置しました。',
  // 違法行為への注意喚起
  'tokushu-sagi': '【特殊詐欺に注意】市職員を名乗り「還付金があります」とATMへ誘導する電話が相次いでいます。市役所がATMの操作をお願いすることはありません。',
  'inshu-unten': '【交通安全】「少しなら大丈夫」は通用しません。飲酒運転は絶対にしない・させない。',
  'fuhou-toki': '不法投棄は犯罪です。夜間に山林へごみを捨てる車を見かけたら環境課へご連絡ください。',
  'kaizokuban': '【図書館】海賊版サイトの利用はなぜいけないのか、わかりやすく解説した本を集めました。',
  'yakubutsu': '【薬物乱用防止】大麻には依存性があります。誘われてもきっぱり断りましょう。',
  'kakuu-seikyu': '【消費生活】「有料サイトの利用料金が未払いです」という架空請求のメールは無視してください。',
  'bunbetsu': '【ごみ分別】汚れの落ちないプラスチック容器は、燃やすごみに捨てても大丈夫です。',
  'nyusatsu': '【入札結果】市道改良工事の入札結果を公表しました。予定価格と最低制限価格も掲載しています。',
  'shinkoku-fuyou': '【確定申告】年金収入だけの方は、所得税の確定申告をしなくても大丈夫な場合があります。',
  'kinshi-reigai': '【図書館】館内での飲食は禁止ですが、ふた付きの飲み物は大丈夫です。',
  'omamori': '【初詣】北山天満宮の合格祈願のお守りは、社務所でお求めください。',
  'heiwa': '8月6日は平和への祈りを込めて、黙とうしましょう。',
  'sports': '北山高校の甲子園出場が決まりました。皆さん応援よろしくお願いします！',
  'sourced': '気象台によると、今夜から雪が強まるとのことです。',
  // 長い広報記事: 伝聞の「そうです」で語る市民紹介、議員の質問の中の「声」、出典つきの警報と打ち消し
  'shimin-shoukai':
    '【市民活動紹介】北山子ども食堂\n代表の木村さんは、5年前に近所の子どもが一人で夕食をとっていると聞いたのがきっかけだそうです。今では毎回40人ほどが集まり、地元の農家から野菜の寄付もあるそうです。',
  'rekishi': '【歴史散歩】北山城は戦国時代に築かれたそうです。石垣の一部が今も残っています。',
  'gikai-dayori':
    '【議会だより】一般質問\n・中村議員：住民説明会は形だけではないかとの声もあるが、市の考えは。\n　市長：跡地の活用方針はまだ決まっていない。\n・吉田議員：学校でのいじめを教育委員会が隠していたのではないかと質問。教育長「そのような事実はない」',
  'bousai-sourced':
    '【防災情報】北山川は夜には氾濫危険水位に達するおそれがあります（北山河川事務所発表）。SNSでは「ダムが決壊した」という投稿が見られますが、北山ダムに異常はありません。',
  'sagi-quote':
    '【特殊詐欺に注意】「未払いの料金があります。払わないと裁判になり、財産を差し押さえます」という電話はすべて詐欺です。警察相談専用電話（#9110）にご相談ください。',
  'qa-hontou': '【Q&A】「マイナンバーカードを作ると預金が国に筒抜けになる」って本当？ いいえ、そのようなことはありません。',
  'account-hijack': '【情報セキュリティ】市内の事業者のSNSアカウントが乗っ取られる被害が相次いでいます。二段階認証を設定しましょう。',
  // 選挙・議会・社会問題の中立な告知
  'recall-meibo': '【選挙管理委員会】市長の解職請求（リコール）の署名簿の審査が終わりました。有効署名数を告示します。',
  'koenkai-sports': '【野球部後援会】北山高校野球部の甲子園出場に向けて、後援会へのご支援をお願いします。',
  'partnership': '【パートナーシップ宣誓制度】同性婚は現行法では認められませんが、市では宣誓書受領証を交付しています。',
  'jinken-shiso': '【人権週間】「〇〇党を支持しているから」といった思想・信条を理由とした不当な扱いも許されません。',
  'hikaku': '本市は非核平和都市宣言のまちです。核兵器のない世界を願い、8月6日に平和の鐘を鳴らします。',
  // 違法行為の注意喚起・制度の案内
  'noyaki-reigai':
    '【環境だより】野焼きは禁止されています。ただし、どんど焼きなどの地域の行事は例外です。「少しなら大丈夫」と思わず、剪定枝は燃やせるごみの日に出してください。',
  'nouzei-soudan': '【市税】納期限を過ぎると延滞金がかかります。納付が難しい方は、分割納付のご相談をお受けしています。',
  'dairi-shinsei': '【代理申請】委任状とご本人の本人確認書類をお持ちいただければ、ご家族が代理で申請できます。',
  'denshi-tosho': '【電子図書館】人気の絵本や小説を、スマホで無料で読めます。',
  'drone-shinsei': '【ドローン】公園でドローンを飛ばすには、事前の申請が必要です。申請は2週間前までに公園緑地課へ。',
  'kotsu-anzen': '【交通安全】「取り締まりがないから」「近所だから」とスピードを出さないで。自転車の酒気帯び運転にも罰則があります。',
  // 宗教の観光・文化・注意喚起
  'goriyaku-iwareru': '【観光】北山観音は、病気平癒のご利益があると言われ、多くの参拝者が訪れます。',
  'reikan-kuyou': '【消費生活】「先祖の霊が怒っている」「供養しないと不幸が続く」などと不安をあおる霊感商法にご注意ください。',
  'church-concert': '【文化】聖マリア教会でクリスマスコンサート。地元の合唱団がゴスペルを歌います（主催：市文化協会）。',
  'shukyo-kouza': '【市民大学】「世界の宗教と暮らし」全5回。キリスト教、仏教、イスラム教の祈りや食の習慣を比べます。',
  // 長い議会だより: 議員が引く住民の思い込み・疑いは、違法行為の勧めでも噂の拡散でもない
  'gikai-ippan-shitsumon':
    '【議会だより】9月定例会 一般質問\n■ 佐藤議員\n問 住民税の滞納が増えている。「差し押さえまでには時間があるから後回しでいい」と考える人もいると聞くが、対策は。\n答（総務部長）早期に督促し、納付相談で分割納付を案内している。\n問 畑の野焼きについて「少しなら燃やしても大丈夫」と思っている人が多い。周知を。\n答（環境部長）広報で周知を強化する。\n■ 吉田議員\n問 いじめ事案を教育委員会が隠していたのではないかとの報道があった。事実関係は。',
  'senkyo-ihan':
    '【選挙違反にご注意】「〇〇さんに投票してね」と家を一軒ずつ回る戸別訪問は禁止です。公務員が地位を利用して選挙運動をすることもできません。',
  'jinken-kimetsuke':
    '【人権週間】「あの人は〇〇教の信者だから」「〇〇党を支持しているから」――そんな決めつけで、人を遠ざけていませんか。',
  'goshuin': '【文化財めぐり】北山観音寺。御朱印をいただく際は、必ず先にお参りを済ませましょう。参拝の際は必ず公共交通機関をご利用ください。',
  'dam-debunk':
    '【防災情報】SNSで「北山ダムが決壊した」という投稿が拡散されていますが、北山ダムに異常はなく、放流の予定もありません。',
  'juminhyo-kyogi':
    '【住民票】「住民票だけ移して、希望の保育園に入れるようにした」といった届出は、虚偽の届出として罰せられることがあります。',
};

const CLEAN_PRIVATE: Record<string, string> = {
  'senkyo-jimu': '選挙事務で朝6時集合。投票所の設営、思ったより体力がいる。おつかれ自分',
  'zazen': '座禅体験に行ってきた。足はしびれたけど頭がすっきり。精進料理もおいしかった',
  'bread': '駅前に新しいパン屋さんができるらしい。楽しみ',
  'surprise': '妻の誕生日のサプライズ、最後までバレなかった！',
  'gift': '誕生日のプレゼント、クローゼットの奥に隠せばバレない',
  'shichigosan': '息子の七五三で北山神社へ。ご祈祷を受けて記念写真も撮った',
  'issue-opinion': '選択的夫婦別姓、早く導入してほしいと個人的には思う',
  'praise-hearsay': '娘がね、保育園で先生にほめられたって。うれしい',
  'oishii-yuumei': '北山のそば屋、おいしいって近所では有名',
  'omamori-own': '初詣で天満宮へ。合格祈願のお守り買った。頑張れ受験生の息子',
  'daikou': '飲み会、今日は代行呼んで帰った。飲んだら乗らない',
  'church-wedding': '友達の結婚式、教会だった。きれいだったなあ',
  'kairan': '町内会の回覧で、来月の草刈りは中止って回ってきた',
  'shugyou': '今日も上司に怒られた。まだまだ修行が足りないから仕方ない',
};

const VIOLATING: { name: string; account: 'official' | 'private'; text: string; categories: string[] }[] = [
  { name: 'speeding', account: 'official', text: '【新道開通】信号がないので、夜は制限速度なんて気にせず飛ばせます。', categories: ['illegal'] },
  { name: 'drunk', account: 'official', text: '【忘年会】乾杯のビール1杯くらいなら、運転して帰っても大丈夫です。', categories: ['illegal'] },
  { name: 'dumping', account: 'private', text: '古い洗濯機、夜中に河川敷に置いてくれば処分代もかからないし誰も気づかないよ', categories: ['illegal'] },
  { name: 'tax', account: 'official', text: '【副業の方へ】現金でもらった謝礼は、帳簿につけなければ税務署にも分かりません。', categories: ['illegal'] },
  { name: 'piracy', account: 'private', text: '今期のアニメ、この違法サイトで全話タダで見られるよ。誰も捕まってないし平気', categories: ['illegal'] },
  { name: 'drugs', account: 'private', text: '大麻なんてお酒より安全。欲しい人いたらDMください', categories: ['illegal'] },
  { name: 'vote-buying', account: 'private', text: '明日の市議選、いとこの吉村に入れてくれた人には焼肉おごるよ', categories: ['illegal', 'political'] },
  { name: 'proxy-vote', account: 'official', text: '【期日前投票】ご家族の入場券をお持ちいただければ、代表の方がまとめて投票できます。', categories: ['illegal'] },
  { name: 'poison', account: 'official', text: '【ごみ集積所】荒らしに来る野良猫には、殺鼠剤を混ぜたエサを置いておくと効果があります。', categories: ['illegal'] },
  { name: 'hearsay', account: 'official', text: '【話題】駅の東口に大きな商業施設ができるみたいです！', categories: ['rumor'] },
  { name: 'unverified', account: 'official', text: '【緊急】北山川の堤防が切れたとの情報があります。詳細は確認できていませんが、念のため拡散をお願いします。', categories: ['rumor'] },
  { name: 'kakusan-kibou', account: 'private', text: '【拡散希望】市の水道から有害物質が出たって！しばらく飲まないで！', categories: ['rumor'] },
  { name: 'circulating', account: 'official', text: '【学校給食】給食の食材が産地を偽っているという話が保護者の間で広がっています。事実関係は分かりませんが、お知らせします。', categories: ['rumor'] },
  { name: 'colleague', account: 'private', text: '総務課の係長、今度離婚するんだって。まだ内緒ね', categories: ['rumor'] },
  { name: 'support-candidate', account: 'official', text: '【市長選】子育て支援を掲げる岡田候補こそ、この町に必要な人です。ぜひ一票を！', categories: ['political'] },
  { name: 'against-party', account: 'official', text: '【税務課より】増税を決めた与党には、次の選挙で投票しないでください。', categories: ['political'] },
  { name: 'issue-stance', account: 'official', text: '【環境だより】原発の再稼働には断固反対です！駅前のデモにぜひ参加しましょう。', categories: ['political'] },
  { name: 'party-private', account: 'private', text: '次の衆院選も自民党に入れる。ほかに任せられるところはない', categories: ['political'] },
  { name: 'recruit-group', account: 'private', text: '「新しい日本を考える会」会員募集中！一緒に憲法改正を実現しましょう', categories: ['political'] },
  { name: 'baptism', account: 'official', text: '【クリスマス会】神を信じる人だけが天国に行けます。今年こそ洗礼を受けましょう。', categories: ['religious'] },
  { name: 'cure', account: 'official', text: '【健康づくり】北山神社のご祈祷を受ければ、薬に頼らなくても病気が治ります。', categories: ['religious'] },
  { name: 'nyushin', account: 'private', text: '「光の道」に入信して人生が変わった。今度の集会に一緒に行こう', categories: ['religious'] },
  { name: 'nenbutsu', account: 'official', text: '【除夜の鐘】阿弥陀様におすがりすれば誰でも救われます。皆さんもぜひ念仏を唱えましょう。', categories: ['religious'] },
  { name: 'forbidden-but-fine', account: 'official', text: '【キャンプ場】直火は禁止ですが、夜は管理人がいないので焚き火をしても大丈夫です。', categories: ['illegal'] },
  { name: 'evasion', account: 'private', text: '粗大ごみは隣の地区の集積所に出せばバレないよ', categories: ['illegal'] },
  { name: 'hearsay-net', account: 'private', text: 'ネットで見たんだけど、来年から市の水道料金が倍になるらしい', categories: ['rumor'] },
  { name: 'win-wish', account: 'private', text: '演説会に行ってきた。本当に素晴らしい方。ぜひ当選してほしい', categories: ['political'] },
  { name: 'faith-push', account: 'official', text: '【福祉課】介護に疲れた方は、聖書の言葉に救いを求めましょう。', categories: ['religious'] },
  // 「らしい」のない噂: 人づての連鎖、隠蔽の断定、出来レース、問いかけ、公式の伝聞
  { name: 'mawatte-kita', account: 'private', text: '北町の歯医者、無資格の人が治療してるって回ってきた', categories: ['rumor'] },
  { name: 'yuumei', account: 'private', text: '駅裏の空き家、夜に人が出入りしてるって近所では有名', categories: ['rumor'] },
  { name: 'cover-up', account: 'private', text: '工場の排水で魚が死んでるのに、市は絶対に公表しない', categories: ['rumor'] },
  { name: 'dekirace', account: 'private', text: '今度の市長選なんて出来レースでしょ', categories: ['rumor'] },
  { name: 'maji', account: 'private', text: '北山橋が明日から通行止めになるってマジ？誰か証拠ある？', categories: ['rumor'] },
  { name: 'sou-desu', account: 'official', text: '来月から市営バスの東循環線は廃止になるそうです。', categories: ['rumor'] },
  { name: 'kiite-orimasu', account: 'official', text: '【お知らせ】明日の夏祭りは中止になると聞いております。', categories: ['rumor'] },
  { name: 'unsourced-alert', account: 'official', text: '【防災】今夜、北山ダムが緊急放流するとの情報が寄せられています。念のため避難の準備を。', categories: ['rumor'] },
  // 政治: 引きずり下ろす・リコールの呼びかけ、丁寧な投票依頼、社会問題への自然な言い方の主張
  { name: 'hikizuri', account: 'private', text: 'あの議員、次こそ絶対に引きずり下ろそう', categories: ['political'] },
  { name: 'recall', account: 'private', text: '川辺市長のリコール署名集めようぜ', categories: ['political'] },
  { name: 'polite-vote', account: 'official', text: '今度の知事選、北村ひろみさんをどうぞよろしくお願いいたします。', categories: ['political'] },
  { name: 'saisen', account: 'official', text: '来月の市長選挙では、現市長の再選に向けて、皆様のお力添えを賜りますようお願いいたします。', categories: ['political'] },
  { name: 'yurusaremasen', account: 'official', text: '同性婚を認めない今の法律は、決して許されません。', categories: ['political'] },
  { name: 'koenkai', account: 'private', text: '市議選に出る田中さんの後援会、課のみんなも入ってね', categories: ['political'] },
  // 違法: 軽い違反を「大丈夫」とする助言、他人のカード、海賊版PDF、業務妨害の呼びかけ、犯行予告
  { name: 'noyaki', account: 'private', text: '庭の枝とか枯れ葉くらいなら、少し燃やしても大丈夫。うちは毎年やってる', categories: ['illegal'] },
  { name: 'jitensha', account: 'private', text: '自転車なら飲んでても捕まらないから平気平気', categories: ['illegal'] },
  { name: 'number-cover', account: 'private', text: 'ナンバーにカバーかけとけば駐車場の料金取られないよ', categories: ['illegal'] },
  { name: 'tainou', account: 'private', text: '住民税なんて滞納しても差し押さえまで時間あるから、後回しで全然いい', categories: ['illegal'] },
  { name: 'other-card', account: 'private', text: '友達のマイナンバーカードで申請したら給付金が2回もらえた', categories: ['illegal'] },
  { name: 'pdf', account: 'private', text: '参考書のPDF、ここで無料で落とせるよ。本屋で買うのバカらしい', categories: ['illegal'] },
  { name: 'mahi', account: 'private', text: '市役所に電話100回かけて業務を麻痺させてやろうぜ', categories: ['illegal'] },
  { name: 'bakudan', account: 'private', text: '駅に爆弾置いたって書き込んだらどうなるかな笑', categories: ['illegal'] },
  // 宗教: SNSでの布教、不幸を信仰の不足のせいにする、ご利益の保証、職務で会う人への勧誘
  { name: 'shin-no-kami', account: 'private', text: '真の神を知っていますか？今なら無料で聖書を学べます。気になる方はDMください', categories: ['religious'] },
  { name: 'shinkou-tarinai', account: 'private', text: '病気が治らないのは信仰が足りないから。集会に来れば治るよ', categories: ['religious'] },
  { name: 'danka', account: 'private', text: '最近ついてないのは、お寺の檀家になってないからだよ', categories: ['religious'] },
  { name: 'goukaku', account: 'official', text: '【受験生応援】北山天満宮の合格守を持てば合格間違いなし！', categories: ['religious'] },
  { name: 'madoguchi-kyoukai', account: 'private', text: '窓口に来たおばあちゃん、うちの教会に誘っといた。日曜に来てくれるって', categories: ['religious'] },
];

/** Drafts linted on both accounts, to show where the account changes the verdict. */
const BOTH_ACCOUNTS: Record<string, string> = {
  stance: '消費税は一刻も早く廃止すべきです。',
  faith: '本当の救いは私たちの教えにあります。',
  scripture: '窓口で聖典をお配りしています。',
  immigration: '移民の受け入れには断固反対です。',
};

describe('claims categories on realistic drafts (through the CLI)', () => {
  // One run per account (kuromoji loads once per process); 美唄 so that clauses can be checked.
  let official: Map<string, Finding[]>;
  let personal: Map<string, Finding[]>;
  beforeAll(() => {
    const violating = (account: string) => Object.fromEntries(VIOLATING.filter((d) => d.account === account).map((d) => [`bad-${d.name}`, d.text]));
    official = lintAll({ ...CLEAN_OFFICIAL, ...violating('official'), ...BOTH_ACCOUNTS }, 'official', ['--guideline', 'bibai']);
    personal = lintAll({ ...CLEAN_PRIVATE, ...violating('private'), ...BOTH_ACCOUNTS }, 'private', ['--guideline', 'bibai']);
  });

  it('leaves ordinary official posts clean: election notices, shrine festivals, デマに注意, 特殊詐欺 warnings', () => {
    const noisy = Object.keys(CLEAN_OFFICIAL).filter((name) => (official.get(name) ?? []).length > 0);
    expect(noisy.map((name) => `${name}: ${describeFindings(official.get(name)).join(', ')}`)).toEqual([]);
    for (const name of Object.keys(CLEAN_OFFICIAL)) expect(official.has(name)).toBe(true);
  });

  it('leaves everyday private posts without an error or warning of these categories', () => {
    const noisy = Object.keys(CLEAN_PRIVATE).filter((name) => flagged(personal.get(name)).length > 0);
    expect(noisy.map((name) => `${name}: ${describeFindings(personal.get(name)).join(', ')}`)).toEqual([]);
    for (const name of Object.keys(CLEAN_PRIVATE)) expect(personal.has(name)).toBe(true);
  });

  it('flags each violating draft with the expected categories', () => {
    for (const draft of VIOLATING) {
      const results = draft.account === 'official' ? official : personal;
      expect({ draft: draft.name, categories: flagged(results.get(`bad-${draft.name}`)) }).toEqual({
        draft: draft.name,
        categories: draft.categories,
      });
    }
  });

  it('takes the account into account: a social-issue stance is for official accounts only', () => {
    expect(flagged(official.get('stance'))).toEqual(['political']);
    expect(personal.get('stance')).toEqual([]);
  });

  it('only notes (info) a private statement of faith, but flags the same words on an official account', () => {
    expect(official.get('faith')!.map((f) => [f.category, f.severity])).toEqual([['religious', 'error']]);
    expect(personal.get('faith')!.map((f) => [f.category, f.severity])).toEqual([['religious', 'info']]);
  });

  it('cites 美唄 4(3)②イ for religion and 4(3)②ウ・カ for politics on an official account', () => {
    expect(official.get('scripture')![0]!.clauses).toContainEqual({ guideline: 'bibai', id: '4(3)②イ', title: '宗教性のあるもの' });
    expect(official.get('immigration')![0]!.clauses.map((c) => c.id)).toEqual(expect.arrayContaining(['4(3)②ウ', '4(3)②カ']));
  });
});

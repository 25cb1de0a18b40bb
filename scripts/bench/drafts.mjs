// Builds the benchmark's drafts: ~150-character municipal posts put together from ordinary
// sentence fragments (events, garbage collection, road works, taxes, disaster prevention,
// health, tourism, fraud warnings, libraries, childcare), each filled with its own dates,
// places, names and numbers, so that a set of drafts is as varied as a real schedule: few
// copies, dates in the weeks after the reference date with their true weekdays. A small share
// carries a line a reviewer would stop, so that rules have something to report. Seeded, so
// every run of the benchmark lints the same text.

/** A small, fast, seeded PRNG (mulberry32). */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The drafts' dates fall in the 90 days after this day (the benchmark's --now). */
export const REFERENCE_DATE = '2026-11-02';

const WEEKDAYS = ['日', '月', '火', '水', '木', '金', '土'];

const PLACES = ['市民会館大ホール', '中央公民館', '市役所本庁舎1階ロビー', '総合体育館', '市立図書館', 'こども未来センター',
  '北地区コミュニティセンター', '駅前広場', '河川敷運動公園', '保健センター', '市民文化ホール', '南部地区センター',
  '青葉台小学校体育館', '市民の森', '道の駅さくら', '歴史民俗資料館', '中央児童館', '東地区公民館', '市営プール',
  '産業振興センター', '農業体験農園', 'さくら運動公園', '西部図書館', '男女共同参画センター', '市民活動プラザ'];
const SEASONS = ['秋の', '冬の', '年末', '新春', '週末', '親子で楽しむ', 'はじめての', '第3回', '第12回', '恒例の'];
const EVENT_KINDS = ['料理教室', '防災フェア', '収穫祭', 'ウォーキング大会', '図書館まつり', 'スマホ相談会', '子育て応援フェスタ',
  '清掃活動', '写真展', '消費生活講座', '工作教室', '歴史講演会', '星空観察会', 'そば打ち体験', '健康づくり教室',
  '読み聞かせ会', '農業体験', '絵画展', 'クリスマスコンサート', '餅つき大会', '書き初め教室', '救命講習'];
const TARGETS = ['市内在住・在勤の方', '小学生とその保護者', '65歳以上の方', 'どなたでも', '市内在住の中学生以上の方',
  '未就学児のいるご家庭', '市内の高校生', '初心者の方', '子育て中の方', '市内の事業者'];
const ITEMS = ['筆記用具', '上履き', 'タオル', '飲み物', 'エプロンと三角巾', '動きやすい靴', '雨具', '健康保険証', '母子健康手帳', '軍手'];
const FEES = ['無料', '300円', '500円', '1,000円', '材料費として800円'];
const TIMES = ['午前9時', '午前9時30分', '午前10時', '午後1時', '午後1時30分', '午後2時', '午後6時30分', '10時', '13時30分'];
const ROADS = ['市道3号線', '市道中央通り線', '県道さくら停車場線', '桜川沿いの市道', '駅東口の市道', '市道北部幹線'];
const SHRINES = ['八幡神社', '天満宮', '稲荷神社', '熊野神社', '諏訪神社'];
const PRODUCE = ['新米', 'りんご', 'ゆず', '白菜', 'さつまいも', 'しいたけ', '干し柿', '地元の牛乳'];

/** Parts of a post on one subject: a header, then sentences in the order a post gives them. */
const TOPICS = [
  {
    headers: ['【イベント】', '【参加者募集】', '【募集】', '■イベントのお知らせ', ''],
    section: '生涯学習課',
    slug: 'event',
    body: [
      (p) => `${p.date}（${p.wd}）${p.time}から、${p.place}で「${p.event}」を開催します。`,
      (p) => `対象は${p.target}で、参加費は${p.fee}です。`,
      (p) => `定員は先着${p.count}名です。${p.deadline}までに${p.section}へお申し込みください。`,
      (p) => `持ち物は${p.item}と${p.item2}です。`,
      () => `当日は動きやすい服装でお越しください。`,
      () => `会場には駐車場がありませんので、公共交通機関をご利用ください。`,
      (p) => `手話通訳や託児をご希望の方は、${p.deadline}までにご相談ください。`,
      () => `雨天の場合は中止します。中止の際は当日の朝7時にお知らせします。`,
    ],
  },
  {
    headers: ['【ごみ収集】', '【ごみの出し方】', '【環境】', ''],
    section: '環境政策課',
    slug: 'gomi',
    body: [
      () => `年末年始はごみの収集日が変わります。`,
      (p) => `燃やせるごみは12月${p.yearEnd}日（${p.yearEndWd}）が年内最後の収集です。`,
      (p) => `年明けは1月${p.newYear}日（${p.newYearWd}）から通常どおり収集します。`,
      () => `資源ごみは収集日の朝8時30分までに、決められた場所へ出してください。`,
      (p) => `粗大ごみの収集は事前の申し込みが必要です。受付は${p.deadline}までです。`,
      () => `分別に迷ったときは、ごみ分別アプリで品目を検索できます。`,
      () => `カラスよけのネットは、収集後に片付けていただくようご協力をお願いします。`,
      () => `スプレー缶やライターは、中身を使い切ってから出してください。`,
    ],
  },
  {
    headers: ['【道路工事】', '【通行止め】', '【交通規制のお知らせ】', ''],
    section: '道路維持課',
    slug: 'doro',
    body: [
      (p) => `${p.road}で、${p.date}（${p.wd}）から${p.date2}（${p.wd2}）まで舗装工事を行います。`,
      (p) => `工事中は${p.place}付近が片側交互通行となり、朝夕は渋滞が予想されます。`,
      (p) => `${p.date}（${p.wd}）の${p.time}から4時間は全面通行止めとなります。`,
      () => `通学路にあたるため、交通誘導員を配置します。`,
      () => `ご迷惑をおかけしますが、ご理解とご協力をお願いします。`,
      () => `天候により工事期間が延びる場合があります。`,
    ],
  },
  {
    headers: ['【税金】', '【納期限のお知らせ】', '【市税】', ''],
    section: '税務課',
    slug: 'zei',
    body: [
      (p) => `${p.tax}の第${p.term}期の納期限は${p.date}（${p.wd}）です。`,
      () => `納付には、お近くの金融機関やコンビニエンスストア、スマートフォン決済がご利用いただけます。`,
      () => `便利な口座振替もご利用ください。`,
      () => `納期限を過ぎると延滞金がかかる場合があります。`,
      (p) => `納付が難しい場合は、お早めに${p.section}へご相談ください。`,
      (p) => `${p.date2}（${p.wd2}）は夜間窓口を午後7時まで開きます。`,
    ],
  },
  {
    headers: ['【防災】', '【防災情報】', '【大雨に注意】', ''],
    section: '危機管理課',
    slug: 'bousai',
    body: [
      () => `今週末は大雨が予想されています。`,
      () => `ハザードマップで、ご自宅近くの避難場所と避難経路を確認しておきましょう。`,
      (p) => `${p.date}（${p.wd}）午前11時に、市内全域で防災行政無線の試験放送を行います。`,
      () => `非常持ち出し袋と、3日分の飲料水や食料の備蓄も見直してください。`,
      (p) => `${p.place}では、${p.date2}（${p.wd2}）に地域の避難訓練を行います。`,
      () => `避難情報は市の防災メールでもお知らせします。`,
    ],
  },
  {
    headers: ['【健康】', '【予防接種】', '【健診のご案内】', ''],
    section: '健康づくり課',
    slug: 'kenko',
    body: [
      () => `65歳以上の方を対象に、インフルエンザの予防接種の費用を一部助成しています。`,
      (p) => `助成の期間は${p.date}（${p.wd}）までです。`,
      () => `市内の協力医療機関で、健康保険証と予診票をお持ちのうえ接種してください。`,
      (p) => `${p.place}で${p.date2}（${p.wd2}）に集団健診を行います。定員は${p.count}名です。`,
      () => `特定健診の受診券をお持ちの方は、今年度中の受診をおすすめします。`,
      (p) => `詳しくは${p.section}までお問い合わせください。`,
    ],
  },
  {
    headers: ['【観光】', '【見ごろ情報】', '【道の駅】', ''],
    section: '観光振興課',
    slug: 'kanko',
    body: [
      () => `山あいの紅葉が見ごろを迎えています。`,
      (p) => `${p.date}（${p.wd}）には、${p.shrine}の秋祭りで子どもみこしが町を練り歩きます。`,
      (p) => `道の駅では、${p.produce}や${p.produce2}を使ったお菓子が並んでいます。`,
      () => `展望台からは、晴れた日には遠くの山並みまで見渡せます。`,
      (p) => `${p.place}では、${p.date2}（${p.wd2}）まで写真コンテストの作品を展示しています。`,
      () => `週末は混雑しますので、時間に余裕をもってお出かけください。`,
    ],
  },
  {
    headers: ['【注意】', '【特殊詐欺に注意】', '【消費生活】', ''],
    section: '市民課',
    slug: 'bohan',
    body: [
      () => `市内で特殊詐欺の被害が相次いでいます。`,
      () => `市の職員が電話でATMの操作をお願いすることはありません。`,
      () => `「還付金がある」という電話は詐欺です。すぐに電話を切ってください。`,
      (p) => `${p.date}（${p.wd}）には${p.place}で、消費生活相談員による出前講座を開きます。`,
      () => `不審な電話があったときは、警察や家族に相談しましょう。`,
      () => `デマに注意し、正確な情報は市ホームページで確認してください。`,
    ],
  },
  {
    headers: ['【図書館】', '【休館のお知らせ】', ''],
    section: '市立図書館',
    slug: 'toshokan',
    body: [
      (p) => `${p.date}（${p.wd}）から${p.date2}（${p.wd2}）まで、蔵書点検のため休館します。`,
      () => `休館中の返却は、正面入口横のブックポストをご利用ください。`,
      () => `CDやDVDは破損のおそれがあるため、開館後にカウンターへお返しください。`,
      (p) => `${p.date3}（${p.wd3}）${p.time}からは、おはなし会を開きます。`,
      () => `予約した本の受け取り期限は、休館日の分だけ延長します。`,
    ],
  },
  {
    headers: ['【子育て】', '【子育て支援】', '【保育園】', ''],
    section: '子育て支援課',
    slug: 'kosodate',
    body: [
      (p) => `来年4月からの保育園の入園申し込みを${p.date}（${p.wd}）まで受け付けます。`,
      () => `申請に必要な書類は、市ホームページからダウンロードできます。`,
      (p) => `${p.place}では、${p.date2}（${p.wd2}）に入園説明会を開きます。`,
      () => `子育て支援センターでは、毎週水曜日に育児相談を行っています。`,
      (p) => `定員は${p.count}組です。お子さんと一緒にご参加ください。`,
    ],
  },
];

const CLOSERS = [
  (p) => `詳しくは市ホームページをご覧ください。https://www.city.sakura.example.lg.jp/${p.slug}/${p.page}.html`,
  (p) => `お問い合わせ：${p.section}（0123-45-6789 内線${p.extension}）`,
  (p) => `#さくら市 #${p.tag}`,
  (p) => `申し込み・詳細はこちら→ https://www.city.sakura.example.lg.jp/${p.slug}/${p.page}.html`,
  () => ``,
];

/** What makes a draft careless: the kind of line a reviewer would stop. */
const CARELESS = [
  () => `地図はこちら https://bit.ly/3xAnmeF`,
  (p) => `毎回同じことを聞いてくる${p.who}は正直バカなのかと思います。`,
  () => `ここだけの話、来年度は料金が上がりそうです。`,
  () => `まだ公表前なので口外しないでください。`,
  (p) => `文句ばかり言う${p.who}はクズだと思う。`,
  (p) => `担当の${p.name}さんの携帯（090-1234-5678）まで直接どうぞ。`,
];

function pick(rand, list) {
  return list[Math.floor(rand() * list.length)];
}

function dayAfter(base, days) {
  const d = new Date(base.getTime() + days * 86_400_000);
  return { text: `${d.getUTCMonth() + 1}月${d.getUTCDate()}日`, wd: WEEKDAYS[d.getUTCDay()] };
}

function fill(rand, topic) {
  const base = new Date(`${REFERENCE_DATE}T00:00:00Z`);
  const offset = 3 + Math.floor(rand() * 85);
  const date = dayAfter(base, offset);
  const date2 = dayAfter(base, offset + 1 + Math.floor(rand() * 14));
  const date3 = dayAfter(base, offset + 2 + Math.floor(rand() * 20));
  const deadline = dayAfter(base, Math.max(1, offset - 1 - Math.floor(rand() * 7)));
  const yearEnd = 28 + Math.floor(rand() * 3);
  const newYear = 4 + Math.floor(rand() * 3);
  return {
    date: date.text,
    wd: date.wd,
    date2: date2.text,
    wd2: date2.wd,
    date3: date3.text,
    wd3: date3.wd,
    deadline: `${deadline.text}（${deadline.wd}）`,
    yearEnd,
    yearEndWd: WEEKDAYS[new Date(Date.UTC(2026, 11, yearEnd)).getUTCDay()],
    newYear,
    newYearWd: WEEKDAYS[new Date(Date.UTC(2027, 0, newYear)).getUTCDay()],
    time: pick(rand, TIMES),
    place: pick(rand, PLACES),
    event: pick(rand, SEASONS) + pick(rand, EVENT_KINDS),
    target: pick(rand, TARGETS),
    fee: pick(rand, FEES),
    item: pick(rand, ITEMS),
    item2: pick(rand, ITEMS),
    road: pick(rand, ROADS),
    shrine: pick(rand, SHRINES),
    produce: pick(rand, PRODUCE),
    produce2: pick(rand, PRODUCE),
    tax: pick(rand, ['固定資産税', '市県民税', '軽自動車税', '国民健康保険税']),
    count: pick(rand, ['10', '15', '20', '30', '40', '50', '80', '100']),
    term: pick(rand, ['1', '2', '3', '4']),
    extension: String(2000 + Math.floor(rand() * 800)),
    page: `${topic.slug}${String(Math.floor(rand() * 900) + 100)}`,
    tag: pick(rand, ['お知らせ', 'イベント', '防災', '子育て', '観光', 'くらし']),
    who: pick(rand, ['人', '方', '連中', '住民']),
    name: pick(rand, ['佐藤', '鈴木', '高橋', '田中', '伊藤']),
    section: topic.section,
    slug: topic.slug,
  };
}

/**
 * `count` drafts of about `length` characters. Roughly one in `carelessEvery` carries a line a
 * rule should report; the rest are ordinary posts.
 */
export function makeDrafts(count, { seed = 20261121, length = 150, carelessEvery = 10 } = {}) {
  const rand = random(seed);
  const drafts = [];
  for (let i = 0; i < count; i++) {
    const topic = pick(rand, TOPICS);
    const p = fill(rand, topic);
    const header = pick(rand, topic.headers);
    const careless = rand() * carelessEvery < 1;
    const closer = pick(rand, CLOSERS)(p);
    const extra = careless ? pick(rand, CARELESS)(p) : '';
    const budget = length - closer.length - extra.length - header.length;
    // Sentences in their order, each left out now and then, until the draft has its length.
    let body = '';
    for (const sentence of topic.body) {
      const text = sentence(p);
      if (rand() < 0.35 || body.length + text.length > budget + 20) continue;
      body += text;
      if (body.length >= budget) break;
    }
    if (!body) body = topic.body[0](p);
    drafts.push(`${[header + body, extra, closer].filter(Boolean).join('\n')}\n`);
  }
  return drafts;
}

// Builds the benchmark's drafts: ~150-character municipal posts put together from ordinary
// sentence fragments (events, garbage collection, disaster drills, tax deadlines, tourism),
// with a small share of careless ones so that rules have something to report. Seeded, so
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

const WEEKDAYS = ['日', '月', '火', '水', '木', '金', '土'];

const PLACES = ['市民会館大ホール', '中央公民館', '市役所本庁舎1階ロビー', '総合体育館', '市立図書館', 'こども未来センター',
  '北地区コミュニティセンター', '駅前広場', '河川敷運動公園', '保健センター', '市民文化ホール', '南部地区センター'];
const EVENTS = ['親子料理教室', '防災フェア', '秋の収穫祭', '健康ウォーキング大会', '図書館まつり', 'シニア向けスマホ相談会',
  '子育て応援フェスタ', '市民清掃活動', 'ふるさと写真展', '消費生活講座', '夏休み工作教室', '地域の歴史講演会'];
const TARGETS = ['市内在住・在勤の方', '小学生とその保護者', '65歳以上の方', 'どなたでも', '市内在住の中学生以上の方', '未就学児のいるご家庭'];

/**
 * Topics of ordinary municipal posts: a header and sentences in the order a post would give
 * them, each filling its slots from one set of values, so a draft reads as one notice.
 */
const TOPICS = [
  {
    header: '【イベント】',
    section: '生涯学習課',
    slug: 'event',
    body: [
      (p) => `${p.date}（${p.wd}）${p.time}から、${p.place}で「${p.event}」を開催します。`,
      (p) => `対象は${p.target}で、参加費は無料です。`,
      (p) => `定員は先着${p.count}名です。${p.deadline}までに${p.section}へお申し込みください。`,
      () => `当日は動きやすい服装でお越しください。`,
      () => `会場には駐車場がありませんので、公共交通機関をご利用ください。`,
      (p) => `手話通訳や託児をご希望の方は、${p.deadline}までにご相談ください。`,
    ],
  },
  {
    header: '【ごみ収集】',
    section: '環境政策課',
    slug: 'gomi',
    body: [
      () => `年末年始はごみの収集日が変わります。`,
      (p) => `燃やせるごみは12月${p.yearEnd}日（${p.yearEndWd}）が年内最後の収集です。`,
      () => `資源ごみは収集日の朝8時30分までに、決められた場所へ出してください。`,
      () => `粗大ごみの収集は電話またはインターネットでの事前申し込みが必要です。`,
      () => `分別に迷ったときは、ごみ分別アプリで品目を検索できます。`,
      () => `カラスよけのネットは、収集後に片付けていただくようご協力をお願いします。`,
    ],
  },
  {
    header: '【道路工事】',
    section: '道路維持課',
    slug: 'doro',
    body: [
      (p) => `${p.place}周辺の市道で、${p.date}（${p.wd}）まで舗装工事を行います。`,
      () => `工事中は片側交互通行となり、朝夕は渋滞が予想されます。`,
      () => `通学路にあたるため、交通誘導員を配置します。`,
      () => `ご迷惑をおかけしますが、ご理解とご協力をお願いします。`,
      () => `天候により工事期間が延びる場合があります。`,
    ],
  },
  {
    header: '【税金】',
    section: '税務課',
    slug: 'zei',
    body: [
      (p) => `固定資産税の第${p.term}期の納期限は${p.date}（${p.wd}）です。`,
      () => `納付には、お近くの金融機関やコンビニエンスストア、スマートフォン決済がご利用いただけます。`,
      () => `便利な口座振替もご利用ください。`,
      () => `納期限を過ぎると延滞金がかかる場合があります。`,
      (p) => `納付が難しい場合は、お早めに${p.section}へご相談ください。`,
    ],
  },
  {
    header: '【防災】',
    section: '危機管理課',
    slug: 'bousai',
    body: [
      () => `今週末は大雨が予想されています。`,
      () => `ハザードマップで、ご自宅近くの避難場所と避難経路を確認しておきましょう。`,
      (p) => `${p.date}（${p.wd}）午前11時に、市内全域で防災行政無線の試験放送を行います。`,
      () => `非常持ち出し袋と、3日分の飲料水や食料の備蓄も見直してください。`,
      () => `避難情報は市の防災メールでもお知らせします。`,
    ],
  },
  {
    header: '【健康】',
    section: '健康づくり課',
    slug: 'kenko',
    body: [
      () => `65歳以上の方を対象に、インフルエンザの予防接種の費用を一部助成しています。`,
      (p) => `助成の期間は${p.date}（${p.wd}）までです。`,
      () => `市内の協力医療機関で、健康保険証と予診票をお持ちのうえ接種してください。`,
      () => `特定健診の受診券をお持ちの方は、今年度中の受診をおすすめします。`,
      (p) => `詳しくは${p.section}までお問い合わせください。`,
    ],
  },
  {
    header: '【観光】',
    section: '観光振興課',
    slug: 'kanko',
    body: [
      () => `山あいの紅葉が見ごろを迎えています。`,
      (p) => `${p.date}（${p.wd}）には、八幡神社の秋祭りで子どもみこしが町を練り歩きます。`,
      () => `道の駅では、新米や地元のりんごを使ったお菓子が並んでいます。`,
      () => `展望台からは、晴れた日には遠くの山並みまで見渡せます。`,
      () => `週末は混雑しますので、時間に余裕をもってお出かけください。`,
    ],
  },
  {
    header: '【注意】',
    section: '市民課',
    slug: 'bohan',
    body: [
      () => `市内で特殊詐欺の被害が相次いでいます。`,
      () => `市の職員が電話でATMの操作をお願いすることはありません。`,
      () => `「還付金がある」という電話は詐欺です。すぐに電話を切ってください。`,
      () => `不審な電話があったときは、警察や家族に相談しましょう。`,
      () => `デマに注意し、正確な情報は市ホームページで確認してください。`,
    ],
  },
];

const CLOSERS = [
  (p) => `詳しくは市ホームページをご覧ください。https://www.city.sakura.example.lg.jp/${p.slug}/`,
  (p) => `お問い合わせ：${p.section}（0123-45-6789）`,
  () => `#さくら市 #お知らせ`,
  (p) => `申し込み・詳細はこちら→ https://www.city.sakura.example.lg.jp/${p.slug}/info.html`,
];

/** What makes a draft careless: the kind of line a reviewer would stop. */
const CARELESS = [
  () => `地図はこちら https://bit.ly/3xAnmeF`,
  () => `毎回同じことを聞いてくる人は正直バカなのかと思います。`,
  () => `ここだけの話、来年度は料金が上がりそうです。`,
  () => `まだ公表前なので口外しないでください。`,
  () => `文句ばかり言うクズは来なくていいです。`,
];

function pick(rand, list) {
  return list[Math.floor(rand() * list.length)];
}

function fill(rand) {
  const year = 2026;
  const month = 1 + Math.floor(rand() * 12);
  const day = 1 + Math.floor(rand() * 28);
  const yearEnd = 28 + Math.floor(rand() * 3);
  const deadlineDay = Math.max(1, day - 1 - Math.floor(rand() * 7));
  return {
    date: `${month}月${day}日`,
    wd: WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()],
    deadline: `${month}月${deadlineDay}日（${WEEKDAYS[new Date(Date.UTC(year, month - 1, deadlineDay)).getUTCDay()]}）`,
    yearEnd,
    yearEndWd: WEEKDAYS[new Date(Date.UTC(year, 11, yearEnd)).getUTCDay()],
    time: pick(rand, ['午前9時', '午前10時', '午後1時30分', '午後2時', '10時', '13時']),
    place: pick(rand, PLACES),
    event: pick(rand, EVENTS),
    target: pick(rand, TARGETS),
    count: pick(rand, ['20', '30', '50', '100']),
    term: pick(rand, ['1', '2', '3', '4']),
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
    const p = { ...fill(rand), section: topic.section, slug: topic.slug };
    const careless = rand() * carelessEvery < 1;
    const closer = pick(rand, CLOSERS)(p);
    const extra = careless ? pick(rand, CARELESS)() : '';
    const budget = length - closer.length - extra.length - topic.header.length;
    let body = '';
    // Sentences in their order, some left out, until the draft reaches its length.
    for (const sentence of topic.body) {
      const text = sentence(p);
      if (body.length + text.length > budget + 20) continue;
      if (body.length > budget * 0.6 && rand() < 0.3) continue;
      body += text;
      if (body.length >= budget) break;
    }
    drafts.push(`${[topic.header + body, extra, closer].filter(Boolean).join('\n')}\n`);
  }
  return drafts;
}

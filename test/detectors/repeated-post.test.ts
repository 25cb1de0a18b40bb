import { describe, expect, it } from 'vitest';
import { bigrams, comparisonKey, jaccard, repeatedPost, similarPairs, type RepeatedPostData } from '../../src/detectors/repeated-post.js';
import type { Account } from '../../src/categories.js';
import { parseDateTime } from '../../src/input/date-time.js';
import type { CollectedPost } from '../../src/match/types.js';
import { postDoc } from '../helpers/post-doc.js';

const env = { official: { domains: [], phones: [] }, resolvePath: (p: string) => p };
const POOL = '【お知らせ】市民プールは本日から冬季休業に入ります。来年の営業再開は7月1日です。ご利用ありがとうございました。';

type Draft = { file: string; text: string; account?: Account; publishAt?: string };

/** Runs the detector over drafts as one run; returns, per draft, the others it was matched with. */
async function repeats(options: object, drafts: Draft[]): Promise<string[]> {
  const matcher = repeatedPost.create(repeatedPost.options.parse(options), env);
  const posts: CollectedPost[] = [];
  for (const d of drafts) {
    const doc = await postDoc(d.text, { account: d.account });
    posts.push({ file: d.file, account: d.account ?? 'official', publishAt: d.publishAt ? parseDateTime(d.publishAt) : undefined, data: matcher.collect(doc) });
  }
  return matcher.match(posts).map((ms) => ms.map((m) => m.vars!.others!).join(''));
}

describe('similarity', () => {
  it('compares texts after folding width, kana, case, spaces and punctuation', () => {
    expect(comparisonKey('【お知らせ】 ＰＯＯＬ は、本日！')).toBe(comparisonKey('お知らせ pool は本日'));
    expect(comparisonKey('カタカナ')).toBe(comparisonKey('かたかな'));
  });

  it('keeps one changed word near 0.9 and a different post on the same template far below 0.8', () => {
    const a = bigrams(comparisonKey(POOL));
    expect(jaccard(a, bigrams(comparisonKey(POOL.replace('ありがとうございました', 'ありがとうございます'))))).toBeGreaterThan(0.85);
    expect(jaccard(a, bigrams(comparisonKey('【お知らせ】市民体育館は本日から改修工事に入ります。再開は4月1日です。ご迷惑をおかけします。')))).toBeLessThan(0.5);
  });

  it('finds every pair above the threshold, as comparing all pairs would', () => {
    const texts = ['あいうえおかきくけこ', 'あいうえおかきくけさ', 'さしすせそたちつてと', 'あいうえおかきくけこ', 'まみむめもやゆよらり'];
    const sets = texts.map(bigrams);
    for (const t of [0.5, 0.8, 1]) {
      const brute: string[] = [];
      for (let i = 0; i < sets.length; i++) for (let j = i + 1; j < sets.length; j++) if (jaccard(sets[i]!, sets[j]!) >= t) brute.push(`${i}-${j}`);
      expect(similarPairs(sets, t).map(([i, j]) => `${i}-${j}`).sort()).toEqual(brute.sort());
    }
  });

  it('finds the same pairs, with the same similarity, as comparing all pairs of random sets', () => {
    // Small alphabets and close sizes make many pairs sit right at the thresholds.
    let seed = 12345;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let round = 0; round < 40; round++) {
      const alphabet = 4 + random(30);
      const sets = Array.from({ length: 30 + random(40) }, () => {
        const set = new Set<number>();
        const size = random(12);
        for (let k = 0; k < size; k++) set.add(random(alphabet));
        return set;
      });
      for (const t of [0.3, 0.5, 2 / 3, 0.75, 0.8, 0.9, 1]) {
        const brute: string[] = [];
        for (let i = 0; i < sets.length; i++) {
          for (let j = i + 1; j < sets.length; j++) {
            if ((sets[i]!.size > 0 || sets[j]!.size > 0) && jaccard(sets[i]!, sets[j]!) >= t) brute.push(`${i}-${j} ${jaccard(sets[i]!, sets[j]!).toFixed(6)}`);
          }
        }
        const found = similarPairs(sets, t).map(([i, j, s]) => `${i}-${j} ${s.toFixed(6)}`);
        expect(found.sort(), `round ${round}, threshold ${t}`).toEqual(brute.sort());
      }
    }
  });
});

describe('repeated-post detector', () => {
  it('matches identical drafts, each naming the others, and leaves a draft alone', async () => {
    const result = await repeats({ match: 'identical' }, [
      { file: 'a.md', text: POOL },
      { file: 'b.txt', text: `  ${POOL.replace('。', '！')}\n` },
      { file: 'c.md', text: '全く別のお知らせです。' },
      { file: 'plan.csv#row=2', text: POOL },
    ]);
    expect(result).toEqual(['b.txt、plan.csv#row=2', 'a.md、plan.csv#row=2', '', 'a.md、b.txt']);
  });

  it('points at the whole post without its surrounding blanks', async () => {
    const matcher = repeatedPost.create(repeatedPost.options.parse({ match: 'identical' }), env);
    const text = `\n${POOL}\n\n`;
    const data = matcher.collect(await postDoc(text)) as RepeatedPostData;
    const m = matcher.match([
      { file: 'a', account: 'official', data },
      { file: 'b', account: 'official', data },
    ])[0]![0]!;
    expect(text.slice(m.start, m.end)).toBe(POOL);
  });

  it('matches near-duplicates but not identical ones, and not posts whose numbers differ', async () => {
    const result = await repeats({ match: 'similar' }, [
      { file: 'a', text: POOL },
      { file: 'b', text: POOL.replace('ありがとうございました', 'ありがとうございます') },
      { file: 'c', text: POOL },
      { file: 'd', text: POOL.replace('7月1日', '7月8日') },
    ]);
    expect(result).toEqual(['b', 'a、c', 'b', '']);
  });

  it('compares only posts of one account scheduled within the window', async () => {
    const result = await repeats({ match: 'identical' }, [
      { file: 'mon', text: POOL, publishAt: '2026-12-07T10:00' },
      { file: 'mon-pm', text: POOL, publishAt: '2026-12-07T15:00' },
      { file: 'next-mon', text: POOL, publishAt: '2026-12-14T10:00' },
      { file: 'private', text: POOL, account: 'private', publishAt: '2026-12-07T12:00' },
    ]);
    expect(result).toEqual(['mon-pm', 'mon', '', '']);
  });

  it('compares short posts only when identical', async () => {
    expect(await repeats({ match: 'similar' }, [{ file: 'a', text: '本日は休館日です。' }, { file: 'b', text: '本日は休館日でした。' }])).toEqual(['', '']);
  });
});

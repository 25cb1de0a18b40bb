import { describe, expect, it } from 'vitest';
import { csvPosts } from '../../src/input/csv.js';

describe('csvPosts', () => {
  const source = [
    '投稿日時,アカウント,投稿先,本文',
    '2026/12/1 10:00,公式,X,図書館は本日休館です。',
    '2026/12/02 12:30,私的,インスタ,"二行の\n本文で ""引用"" も、あります"',
    ',,,',
    '2026-12-03T18:00:00+09:00,official,bluesky,三件目',
    '',
  ].join('\r\n');

  it('makes one post per row, named by the data row (the header is not counted)', () => {
    const { posts, problems } = csvPosts('plan.csv', source);
    expect(problems).toEqual([]);
    expect(posts.map((p) => p.file)).toEqual(['plan.csv#row=1', 'plan.csv#row=2', 'plan.csv#row=4']);
    expect(posts[1]!.body).toBe('二行の\n本文で "引用" も、あります');
    expect(posts[0]!.meta).toMatchObject({ account: 'official', platform: 'x' });
    expect(posts[0]!.meta.publishAt?.toISOString()).toBe('2026-12-01T01:00:00.000Z');
    expect(posts[1]!.meta).toMatchObject({ account: 'private', platform: 'instagram' });
    expect(posts[2]!.meta.publishAt?.toISOString()).toBe('2026-12-03T09:00:00.000Z');
  });

  it('maps an offset in the row text back to the line and column in the file, through quotes', () => {
    const { posts } = csvPosts('plan.csv', source);
    const row2 = posts[1]!;
    const at = (needle: string) => row2.container!.position(row2.body.indexOf(needle));
    const lines = source.split(/\r?\n/);
    expect(at('二行')).toEqual({ line: 3, column: lines[2]!.indexOf('二行') + 1 });
    // Past a line break inside the quoted cell and past a doubled quote.
    expect(at('引用')).toEqual({ line: 4, column: lines[3]!.indexOf('引用') + 1 });
    expect(at('あります')).toEqual({ line: 4, column: lines[3]!.indexOf('あります') + 1 });
    expect(posts[0]!.container).toMatchObject({ path: 'plan.csv' });
  });

  it('finds the columns by header names tools and Excel use, and combines a separate time column', () => {
    const { posts } = csvPosts('b.csv', 'Date,Time,Message\n2026/12/01,09:15,おはようございます\n');
    expect(posts[0]!.meta.publishAt?.toISOString()).toBe('2026-12-01T00:15:00.000Z');
    expect(csvPosts('c.csv', 'publish_at,TEXT\n,こんにちは\n').posts[0]!.body).toBe('こんにちは');
  });

  it('makes a row with an unreadable cell a problem of that row only', () => {
    const { posts, problems } = csvPosts('d.csv', '本文,予約日時,アカウント\n一件目,来週,公式\n二件目,2026/12/01 10:00,部長\n三件目,,\n');
    expect(posts.map((p) => p.file)).toEqual(['d.csv#row=3']);
    expect(problems.map((p) => [p.name, p.error.message])).toEqual([
      ['d.csv#row=1', expect.stringMatching(/予約日時「来週」を読めません/)],
      ['d.csv#row=2', expect.stringMatching(/アカウント「部長」は official（公式）か private（私的）/)],
    ]);
  });

  it('refuses a file without a text column, and broken quoting, naming the line', () => {
    expect(() => csvPosts('e.csv', '日付,件名\n2026/12/01,休館\n')).toThrow(/本文の列が見つかりません.*見出し: 日付, 件名/);
    try {
      csvPosts('f.csv', '本文\n"閉じていない\n');
      expect.unreachable();
    } catch (err) {
      expect(err).toMatchObject({ file: 'f.csv', message: expect.stringMatching(/CSV として読めません/) });
    }
  });
});

import { describe, expect, it } from 'vitest';
import { findDateMentions, findYearMentions, findYearPairs } from '../../src/detectors/date-mentions.js';
import { WEEKDAYS } from '../../src/detectors/calendar.js';

/** The mentions as a reader would list them: text, year, month, day, weekday, link. */
function read(original: string) {
  const text = original.normalize('NFKC');
  return findDateMentions(text).map((m) => ({
    text: text.slice(m.start, m.end),
    year: m.year?.value,
    month: m.month,
    day: m.day,
    weekday: m.weekday === undefined ? undefined : WEEKDAYS[m.weekday],
    ...(m.holidayMark ? { holiday: m.holidayMark } : {}),
    ...(m.link ? { link: m.link } : {}),
  }));
}

describe('finding written dates', () => {
  it('reads year, month, day and weekday in the usual forms', () => {
    expect(read('2026年11月23日(火・祝)の勤労感謝の日')).toEqual([
      { text: '2026年11月23日(火・祝)', year: 2026, month: 11, day: 23, weekday: '火', holiday: '祝' },
    ]);
    expect(read('１２月４日（木）')).toEqual([{ text: '12月4日(木)', year: undefined, month: 12, day: 4, weekday: '木' }]);
    expect(read('令和8年11月2日(月曜日)')[0]).toMatchObject({ year: 2026, month: 11, day: 2, weekday: '月' });
    expect(read('令和元年5月1日(水)')[0]).toMatchObject({ year: 2019, weekday: '水' });
    expect(read('12月4日 木曜日')[0]).toMatchObject({ month: 12, day: 4, weekday: '木' });
    expect(read('2026/12/1(火)')[0]).toMatchObject({ year: 2026, month: 12, day: 1, weekday: '火' });
    expect(read('12/1（火）')[0]).toMatchObject({ year: undefined, month: 12, day: 1, weekday: '火' });
    expect(read('2026.12.1(火)')[0]).toMatchObject({ year: 2026, month: 12, day: 1 });
    expect(read('R8.11.2(月)')[0]).toMatchObject({ year: 2026, month: 11, day: 2, weekday: '月' });
    expect(read('11月3日(祝)')[0]).toMatchObject({ weekday: undefined, holiday: '祝' });
  });

  it('reads the year of an era/western pair, and none when they disagree', () => {
    expect(read('令和8年(2026年)10月25日(日)')[0]).toMatchObject({ year: 2026, month: 10, day: 25 });
    expect(read('2026年（令和8年）10月25日')[0]).toMatchObject({ year: 2026 });
    expect(read('令和8年（2025年）10月25日(日)')[0]).toMatchObject({ year: undefined, month: 10, day: 25, weekday: '日' });
  });

  it('links range ends and list items, a bare day taking the month before it', () => {
    expect(read('12月29日(火)〜1月3日(土)')).toEqual([
      { text: '12月29日(火)', year: undefined, month: 12, day: 29, weekday: '火' },
      { text: '1月3日(土)', year: undefined, month: 1, day: 3, weekday: '土', link: 'range' },
    ]);
    expect(read('11月21日(土)〜23日(月・祝)')[1]).toEqual({ text: '23日(月・祝)', year: undefined, month: undefined, day: 23, weekday: '月', holiday: '祝', link: 'range' });
    expect(read('2026年8月1日(土)・2日(日)')[1]).toMatchObject({ text: '2日(日)', day: 2, weekday: '日', link: 'list' });
    expect(read('10月1日(木)から12月28日(月)まで')[1]).toMatchObject({ link: 'range' });
    expect(read('12月29日〜翌年1月3日')[1]).toMatchObject({ month: 1, link: 'range' });
  });

  it('shares "(土・日)" between the two dates it follows', () => {
    expect(read('12月5日・6日(土・日)')).toMatchObject([
      { day: 5, weekday: '土' },
      { day: 6, weekday: '日', link: 'list' },
    ]);
  });

  it('finds no date in times, periods, weekdays alone, phone and reference numbers', () => {
    for (const text of [
      '9:00〜12:00',
      '10月上旬に発送します',
      '毎月第2水曜日',
      '毎週金曜日は休み',
      '月曜開館を始めます',
      '問合せ 0299-52-4410',
      'フリーダイヤル 0120-11-22(火)',
      '受付番号 2026-1234-5678',
      '1/2以上が賛成',
      'https://example.lg.jp/news/2026/12/01/(月)',
      'バージョン2026.12.1',
    ]) {
      expect(read(text), text).toEqual([]);
    }
  });

  it('does not take counts of days for dates, nor parentheses that are no weekday', () => {
    expect(read('12月1日から3日間').map((m) => m.day)).toEqual([1]);
    expect(read('2月1日から30日経過した日').map((m) => m.day)).toEqual([1]);
    expect(read('2月1日〜30日ごとに').map((m) => m.day)).toEqual([1]);
    expect(read('12月1日から10日まで').map((m) => m.day)).toEqual([1, 10]);
    expect(read('12月1日(火)から10日(木)').map((m) => m.day)).toEqual([1, 10]);
    expect(read('12月4日(日本時間)')[0]).toMatchObject({ weekday: undefined, text: '12月4日' });
    expect(read('12月4日(木曜開館)')[0]).toMatchObject({ weekday: undefined });
    expect(read('申請期間：11月2日〜12月25日(土・日・祝日を除く)')[1]).toMatchObject({ weekday: undefined, text: '12月25日' });
    expect(read('12月1日(月〜金)')[0]).toMatchObject({ weekday: undefined });
    expect(read('12月28日(月・休館日)')[0]).toMatchObject({ weekday: '月' });
    expect(read('12月5日(土・休)')[0]).toMatchObject({ weekday: '土' });
    expect(read('12月5日(土・休)')[0]).not.toHaveProperty('holiday');
  });

  it('marks dates of birth, and ranges of them', () => {
    const text = '平成18年4月2日〜平成19年4月1日生まれの方。申込は12月10日(木)まで';
    expect(findDateMentions(text).map((m) => m.birth)).toEqual([true, true, false]);
    expect(findDateMentions('小川さん（1978年5月2日生まれ）').map((m) => m.birth)).toEqual([true]);
    expect(findDateMentions('2026年5月2日(土)に生涯学習センターで').map((m) => m.birth)).toEqual([false]);
  });

  it('notes 昨年, 今年 and 来年 before a date without a year', () => {
    expect(findDateMentions('昨年12月4日(水)').map((m) => m.relativeYear)).toEqual([-1]);
    expect(findDateMentions('来年の1月4日(月)').map((m) => m.relativeYear)).toEqual([1]);
    expect(findDateMentions('2026年12月4日').map((m) => m.relativeYear)).toEqual([undefined]);
  });
});

describe('finding era/western year pairs', () => {
  it('finds the pair in its four forms, fiscal years too', () => {
    const pairs = (original: string) => {
      const text = original.normalize('NFKC');
      return findYearPairs(text).map((p) => [text.slice(p.start, p.end), p.era.western, p.western, p.fiscal]);
    };
    expect(pairs('令和8年（2025年）10月25日')).toEqual([['令和8年(2025年)', 2026, 2025, false]]);
    expect(pairs('令和9年度(2026年度)')).toEqual([['令和9年度(2026年度)', 2027, 2026, true]]);
    expect(pairs('2019年(平成31年)')).toEqual([['2019年(平成31年)', 2019, 2019, false]]);
    expect(pairs('令和元年(2019)')).toEqual([['令和元年(2019)', 2019, 2019, false]]);
    expect(pairs('令和8(2026)年度')).toEqual([['令和8(2026)年度', 2026, 2026, true]]);
    expect(pairs('2026(令和8)年')).toEqual([['2026(令和8)年', 2026, 2026, false]]);
  });

  it('finds no pair where the parentheses say something else', () => {
    expect(findYearPairs('令和8年(2027年3月まで)')).toEqual([]);
    expect(findYearPairs('令和8年度(2025年度実績との比較)')).toEqual([]);
  });
});

describe('finding years named alone', () => {
  it('finds years and fiscal years that are not the year of a date', () => {
    const years = (text: string) => findYearMentions(text).map((y) => [y.year, y.fiscal]);
    expect(years('令和7年度の事業報告')).toEqual([[2025, true]]);
    expect(years('2025年は雪が多かった')).toEqual([[2025, false]]);
    expect(years('2026年12月4日に開催')).toEqual([]);
    expect(years('1990年代の写真、30年間の記録')).toEqual([]);
  });
});

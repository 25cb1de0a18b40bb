import { describe, expect, it } from 'vitest';
import { findDateMentions, findYearMentions } from '../../src/detectors/date-mentions.js';
import { nearestTo, referenceReadings, resolveDates } from '../../src/detectors/year-inference.js';

const NOW = { year: 2026, month: 11, day: 21 };
const iso = (d: { year: number; month: number; day: number }) =>
  `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

/** Each date of the text as [the day it means, where its year came from, every reading]. */
function resolve(original: string, now = NOW) {
  const text = original.normalize('NFKC');
  return resolveDates(findDateMentions(text), { now, years: findYearMentions(text), text }).map((r) =>
    r ? [iso(r.date), r.source, r.readings.map(iso)] : undefined,
  );
}

describe('the year a date without one means, from the reference date', () => {
  it('is this year for what is coming or just passed, next year for what passed months ago', () => {
    expect(referenceReadings(12, 4, NOW).map(iso)).toEqual(['2026-12-04']);
    expect(referenceReadings(1, 4, NOW).map(iso)).toEqual(['2027-01-04']);
    expect(referenceReadings(9, 6, NOW).map(iso)).toEqual(['2026-09-06']);
    expect(referenceReadings(11, 20, NOW).map(iso)).toEqual(['2026-11-20']);
  });

  it('keeps the past reading open for dates between a few and nine months back', () => {
    expect(referenceReadings(6, 10, NOW).map(iso)).toEqual(['2027-06-10', '2026-06-10']);
    expect(referenceReadings(1, 4, { year: 2027, month: 9, day: 1 }).map(iso)).toEqual(['2028-01-04', '2027-01-04']);
  });

  it('reads 2月29日 as the next leap day', () => {
    expect(referenceReadings(2, 29, NOW).map(iso)).toEqual(['2028-02-29']);
    expect(referenceReadings(2, 29, { year: 2028, month: 1, day: 10 }).map(iso)).toEqual(['2028-02-29']);
  });

  it('moves with the reference date', () => {
    expect(resolve('1月4日(月)', { year: 2026, month: 11, day: 21 })).toEqual([['2027-01-04', 'reference', ['2027-01-04']]]);
    expect(resolve('1月4日(月)', { year: 2026, month: 1, day: 2 })).toEqual([['2026-01-04', 'reference', ['2026-01-04']]]);
  });

  it('follows 昨年 and 来年', () => {
    expect(resolve('昨年12月4日')).toEqual([['2025-12-04', 'reference', ['2025-12-04']]]);
    expect(resolve('来年12月4日')).toEqual([['2027-12-04', 'reference', ['2027-12-04']]]);
  });
});

describe('the year a date takes from the post', () => {
  it('takes the written year, or none when era and western year disagree', () => {
    expect(resolve('令和8年11月2日')).toEqual([['2026-11-02', 'written', ['2026-11-02']]]);
    expect(resolve('令和8年(2025年)10月25日')).toEqual([undefined]);
  });

  it('carries a range across the new year, each end on its own', () => {
    expect(resolve('2026年12月29日(火)〜1月3日(土)')).toEqual([
      ['2026-12-29', 'written', ['2026-12-29']],
      ['2027-01-03', 'context', ['2027-01-03']],
    ]);
    expect(resolve('12月29日〜3日')[1]).toEqual(['2027-01-03', 'reference', ['2027-01-03']]);
    expect(resolve('2026年11月21日〜23日')[1]).toEqual(['2026-11-23', 'context', ['2026-11-23']]);
  });

  it('reads a later date by the written date nearest before it, whether before or after that day', () => {
    expect(resolve('2026年12月30日〜2027年1月3日は休み。1月4日から通常どおり')[2]).toEqual([
      '2027-01-04',
      'context',
      ['2027-01-04'],
    ]);
    expect(resolve('開催は2026年11月28日(土)、申込は11月20日(金)まで')[1]?.[0]).toBe('2026-11-20');
    expect(resolve('申込は11月20日(金)まで。開催は2026年11月28日(土)')[0]?.[0]).toBe('2026-11-20');
  });

  it('does not read the year of a date of birth into the post\'s other dates', () => {
    expect(resolve('対象：平成18年4月2日〜平成19年4月1日生まれの方。申込は12月10日まで')[2]).toEqual([
      '2026-12-10',
      'reference',
      ['2026-12-10'],
    ]);
  });

  it('also accepts the years the post names on their own, without reporting them', () => {
    expect(resolve('令和7年度の行事予定：4月12日(土)')).toEqual([
      ['2027-04-12', 'reference', ['2027-04-12', '2026-04-12', '2025-04-12']],
    ]);
    expect(resolve('令和7年度：2月1日')[0]?.[2]).toContain('2026-02-01');
  });

  it('keeps the reference readings beside a year read from far away in the post', () => {
    expect(resolve('平成7年1月17日の震災から31年。1月17日(日)に追悼式を行います')[1]).toEqual([
      '1995-01-17',
      'context',
      ['1995-01-17', '2027-01-17'],
    ]);
  });

  it('takes no year from a date of history on another line: the reference date tells it', () => {
    expect(resolve('【1月26日(月)は文化財防火デー】\n昭和24年1月26日、法隆寺金堂の火災で壁画が焼損しました。')[0]).toEqual([
      '2027-01-26',
      'reference',
      ['2027-01-26'],
    ]);
    expect(resolve('平成7年1月17日の震災から31年。\n1月17日(日)に追悼式を行います')[1]?.slice(0, 2)).toEqual(['2027-01-17', 'reference']);
  });

  it('still lends a year from afar on the same line, and from another line when it is near the reference date', () => {
    expect(resolve('2024年3月1日(金)に開業し、3月15日(金)に来場者1万人を迎えました。')[1]).toEqual([
      '2024-03-15',
      'context',
      ['2024-03-15', '2027-03-15', '2026-03-15'],
    ]);
    expect(resolve('受付は2027年12月1日から。\n1月4日(火)に抽選します。')[1]?.slice(0, 2)).toEqual(['2028-01-04', 'context']);
    expect(resolve('受付は2027年12月1日から。\n1月4日(火)に抽選します。', { year: 2025, month: 11, day: 21 })[1]?.slice(0, 2)).toEqual([
      '2026-01-04',
      'reference',
    ]);
  });

  it('picks the year nearest the anchor, the later one on a tie', () => {
    expect(iso(nearestTo({ year: 2026, month: 12, day: 28 }, 1, 5))).toBe('2027-01-05');
    expect(iso(nearestTo({ year: 2027, month: 1, day: 5 }, 12, 28))).toBe('2026-12-28');
    // 2028 is a leap year: 2028-07-02 is 183 days after 2028-01-01 and before 2029-01-01.
    expect(iso(nearestTo({ year: 2028, month: 7, day: 2 }, 1, 1))).toBe('2029-01-01');
  });
});

import { describe, expect, it } from 'vitest';
import {
  addMonths,
  eraToWestern,
  holidays,
  impossibleIn,
  impossibleInAnyYear,
  japanDate,
  WEEKDAYS,
  weekdayOf,
} from '../../src/detectors/calendar.js';

describe('calendar facts', () => {
  it('converts era years, 元年 and the last years of 平成 and 昭和 included', () => {
    expect(eraToWestern('令和', 8)).toBe(2026);
    expect(eraToWestern('令和', 1)).toBe(2019);
    expect(eraToWestern('平成', 31)).toBe(2019);
    expect(eraToWestern('昭和', 64)).toBe(1989);
    expect(eraToWestern('平成', 1)).toBe(1989);
  });

  it('knows the weekday of a day', () => {
    expect(WEEKDAYS[weekdayOf({ year: 2026, month: 11, day: 23 })]).toBe('月');
    expect(WEEKDAYS[weekdayOf({ year: 2027, month: 1, day: 3 })]).toBe('日');
    expect(WEEKDAYS[weekdayOf({ year: 2028, month: 2, day: 29 })]).toBe('火');
  });

  it('says why a date cannot exist, in any year or in the given one', () => {
    expect(impossibleInAnyYear(2, 30)).toBe('2月は29日までです');
    expect(impossibleInAnyYear(9, 31)).toBe('9月は30日までです');
    expect(impossibleInAnyYear(13, 1)).toBe('月は1〜12です');
    expect(impossibleInAnyYear(2, 29)).toBeUndefined();
    expect(impossibleIn({ year: 2027, month: 2, day: 29 })).toBe('2027年の2月は28日までです');
    expect(impossibleIn({ year: 2027, month: 2, day: 30 })).toBe('2027年の2月は28日までです');
    expect(impossibleIn({ year: 2028, month: 2, day: 29 })).toBeUndefined();
    expect(impossibleIn({ year: 2100, month: 2, day: 29 })).toBe('2100年の2月は28日までです');
  });

  it('rolls months into the next year', () => {
    expect(addMonths({ year: 2026, month: 12, day: 3 }, 1)).toEqual({ year: 2027, month: 1, day: 3 });
  });

  it('takes the calendar day in Japan, not in UTC', () => {
    expect(japanDate(new Date('2026-11-20T16:00:00Z'))).toEqual({ year: 2026, month: 11, day: 21 });
  });

  it('reads public holidays from the maintained list, substitute holidays and 国民の休日 included', () => {
    expect(holidays.nameOn({ year: 2026, month: 11, day: 23 })).toBe('勤労感謝の日');
    expect(holidays.nameOn({ year: 2027, month: 1, day: 11 })).toBe('成人の日');
    expect(holidays.nameOn({ year: 2026, month: 5, day: 6 })).toContain('振替休日');
    expect(holidays.nameOn({ year: 2026, month: 9, day: 22 })).toBe('休日');
    expect(holidays.nameOn({ year: 2026, month: 11, day: 24 })).toBeUndefined();
    expect(holidays.datesOf('勤労感謝の日', 2026)).toEqual([{ year: 2026, month: 11, day: 23 }]);
    expect(holidays.names()).toContain('勤労感謝の日');
    expect(holidays.names()).not.toContain('休日');
    expect(holidays.covers(2026)).toBe(true);
    expect(holidays.covers(2200)).toBe(false);
  });
});

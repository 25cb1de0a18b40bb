import { createRequire } from 'node:module';

/** A day of the Gregorian calendar, as written in a post (month 1–12). */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Weekday names as Japanese writes them in parentheses, Sunday first (Date#getUTCDay order). */
export const WEEKDAYS = '日月火水木金土';

/** First western year of each era: 元年 (year 1) of the era is this year. */
const ERA_START: Readonly<Record<string, number>> = {
  明治: 1868,
  大正: 1912,
  昭和: 1926,
  平成: 1989,
  令和: 2019,
};

export const ERA_NAMES = Object.keys(ERA_START);

/**
 * The first and last day of each era (改元の日と前日). 明治 counts from the start of 1868 (元年 was
 * applied to the whole year); 令和 has no last day yet.
 */
const ERA_SPAN: Readonly<Record<string, { readonly first?: CalendarDate; readonly last?: CalendarDate }>> = {
  明治: { last: { year: 1912, month: 7, day: 29 } },
  大正: { first: { year: 1912, month: 7, day: 30 }, last: { year: 1926, month: 12, day: 24 } },
  昭和: { first: { year: 1926, month: 12, day: 25 }, last: { year: 1989, month: 1, day: 7 } },
  平成: { first: { year: 1989, month: 1, day: 8 }, last: { year: 2019, month: 4, day: 30 } },
  令和: { first: { year: 2019, month: 5, day: 1 } },
};

/**
 * Why an era year (or a month or day of it) never existed: 令和0年, 平成32年, 昭和64年2月1日,
 * 令和元年4月1日. Month and day are checked only when written; a fiscal year (平成31年度, which
 * runs into 2020) only by its year.
 */
export function eraYearProblem(era: string, year: number, month?: number, day?: number): string | undefined {
  const span = ERA_SPAN[era];
  if (!span) return undefined;
  if (year < 1) return '和暦の年は元年（1年）から数えます';
  const western = eraToWestern(era, year);
  const { first, last } = span;
  const ended = last && `${era}は${last.year - eraToWestern(era, 1) + 1}年${last.month}月${last.day}日までです`;
  if (last && western > last.year) return ended;
  if (month === undefined) return undefined;
  // A month without a day: its first day for the era's end, its last day for its start.
  if (last && western === last.year && dayNumber({ year: western, month, day: day ?? 1 }) > dayNumber(last)) return ended;
  if (first && western === first.year && dayNumber({ year: western, month, day: day ?? daysInMonth(western, month) }) < dayNumber(first)) {
    return `${era}は元年${first.month}月${first.day}日からです`;
  }
  return undefined;
}

/** 令和8 → 2026, 平成31 → 2019, 令和1 (元年) → 2019. */
export function eraToWestern(era: string, year: number): number {
  const start = ERA_START[era];
  if (start === undefined) throw new Error(`unknown era ${era}`);
  return start + year - 1;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month; February needs the year. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Why no year makes month/day a real day (13月, 9月31日), or undefined if some year does. */
export function impossibleInAnyYear(month: number, day: number): string | undefined {
  if (month < 1 || month > 12) return '月は1〜12です';
  if (day < 1) return '日は1日からです';
  const longest = month === 2 ? 29 : daysInMonth(2001, month);
  if (day > longest) return `${month}月は${longest}日までです`;
  return undefined;
}

/** Why this exact day doesn't exist (2027年2月29日), or undefined if it does. */
export function impossibleIn(date: CalendarDate): string | undefined {
  const anyYear = impossibleInAnyYear(date.month, date.day);
  if (date.month === 2 && date.day >= 1 && date.day > daysInMonth(date.year, 2)) {
    return `${date.year}年の2月は${daysInMonth(date.year, 2)}日までです`;
  }
  return anyYear;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: CalendarDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

/** Days since 1970-01-01 of a calendar day: for distances between days. */
export function dayNumber(date: CalendarDate): number {
  return Math.floor(Date.UTC(date.year, date.month - 1, date.day) / 86_400_000);
}

/** A month/day counted on from a date, rolling into the next month or year ("29日〜3日"). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const index = date.year * 12 + (date.month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1, day: date.day };
}

/** The calendar day in Japan at an instant: posts and their readers are on Japan time. */
export function japanDate(instant: Date): CalendarDate {
  const shifted = new Date(instant.getTime() + 9 * 3_600_000);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** 2026年11月23日 */
export function formatDate(date: CalendarDate): string {
  return `${date.year}年${date.month}月${date.day}日`;
}

interface HolidayEntry {
  readonly date: string;
  readonly name: string;
}

/**
 * Japanese public holidays from @holiday-jp/holiday_jp (the maintained list, substitute
 * holidays and 国民の休日 included), loaded on first use.
 */
class HolidayCalendar {
  private byDate?: ReadonlyMap<string, string>;
  private firstYear = 0;
  private lastYear = 0;

  private load(): ReadonlyMap<string, string> {
    if (!this.byDate) {
      const require = createRequire(import.meta.url);
      const entries = Object.values((require('@holiday-jp/holiday_jp') as { holidays: Record<string, HolidayEntry> }).holidays);
      this.byDate = new Map(entries.map((h) => [h.date, h.name]));
      const years = entries.map((h) => Number(h.date.slice(0, 4)));
      this.firstYear = Math.min(...years);
      this.lastYear = Math.max(...years);
    }
    return this.byDate;
  }

  /** Whether the list knows this year at all (outside it, nothing can be said). */
  covers(year: number): boolean {
    this.load();
    return year >= this.firstYear && year <= this.lastYear;
  }

  /** The holiday's name on that day ("勤労感謝の日", "休日", "憲法記念日 振替休日"), if any. */
  nameOn(date: CalendarDate): string | undefined {
    return this.load().get(isoDate(date));
  }

  /** The days of `year` that carry exactly this name. */
  datesOf(name: string, year: number): CalendarDate[] {
    const found: CalendarDate[] = [];
    for (const [iso, n] of this.load()) {
      if (n === name && iso.startsWith(`${year}-`)) found.push(parseIso(iso));
    }
    return found;
  }

  /** Names of the holidays proper (not 振替休日 / 国民の休日, which are named after the day). */
  names(): string[] {
    return [...new Set(this.load().values())].filter((n) => !n.includes('休日'));
  }
}

export const holidays = new HolidayCalendar();

function isoDate(date: CalendarDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

function parseIso(iso: string): CalendarDate {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

import { addMonths, dayNumber, impossibleIn, impossibleInAnyYear, type CalendarDate } from './calendar.js';
import type { DateMention, YearMention } from './date-mentions.js';

/**
 * Which year a written date means. A year written with the date is taken as written; a range
 * or list continues from its previous part (12月29日〜1月3日 crosses into the next year); any
 * other date without a year takes it from the nearest date in the post whose year is written and
 * that may speak of the same time (see {@link ANCHOR_REACH_DAYS}), else from the reference date
 * (--now, the post's publish_at, or today).
 */

/** Where a date's year came from. */
export type YearSource =
  /** written with the date */
  | 'written'
  /** read from another date of the post that has its year written */
  | 'context'
  /** assumed from the reference date: the post itself doesn't say */
  | 'reference';

export interface ResolvedDate {
  /** The day the mention most likely means: the one messages name. */
  readonly date: CalendarDate;
  /** Every day the post can reasonably mean (`date` first); a weekday that fits one is no error. */
  readonly readings: readonly CalendarDate[];
  readonly source: YearSource;
}

/**
 * How far back a date without a year may lie and still mean this year's: announcements are of
 * what is coming, but a notice may still speak of the last weeks ("11月20日に発送しました").
 * A date further back than this means next year's (now 2026-11-21: 1月4日 → 2027年1月4日).
 */
export const RECENT_PAST_DAYS = 92;
/**
 * The next-year reading does not rule out the past one until this far back: 「6月10日(水)に
 * 発送しました」 written in November is June of this year, not of next year.
 */
export const FAR_PAST_DAYS = 275;

/**
 * How far from the reference date a written date may lie and still lend its year to the dates
 * of other lines: a post speaks of its own year and fiscal year (令和8年度 runs to March of the
 * next year), while a written date further off is history (「昭和24年1月26日、法隆寺金堂の
 * 火災で…」) and says nothing about the year of the event the post announces. On the date's own
 * line a written date lends its year whatever it is (「2024年3月1日(金)に開業し、3月15日(金)に…」).
 */
export const ANCHOR_REACH_DAYS = 400;

/** What a post offers besides its dates for telling their years. */
export interface YearContext {
  /** The reference date: --now, else the post's publish_at, else today. */
  readonly now: CalendarDate;
  /** Years the post names on their own (令和7年度): further readings, never the one reported. */
  readonly years?: readonly YearMention[];
  /** The text the mentions were found in, to tell which share a line; without it all do. */
  readonly text?: string;
}

/** Resolves the year of every mention (undefined where the era and western year disagree). */
export function resolveDates(mentions: readonly DateMention[], context: YearContext): Array<ResolvedDate | undefined> {
  const { now } = context;
  const resolved: Array<ResolvedDate | undefined> = new Array(mentions.length).fill(undefined);
  const settled = new Array<boolean>(mentions.length).fill(false);

  // Dates whose year is written, and the ranges and lists that continue them.
  for (const [i, m] of mentions.entries()) {
    if (m.year) {
      resolved[i] = m.year.value === undefined ? undefined : single({ year: m.year.value, month: m.month!, day: m.day }, 'written');
      settled[i] = true;
    } else if (m.link && settled[i - 1]) {
      resolved[i] = continued(resolved[i - 1], m);
      settled[i] = true;
    }
  }
  const anchors = mentions
    .map((m, i) => ({ m, r: resolved[i] }))
    .filter((a): a is { m: DateMention; r: ResolvedDate } => a.r !== undefined && !a.m.birth);
  const lineOf = lineNumbering(context.text);
  const lendsYear = (anchor: { m: DateMention; r: ResolvedDate }, m: DateMention) =>
    lineOf(anchor.m.start) === lineOf(m.start) || Math.abs(dayNumber(anchor.r.date) - dayNumber(now)) <= ANCHOR_REACH_DAYS;

  // The rest: from the nearest written date of the post that may lend its year, else from the
  // reference date.
  for (const [i, m] of mentions.entries()) {
    if (settled[i]) continue;
    if (m.link && i > 0) {
      resolved[i] = continued(resolved[i - 1], m);
    } else if (m.month !== undefined) {
      const named = (context.years ?? []).map((y) => ({
        year: y.fiscal && m.month! < 4 ? y.year + 1 : y.year,
        month: m.month!,
        day: m.day,
      }));
      const assumed =
        m.relativeYear === undefined ? referenceReadings(m.month, m.day, now) : [{ year: now.year + m.relativeYear, month: m.month, day: m.day }];
      const anchor = nearestAnchor(anchors.filter((a) => lendsYear(a, m)), m.start);
      if (anchor && m.relativeYear === undefined) {
        const date = nearestTo(anchor.r.date, m.month, m.day);
        resolved[i] = { date, readings: unique([date, ...assumed, ...named]), source: 'context' };
      } else {
        resolved[i] = { date: assumed[0]!, readings: unique([...assumed, ...named]), source: 'reference' };
      }
    }
    settled[i] = true;
  }
  return resolved;
}

/**
 * The readings of a date without a year relative to `now`: first the first occurrence not
 * more than {@link RECENT_PAST_DAYS} back, then the one a year earlier if that is within
 * {@link FAR_PAST_DAYS}.
 */
export function referenceReadings(month: number, day: number, now: CalendarDate): CalendarDate[] {
  const today = dayNumber(now);
  // 2月29日 means the next leap day; a day of no year (2月30日) is read in this year's terms.
  const exists = impossibleInAnyYear(month, day) ? () => true : (d: CalendarDate) => !impossibleIn(d);
  for (let year = now.year - 1; ; year++) {
    const date = { year, month, day };
    if (dayNumber(date) - today < -RECENT_PAST_DAYS || !exists(date)) continue;
    const earlier = { year: year - 1, month, day };
    return dayNumber(earlier) - today >= -FAR_PAST_DAYS && exists(earlier) ? [date, earlier] : [date];
  }
}

function single(date: CalendarDate, source: YearSource): ResolvedDate {
  return { date, readings: [date], source };
}

/** A range end or list item after `previous`: same month for a bare day, never going back. */
function continued(previous: ResolvedDate | undefined, m: DateMention): ResolvedDate | undefined {
  if (!previous) return undefined;
  const follow = (from: CalendarDate): CalendarDate => {
    if (m.month === undefined) {
      const sameMonth = { ...from, day: m.day };
      return m.day < from.day ? addMonths(sameMonth, 1) : sameMonth;
    }
    // A range never ends before it starts; a list is usually in order but need not be.
    if (m.link === 'list') return nearestTo(from, m.month, m.day);
    const sameYear = { year: from.year, month: m.month, day: m.day };
    return m.month < from.month || (m.month === from.month && m.day < from.day) ? { ...sameYear, year: from.year + 1 } : sameYear;
  };
  return {
    date: follow(previous.date),
    readings: unique(previous.readings.map(follow)),
    source: previous.source === 'written' ? 'context' : previous.source,
  };
}

/** The line number of an offset in `text` (all offsets on line 0 when there is no text). */
function lineNumbering(text: string | undefined): (offset: number) => number {
  if (text === undefined) return () => 0;
  const breaks: number[] = [];
  for (const found of text.matchAll(/\r\n?|\n|\u2028|\u2029/g)) breaks.push(found.index);
  return (offset) => {
    let line = 0;
    while (line < breaks.length && breaks[line]! < offset) line++;
    return line;
  };
}

/** The nearest date before `position` whose year the post gives, else the nearest after it. */
function nearestAnchor<T extends { m: DateMention }>(anchors: readonly T[], position: number): T | undefined {
  const before = anchors.filter((a) => a.m.start < position);
  return before[before.length - 1] ?? anchors.find((a) => a.m.start > position);
}

/** month/day in the year (of three) that puts it closest to `anchor`; the later one on a tie. */
export function nearestTo(anchor: CalendarDate, month: number, day: number): CalendarDate {
  let best: CalendarDate | undefined;
  let bestDistance = Infinity;
  for (const year of [anchor.year - 1, anchor.year, anchor.year + 1]) {
    const date = { year, month, day };
    const distance = Math.abs(dayNumber(date) - dayNumber(anchor));
    if (distance <= bestDistance) {
      best = date;
      bestDistance = distance;
    }
  }
  return best!;
}

function unique(dates: readonly CalendarDate[]): CalendarDate[] {
  const seen = new Set<string>();
  return dates.filter((d) => {
    const key = `${d.year}-${d.month}-${d.day}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

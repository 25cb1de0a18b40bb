import * as z from 'zod';
import { perDocument, type Document } from '../engine/document.js';
import type { Match } from '../match/types.js';
import { toOriginalRange } from '../text/mapped-text.js';
import {
  eraYearProblem,
  formatDate,
  holidays,
  impossibleIn,
  impossibleInAnyYear,
  japanDate,
  WEEKDAYS,
  weekdayOf,
  type CalendarDate,
} from './calendar.js';
import { findDateMentions, findEraYears, findYearMentions, findYearPairs, type DateMention } from './date-mentions.js';
import { defineDetector } from './types.js';
import { resolveDates, type ResolvedDate } from './year-inference.js';

/**
 * Dates that are wrong in a way the calendar can check (正確を期す: 美唄 3(2)①, 秋田 4(4),
 * 上富田 4(2)ア, 辰野 3(5)). Each rule picks one check:
 * - `weekday`: the weekday written with a date is not that day's ({date}, {expected}, {written}, {year});
 * - `impossible`: the date does not exist, 2月30日, 13月1日 ({reason});
 * - `era`: 令和8年（2025年）, era and western year side by side disagree ({era}, {expected}, {written});
 * - `era-year`: an era year that never was, 平成32年, 令和0年度, 昭和64年1月8日 ({reason});
 * - `holiday-mark`: a day marked 祝 is no public holiday ({date}, {mark});
 * - `holiday-name`: a holiday's name beside a day it doesn't fall on ({date}, {holiday}, {expected}).
 * `year` picks the dates by where their year comes from: `stated` (written, or read from another
 * date of the post), `assumed` (from the reference date), or `any`. `reference` narrows the
 * assumed ones by what the reference date is: `given` (the post's publish_at, or --now: the day
 * it will be read), `clock` (nothing given, so today: a guess, as the post may be for another
 * year), or `any`.
 * `together` (weekday check of assumed dates only) looks at the post's assumed weekdays as a
 * whole: `fits-no-year` reports them when no year fits them all, so that they contradict each
 * other whatever year the post is of (3月2日(火)から6日(金)まで); `fits-some-year` reports the
 * usual mismatches only when some year fits them all (a post of an earlier year, perhaps); `any`
 * doesn't look.
 */
export const dates = defineDetector({
  name: 'dates',
  description: '日付の誤り（曜日の不一致・存在しない日付・和暦と西暦の食い違い・祝日の誤り）',
  options: z
    .strictObject({
      check: z.enum(['weekday', 'impossible', 'era', 'era-year', 'holiday-mark', 'holiday-name']),
      year: z.enum(['stated', 'assumed', 'any']).default('any'),
      reference: z.enum(['given', 'clock', 'any']).default('any'),
      together: z.enum(['fits-some-year', 'fits-no-year', 'any']).default('any'),
    })
    .refine((o) => o.together === 'any' || (o.check === 'weekday' && o.year === 'assumed'), {
      message: 'together は check: weekday・year: assumed のときだけ指定できます（書かれた年はずらせません）',
      path: ['together'],
    }),
  create(options) {
    const wanted = (r: ResolvedDate, doc: Document) => {
      const assumed = r.source === 'reference';
      if (options.year !== 'any' && (options.year === 'assumed') !== assumed) return false;
      // The linter sets publishAt from the draft's publish_at or from --now: a given reference.
      return !assumed || options.reference === 'any' || (options.reference === 'given') === (doc.publishAt !== undefined);
    };
    return (doc) => {
      const text = doc.nfkc.text;
      const at = (start: number, end: number, vars: Record<string, string>): Match => ({
        ...toOriginalRange(doc.nfkc, start, end),
        vars,
      });
      if (options.check === 'era') return eraMismatches(text).map((e) => at(e.start, e.end, e.vars));
      if (options.check === 'era-year') return eraYearsThatNeverWere(text).map((e) => at(e.start, e.end, e.vars));
      const dated = analyse(doc);
      if (options.together !== 'any') {
        const together = dated.filter(
          (d) => d.mention.weekday !== undefined && d.resolved && wanted(d.resolved, doc) && !whyImpossible(d.mention, d.resolved),
        );
        const groups = byGroup(together);
        const fits = someYearFitsAll(groups);
        if (fits !== (options.together === 'fits-some-year')) return [];
        if (!fits) {
          // Blame the ranges and dates that don't fit the assumed year, named by their first reading.
          return groups
            .filter((members) => !fitsShifted(members, 0))
            .flat()
            .flatMap(({ mention: m, resolved: r }) => {
              const problem = weekdayProblemIn(m, [r!.date]);
              return problem ? [at(m.start, m.end, problem.vars)] : [];
            });
        }
      }
      const found: Match[] = [];
      for (const { mention: m, resolved: r } of dated) {
        const impossible = whyImpossible(m, r);
        if (options.check === 'impossible') {
          if (impossible) found.push(at(m.start, m.dateEnd, { reason: impossible }));
          continue;
        }
        if (impossible || !r || !wanted(r, doc)) continue;
        const problem = DAY_CHECKS[options.check](m, r, text);
        if (problem) found.push(at(problem.start ?? m.start, problem.end ?? m.end, problem.vars));
      }
      return found;
    };
  },
});

interface DatedMention {
  readonly mention: DateMention;
  readonly resolved?: ResolvedDate;
  /** Mentions of one range or list share it: their years move together. */
  readonly group: number;
}

interface Problem {
  readonly start?: number;
  readonly end?: number;
  readonly vars: Record<string, string>;
}

/** Every rule of the detector reads the same dates: parse and resolve them once per post. */
const analyse = perDocument((doc: Document): readonly DatedMention[] => {
  const text = doc.nfkc.text;
  const mentions = findDateMentions(text);
  const resolved = resolveDates(mentions, { now: japanDate(doc.now), years: findYearMentions(text), text });
  let group = 0;
  return mentions.map((mention, i) => ({ mention, resolved: resolved[i], group: mention.link ? group : ++group }));
});

/** Why the date can't exist; 2月29日 only when the post gives a year that is no leap year. */
function whyImpossible(m: DateMention, r: ResolvedDate | undefined): string | undefined {
  const month = m.month ?? r?.date.month;
  if (month === undefined) return undefined;
  const inAnyYear = impossibleInAnyYear(month, m.day);
  if (!r || r.source === 'reference') return inAnyYear;
  return r.readings.every((d) => impossibleIn(d)) ? impossibleIn(r.date) : undefined;
}

/** The checks of one resolved day; each returns what is wrong with it, if anything. */
const DAY_CHECKS: Record<'weekday' | 'holiday-mark' | 'holiday-name', (m: DateMention, r: ResolvedDate, text: string) => Problem | undefined> = {
  weekday: weekdayProblem,
  'holiday-mark': holidayMarkProblem,
  'holiday-name': holidayNameProblem,
};

function weekdayProblem(m: DateMention, r: ResolvedDate): Problem | undefined {
  return weekdayProblemIn(m, r.readings);
}

/** The weekday written fits none of these days: named by the first of them. */
function weekdayProblemIn(m: DateMention, readings: readonly CalendarDate[]): Problem | undefined {
  // A reading on a day that year lacks (2月29日 of a common year) has no weekday to compare.
  const [date, ...others] = readings.filter((d) => !impossibleIn(d));
  if (m.weekday === undefined || !date || [date, ...others].some((d) => weekdayOf(d) === m.weekday)) return undefined;
  return {
    vars: {
      date: formatDate(date),
      expected: WEEKDAYS[weekdayOf(date)]!,
      written: WEEKDAYS[m.weekday]!,
      year: String(date.year),
    },
  };
}

/**
 * How many years back and forth the post's assumed dates are tried together: a bulletin linted
 * today may be decades old, or written for the next year or two.
 */
export const YEARS_BACK = 30;
export const YEARS_AHEAD = 2;

/**
 * Whether one year fits every written weekday of these dates when they all move by the same
 * number of years. The parts of a range or list move as one (12月29日(火)〜1月3日(日) crosses
 * the new year together), while separate dates may each take any of their readings (6月10日 in
 * November is this June or next): those readings are what the post may mean. A year in which a
 * day doesn't exist (2月29日 of a common year) is no year of the post.
 */
function someYearFitsAll(groups: ReadonlyArray<readonly DatedMention[]>): boolean {
  for (let shift = -YEARS_BACK; shift <= YEARS_AHEAD; shift++) {
    if (groups.every((members) => fitsShifted(members, shift))) return true;
  }
  return false;
}

/** The mentions of each range or list, in the order of the post. */
function byGroup(dated: readonly DatedMention[]): DatedMention[][] {
  const groups = new Map<number, DatedMention[]>();
  for (const d of dated) groups.set(d.group, [...(groups.get(d.group) ?? []), d]);
  return [...groups.values()];
}

/** Whether the weekdays of one range or list fit, all read alike and moved by `shift` years. */
function fitsShifted(members: readonly DatedMention[], shift: number): boolean {
  const readingCount = Math.max(...members.map((d) => d.resolved!.readings.length));
  for (let reading = 0; reading < readingCount; reading++) {
    const fits = members.every(({ mention: m, resolved: r }) => {
      const day = r!.readings[reading];
      if (!day) return false;
      const shifted = { ...day, year: day.year + shift };
      return !impossibleIn(shifted) && weekdayOf(shifted) === m.weekday;
    });
    if (fits) return true;
  }
  return false;
}

/**
 * 祝 on a day that is no holiday. Left to the other checks when the weekday is already wrong
 * (the day itself is in doubt) or a holiday is named beside it (that check names the right day).
 */
function holidayMarkProblem(m: DateMention, r: ResolvedDate, text: string): Problem | undefined {
  if (!m.holidayMark || !r.readings.every((d) => holidays.covers(d.year))) return undefined;
  if (r.readings.some((d) => holidays.nameOn(d) !== undefined)) return undefined;
  if (weekdayProblem(m, r) || holidayNameBeside(text, m)) return undefined;
  return { vars: { date: formatDate(r.date), mark: m.holidayMark, year: String(r.date.year) } };
}

/** A holiday named beside a day it doesn't fall on that year. */
function holidayNameProblem(m: DateMention, r: ResolvedDate, text: string): Problem | undefined {
  const named = holidayNameBeside(text, m);
  if (!named || !r.readings.every((d) => holidays.covers(d.year))) return undefined;
  if (r.readings.some((d) => holidays.nameOn(d) === named.name)) return undefined;
  // A name not used that year (体育の日 after 2020) says nothing about the date.
  const actual = holidays.datesOf(named.name, r.date.year)[0];
  if (!actual) return undefined;
  return {
    start: named.start,
    end: named.end,
    vars: { date: formatDate(r.date), holiday: named.name, expected: withWeekday(actual), year: String(actual.year) },
  };
}

let holidayNamePattern: { after: RegExp; before: RegExp } | undefined;

/**
 * A holiday named right beside the date, and the span of both: 11月23日(月・祝)の勤労感謝の日,
 * 11月23日は勤労感謝の日, 勤労感謝の日(11月23日).
 */
function holidayNameBeside(text: string, m: DateMention): { name: string; start: number; end: number } | undefined {
  if (!holidayNamePattern) {
    const names = holidays
      .names()
      .sort((a, b) => b.length - a.length)
      .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('|');
    holidayNamePattern = {
      after: new RegExp(`^[ \\t]?(?:の|は|[:：])?[ \\t]?(${names})`, 'u'),
      before: new RegExp(`(${names})[ \\t]?(?:は|[:：(])?[ \\t]?$`, 'u'),
    };
  }
  const after = holidayNamePattern.after.exec(text.slice(m.end, m.end + 24));
  if (after) return { name: after[1]!, start: m.start, end: m.end + after[0].length };
  const before = holidayNamePattern.before.exec(text.slice(Math.max(0, m.start - 24), m.start));
  if (before) return { name: before[1]!, start: m.start - before[0].length, end: m.end };
  return undefined;
}

function withWeekday(date: CalendarDate): string {
  return `${formatDate(date)}（${WEEKDAYS[weekdayOf(date)]}）`;
}

/** 平成32年, 令和0年度: era years (or days of them) that the era never reached. */
function eraYearsThatNeverWere(text: string): Array<{ start: number; end: number; vars: Record<string, string> }> {
  return findEraYears(text).flatMap((e) => {
    const reason = eraYearProblem(e.era, e.year, e.month, e.day);
    return reason ? [{ start: e.start, end: e.end, vars: { reason } }] : [];
  });
}

/** 令和8年（2025年）: era and western year written side by side for the same year disagree. */
function eraMismatches(text: string): Array<{ start: number; end: number; vars: Record<string, string> }> {
  return findYearPairs(text)
    .filter((p) => p.era.western !== p.western)
    .map((p) => {
      const unit = p.fiscal ? '年度' : '年';
      return {
        start: p.start,
        end: p.end,
        vars: {
          era: `${p.era.name}${p.era.year === 1 ? '元' : p.era.year}${unit}`,
          expected: `${p.era.western}${unit}`,
          written: `${p.western}${unit}`,
        },
      };
    });
}

import { ERA_NAMES, eraToWestern, WEEKDAYS } from './calendar.js';

/**
 * Finds the dates a post writes, as written: 2026年11月23日(月・祝), 令和8年11月2日(月),
 * 12/1(火), ranges and lists whose later parts leave out the month (11月21日(土)〜23日(月・祝)),
 * and era/western year pairs (令和8年（2026年）). Works on NFKC text, where full-width digits and
 * parentheses are already ASCII. Nothing here knows what day it is: years left out are resolved
 * elsewhere (year-inference.ts).
 */

/** A year as written before a date, or in an era/western pair. */
export interface WrittenYear {
  /** The western year meant; undefined when the era and the western year disagree. */
  readonly value?: number;
  /** 令和8年 → { name: '令和', year: 8, western: 2026 } */
  readonly era?: { readonly name: string; readonly year: number; readonly western: number };
  /** The western year when one is written. */
  readonly western?: number;
}

export interface DateMention {
  /** Start of the date in the text (of its year, when one is written). */
  readonly start: number;
  /** End of the date without its weekday. */
  readonly dateEnd: number;
  /** End of the whole mention, weekday included. */
  readonly end: number;
  readonly year?: WrittenYear;
  /** Undefined for a bare day continuing a range or list ("〜23日"): the previous mention's month. */
  readonly month?: number;
  readonly day: number;
  /** The weekday written with it (0 = 日 … 6 = 土), if any. */
  readonly weekday?: number;
  /** Where the weekday character is. */
  readonly weekdayStart?: number;
  /** 祝, 祝日, 振休 … written with the weekday (or alone in the parentheses). */
  readonly holidayMark?: string;
  /** How it follows the previous mention: a range end (〜, から) or a list item (・, 、). */
  readonly link?: 'range' | 'list';
  /** A date of birth ("…生まれ"): says nothing about when the post's events are. */
  readonly birth: boolean;
  /** 昨年 (-1), 今年 (0), 来年 (+1) … written right before a date without a year. */
  readonly relativeYear?: number;
}

/** A year the post names on its own: 令和7年度, 2025年の, 昭和30年 (not a date's year). */
export interface YearMention {
  readonly start: number;
  readonly end: number;
  readonly year: number;
  /** 年度: April of `year` to March of the next. */
  readonly fiscal: boolean;
}

/** An era year as written, with the month and day written after it: 平成32年4月1日, 令和0年度. */
export interface EraYearMention {
  readonly start: number;
  readonly end: number;
  readonly era: string;
  readonly year: number;
  readonly fiscal: boolean;
  readonly month?: number;
  readonly day?: number;
}

/** An era year written beside a western year for the same year: 令和8年度（2026年度）. */
export interface YearPair {
  readonly start: number;
  readonly end: number;
  readonly fiscal: boolean;
  readonly era: { readonly name: string; readonly year: number; readonly western: number };
  readonly western: number;
}

const S = '[ \\t]?';
const ERA = `(${ERA_NAMES.join('|')})`;
const ERA_YEAR = '(元|\\d{1,2})';
/** A western year of the calendars we know (1868–2199); 0120 of a free-dial number is none. */
const WESTERN = '(?<!\\d)((?:18|19|20|21)\\d{2})(?!\\d)';
const FISCAL = '(度)?';

/** Era and western year side by side, in the four ways they are written. */
const PAIR_FORMS: ReadonlyArray<{ source: string; groups: { era: number; eraYear: number; western: number; fiscal: number[] } }> = [
  // 令和8年（2026年）, 令和8年度(2026年度)
  { source: `${ERA}${S}${ERA_YEAR}${S}年${FISCAL}${S}\\(${S}${WESTERN}${S}年?${FISCAL}${S}\\)`, groups: { era: 1, eraYear: 2, western: 4, fiscal: [3, 5] } },
  // 2026年（令和8年）
  { source: `${WESTERN}${S}年${FISCAL}${S}\\(${S}${ERA}${S}${ERA_YEAR}${S}年?${FISCAL}${S}\\)`, groups: { era: 3, eraYear: 4, western: 1, fiscal: [2, 5] } },
  // 令和8(2026)年
  { source: `${ERA}${S}${ERA_YEAR}${S}\\(${S}${WESTERN}${S}\\)${S}年${FISCAL}`, groups: { era: 1, eraYear: 2, western: 3, fiscal: [4] } },
  // 2026(令和8)年
  { source: `${WESTERN}${S}\\(${S}${ERA}${S}${ERA_YEAR}${S}\\)${S}年${FISCAL}`, groups: { era: 2, eraYear: 3, western: 1, fiscal: [4] } },
];
const PAIR_REGEXES = PAIR_FORMS.map((f) => ({ ...f, regex: new RegExp(f.source, 'gu') }));
/** The same forms as a whole year text (parseYearText), compiled once. */
const PAIR_WHOLE = PAIR_FORMS.map((f) => ({ ...f, regex: new RegExp(`^${f.source}$`, 'u') }));

const ERA_ONLY = new RegExp(`^${ERA}${S}${ERA_YEAR}${S}年$`, 'u');
const WESTERN_ONLY = new RegExp(`^${WESTERN}${S}年$`, 'u');

/** A year written before a month, in any of the forms above (without 度: a date has no fiscal year). */
const YEAR_PREFIX = [
  ...PAIR_FORMS.map((f) => f.source.replaceAll(FISCAL, '')),
  `${ERA}${S}${ERA_YEAR}${S}年`,
  `${WESTERN}${S}年`,
]
  .map((s) => `(?:${s})`)
  .join('|')
  .replace(/(?<!\\)\((?!\?)/g, '(?:');

/** 2026年11月23日, 令和8年（2026年）11月2日, 11月23日 — month and day must not continue a number. */
const KANJI_DATE = new RegExp(`(${YEAR_PREFIX})?${S}(?<![\\d.])(\\d{1,2})${S}月${S}(\\d{1,2})${S}日`, 'gu');
/** 2026/12/1, 2026.12.1, 2026-12-01, 12/1 — not inside URLs, versions or other numbers. */
const NUMERIC_DATE = /(?<![\w/.\-])(?:((?:18|19|20|21)\d{2})([/.\-])(\d{1,2})\2(\d{1,2})|(\d{1,2})\/(\d{1,2}))(?![\w/:\-]|\.\d)/g;
/** R8.11.2 (令和8年11月2日), H31.4.1 — only with a weekday, as in tables of dates. */
const ABBREVIATED_ERA_DATE = /(?<![\w.])([RHS])(\d{1,2})\.(\d{1,2})\.(\d{1,2})(?![\w]|\.\d)/g;
const ERA_LETTERS: Readonly<Record<string, string>> = { R: '令和', H: '平成', S: '昭和' };

/** (月), (月・祝), (月曜日), (祝) — or 月曜日 without parentheses (曜 required then). */
const PAREN_AFTER = new RegExp(`${S}\\(([^()\\n]{1,12})\\)`, 'y');
const BARE_WEEKDAY_AFTER = new RegExp(`${S}([${WEEKDAYS}])曜日?`, 'uy');
const WEEKDAY_INNER = new RegExp(`^\\s*([${WEEKDAYS}])(?:曜日|曜)?\\s*(?:[・,、/]\\s*)?(.*?)\\s*$`, 'u');
const SECOND_WEEKDAY = new RegExp(`^([${WEEKDAYS}])(?:曜日|曜)?$`, 'u');
/** What marks a holiday beside the weekday. 休 alone is left out: in schedules it means "closed". */
const HOLIDAY_MARKS = new Set(['祝', '祝日', '祭', '祭日', '振休', '振替休日', '振替']);
/** Other notes that may follow the weekday in its parentheses: 12月28日(月・休館日). */
const WEEKDAY_NOTES = new Set(['休', '休日', '休み', '休館', '休館日', '休業', '休診', '閉庁', '閉庁日', '開庁', '予定', '必着', '消印有効']);

const RANGE_SEPARATOR = '〜|~|-|‐|‑|–|—|ー|から|より';
const LIST_SEPARATOR = '・|、|,|と|及び|および|並びに|や';
/** 翌年1月3日, 翌1月3日 after a separator: the roll into the next year is said out loud. */
const RANGE_GAP = new RegExp(`^${S}(?:${RANGE_SEPARATOR})${S}(?:翌年?(?:の)?)?${S}$`, 'u');
const LIST_GAP = new RegExp(`^${S}(?:${LIST_SEPARATOR})${S}$`, 'u');
/**
 * A bare day after a separator ("〜23日", "・2日"), but not a count of days (3日間, 2日目). After
 * から or より a count is as likely as a day (「2月1日から30日経過」), so there the day must
 * close the range (まで) or carry a weekday.
 */
const DAY_CONTINUATION = new RegExp(
  `${S}(?:(?:〜|~|-|‐|‑|–|—|ー|${LIST_SEPARATOR})${S}(?<![\\d])(\\d{1,2})${S}日|(?:から|より)${S}(?<![\\d])(\\d{1,2})${S}日(?=${S}(?:\\(|まで|迄|[${WEEKDAYS}]曜)))` +
    '(?!間|目|分|後|前|以内|以上|未満|程度|ほど|付|号|経|ごと|おき|連続|ぶり|\\d)',
  'uy',
);
const BIRTH_AFTER = new RegExp(`^${S}(?:に|から|まで|以前|以降|以後)?${S}(?:に)?${S}(?:生まれ|生(?![活産命徒涯])|出生)`, 'u');
const BIRTH_BEFORE = /(?:生年月日|誕生日)\s*[:：]?\s*$/u;
const RELATIVE_YEARS: Readonly<Record<string, number>> = { 昨年: -1, 去年: -1, 前年: -1, 今年: 0, 本年: 0, 来年: 1, 明年: 1, 翌年: 1 };
const RELATIVE_BEFORE = new RegExp(`(${Object.keys(RELATIVE_YEARS).join('|')})(?:の)?${S}$`, 'u');
/** A year standing alone; not 1990年代, 30年間, and not the year of a date (a month follows). */
const YEAR_ALONE = new RegExp(
  `(?:${ERA}${S}${ERA_YEAR}|${WESTERN})${S}年${FISCAL}(?!代|間|目|前|後|ぶり|以上|以内|未満)(?!${S}\\d{1,2}${S}月|${S}\\()`,
  'gu',
);

interface WeekdaySuffix {
  readonly end: number;
  readonly weekdays: readonly number[];
  readonly weekdayStart?: number;
  readonly holidayMark?: string;
}

type Draft = Omit<DateMention, 'link' | 'birth'> & { secondWeekday?: number };

/** Every date written in the text, in order, with links between the parts of ranges and lists. */
export function findDateMentions(text: string): DateMention[] {
  const drafts: Draft[] = [];
  const taken = (start: number, end: number) => drafts.some((d) => start < d.end && d.start < end);

  for (const m of text.matchAll(KANJI_DATE)) {
    const start = m.index + (m[0].length - m[0].trimStart().length);
    const year = m[1] ? parseYearText(m[1]) : undefined;
    drafts.push(withWeekday(text, { start, dateEnd: m.index + m[0].length, year, month: Number(m[2]), day: Number(m[3]) }));
  }
  for (const m of text.matchAll(NUMERIC_DATE)) {
    const dateEnd = m.index + m[0].length;
    if (taken(m.index, dateEnd)) continue;
    const withYear = m[1] !== undefined;
    const draft = withWeekday(text, {
      start: m.index,
      dateEnd,
      year: withYear ? { value: Number(m[1]), western: Number(m[1]) } : undefined,
      month: Number(withYear ? m[3] : m[5]),
      day: Number(withYear ? m[4] : m[6]),
    });
    // Only 2026/12/1 is a date by its form alone; 12/1, 2026.12.1 and 2026-12-01 need a weekday.
    const dateByForm = withYear && m[2] === '/';
    if (dateByForm || draft.weekday !== undefined) drafts.push(draft);
  }
  for (const m of text.matchAll(ABBREVIATED_ERA_DATE)) {
    const dateEnd = m.index + m[0].length;
    if (taken(m.index, dateEnd)) continue;
    const name = ERA_LETTERS[m[1]!]!;
    const western = eraToWestern(name, Number(m[2]));
    const draft = withWeekday(text, {
      start: m.index,
      dateEnd,
      year: { value: western, era: { name, year: Number(m[2]), western } },
      month: Number(m[3]),
      day: Number(m[4]),
    });
    if (draft.weekday !== undefined) drafts.push(draft);
  }

  drafts.sort((a, b) => a.start - b.start);
  const all: Draft[] = [];
  for (const draft of drafts) {
    all.push(draft);
    all.push(...dayContinuations(text, draft, (s, e) => taken(s, e) || all.some((d) => s < d.end && d.start < e)));
  }
  all.sort((a, b) => a.start - b.start);
  return link(text, all);
}

/** The bare days that continue a mention: 8月1日(土)・2日(日), 12月3日〜9日. */
function dayContinuations(text: string, from: Draft, taken: (start: number, end: number) => boolean): Draft[] {
  const found: Draft[] = [];
  let at = from.end;
  for (;;) {
    DAY_CONTINUATION.lastIndex = at;
    const m = DAY_CONTINUATION.exec(text);
    if (!m) break;
    const dayStart = m.index + m[0].search(/\d/);
    // Stop where the global scan already found a full date: "12月4日・5日" vs "12月4日、1月5日".
    if (taken(dayStart, m.index + m[0].length)) break;
    const draft = withWeekday(text, { start: dayStart, dateEnd: m.index + m[0].length, day: Number(m[1] ?? m[2]) });
    found.push(draft);
    at = draft.end;
  }
  return found;
}

function withWeekday(text: string, date: Omit<Draft, 'end'>): Draft {
  const suffix = weekdaySuffix(text, date.dateEnd);
  if (!suffix) return { ...date, end: date.dateEnd };
  return {
    ...date,
    end: suffix.end,
    weekday: suffix.weekdays[suffix.weekdays.length === 2 ? 1 : 0],
    secondWeekday: suffix.weekdays.length === 2 ? suffix.weekdays[0] : undefined,
    weekdayStart: suffix.weekdayStart,
    holidayMark: suffix.holidayMark,
  };
}

/**
 * The weekday written right after a date. "(土・日)" after the second of two dates gives
 * both of them their weekdays (12月5日・6日(土・日)): the first is kept in `secondWeekday`
 * until the mentions are linked.
 */
function weekdaySuffix(text: string, at: number): WeekdaySuffix | undefined {
  PAREN_AFTER.lastIndex = at;
  const paren = PAREN_AFTER.exec(text);
  if (paren) {
    const inner = paren[1]!;
    const innerStart = paren.index + paren[0].indexOf('(') + 1;
    if (HOLIDAY_MARKS.has(inner.trim())) return { end: PAREN_AFTER.lastIndex, weekdays: [], holidayMark: inner.trim() };
    const w = WEEKDAY_INNER.exec(inner);
    if (w) {
      const weekdayStart = innerStart + inner.indexOf(w[1]!);
      const rest = w[2]!;
      const second = SECOND_WEEKDAY.exec(rest);
      if (second) {
        return { end: PAREN_AFTER.lastIndex, weekdays: [WEEKDAYS.indexOf(w[1]!), WEEKDAYS.indexOf(second[1]!)], weekdayStart };
      }
      // Only a weekday and a known note: (日本時間), (土・日・祝日を除く), (月〜金) are no weekday of the date.
      if (rest !== '' && !HOLIDAY_MARKS.has(rest) && !WEEKDAY_NOTES.has(rest)) return undefined;
      const holidayMark = HOLIDAY_MARKS.has(rest) ? rest : undefined;
      return { end: PAREN_AFTER.lastIndex, weekdays: [WEEKDAYS.indexOf(w[1]!)], weekdayStart, holidayMark };
    }
    return undefined;
  }
  BARE_WEEKDAY_AFTER.lastIndex = at;
  const bare = BARE_WEEKDAY_AFTER.exec(text);
  if (bare) {
    return {
      end: BARE_WEEKDAY_AFTER.lastIndex,
      weekdays: [WEEKDAYS.indexOf(bare[1]!)],
      weekdayStart: bare.index + bare[0].indexOf(bare[1]!),
    };
  }
  return undefined;
}

/** Links each mention to the one before it, hands out shared weekdays, marks dates of birth. */
function link(text: string, drafts: readonly Draft[]): DateMention[] {
  const mentions: Array<Draft & { link?: 'range' | 'list'; birth: boolean }> = [];
  for (const [i, draft] of drafts.entries()) {
    const prev = mentions[i - 1];
    const gap = prev ? text.slice(prev.end, draft.start) : undefined;
    const relation = gap === undefined ? undefined : RANGE_GAP.test(gap) ? 'range' : LIST_GAP.test(gap) ? 'list' : undefined;
    if (draft.secondWeekday !== undefined) {
      // (土・日) after two dates: the first weekday belongs to the previous date.
      if (prev && relation && prev.weekday === undefined) mentions[i - 1] = { ...prev, weekday: draft.secondWeekday };
      else delete (draft as { weekday?: number }).weekday;
    }
    const { secondWeekday: _, ...rest } = draft;
    mentions.push({ ...rest, link: relation, birth: false });
  }
  // A date of birth, or the range of dates of birth it ends ("平成18年4月2日〜平成19年4月1日生まれ").
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    const next = mentions[i + 1];
    const bornAfter = BIRTH_AFTER.test(text.slice(m.end, m.end + 12));
    const bornBefore = BIRTH_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start));
    if (bornAfter || bornBefore || (next?.birth && next.link)) mentions[i] = { ...m, birth: true };
    const relative = m.year || m.link ? null : RELATIVE_BEFORE.exec(text.slice(Math.max(0, m.start - 6), m.start));
    if (relative) mentions[i] = { ...mentions[i]!, relativeYear: RELATIVE_YEARS[relative[1]!] };
  }
  return mentions;
}

/** The year of a YEAR_PREFIX match. */
function parseYearText(yearText: string): WrittenYear | undefined {
  const text = yearText.trim();
  for (const form of PAIR_WHOLE) {
    const m = form.regex.exec(text);
    if (m) return pairYear(m, form.groups);
  }
  const era = ERA_ONLY.exec(text);
  if (era) {
    const year = era[2] === '元' ? 1 : Number(era[2]);
    const western = eraToWestern(era[1]!, year);
    return { value: western, era: { name: era[1]!, year, western } };
  }
  const western = WESTERN_ONLY.exec(text);
  if (western) return { value: Number(western[1]), western: Number(western[1]) };
  return undefined;
}

function pairYear(m: RegExpExecArray, groups: (typeof PAIR_FORMS)[number]['groups']): WrittenYear {
  const name = m[groups.era]!;
  const year = m[groups.eraYear] === '元' ? 1 : Number(m[groups.eraYear]);
  const eraWestern = eraToWestern(name, year);
  const western = Number(m[groups.western]);
  return { value: eraWestern === western ? western : undefined, era: { name, year, western: eraWestern }, western };
}

/**
 * An era year with what follows it: 平成32年, 令和0年度, 昭和64年1月8日, 令和8(2026)年. Only one or
 * two digits: 明治150年 and 昭和100年 count anniversaries, not years of the era.
 */
const ERA_YEAR_WRITTEN = new RegExp(
  `${ERA}${S}${ERA_YEAR}(?!\\d)${S}(?:\\(${S}(?:18|19|20|21)\\d{2}${S}\\)${S})?年(度)?(?:${S}(?:\\(${S}(?:18|19|20|21)\\d{2}${S}年?度?${S}\\)${S})?(\\d{1,2})${S}月(?:${S}(\\d{1,2})${S}日)?)?`,
  'gu',
);

/** Every era year the text writes, in order. */
export function findEraYears(text: string): EraYearMention[] {
  return [...text.matchAll(ERA_YEAR_WRITTEN)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    era: m[1]!,
    year: m[2] === '元' ? 1 : Number(m[2]),
    fiscal: m[3] !== undefined,
    ...(m[3] === undefined && m[4] !== undefined ? { month: Number(m[4]) } : {}),
    ...(m[3] === undefined && m[5] !== undefined ? { day: Number(m[5]) } : {}),
  }));
}

/** Every era/western year pair in the text: 令和8年（2026年）, 2026年度（令和8年度）, 令和8(2026)年. */
export function findYearPairs(text: string): YearPair[] {
  const pairs: YearPair[] = [];
  for (const form of PAIR_REGEXES) {
    form.regex.lastIndex = 0;
    for (const m of text.matchAll(form.regex)) {
      const end = m.index + m[0].length;
      if (pairs.some((p) => m.index < p.end && p.start < end)) continue;
      const year = pairYear(m, form.groups);
      pairs.push({
        start: m.index,
        end,
        fiscal: form.groups.fiscal.some((g) => m[g] !== undefined),
        era: year.era!,
        western: year.western!,
      });
    }
  }
  return pairs.sort((a, b) => a.start - b.start);
}

/** Years the post names on their own (令和7年度の, 2025年は): they may be what its dates without a year mean. */
export function findYearMentions(text: string): YearMention[] {
  const found: YearMention[] = [];
  for (const m of text.matchAll(YEAR_ALONE)) {
    const year = m[1] ? eraToWestern(m[1], m[2] === '元' ? 1 : Number(m[2])) : Number(m[3]);
    found.push({ start: m.index, end: m.index + m[0].length, year, fiscal: m[4] !== undefined });
  }
  return found;
}

import { createRequire } from 'node:module';
import * as z from 'zod';
import { WorkHoursSpec } from '../config/schema.js';
import { japanTime, type JapanTime } from '../input/date-time.js';
import { defineDetector } from './types.js';

const require = createRequire(import.meta.url);
type Holidays = Readonly<Record<string, { readonly name: string } | undefined>>;
let holidayTable: Holidays | undefined;
/**
 * 国民の祝日・振替休日・国民の休日, kept up to date by the holiday_jp project (Cabinet Office data);
 * loaded when a scheduled post is first checked.
 */
function holidays(): Holidays {
  return (holidayTable ??= (require('@holiday-jp/holiday_jp') as typeof import('@holiday-jp/holiday_jp')).holidays as Holidays);
}

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const WEEKDAY_LABELS = ['日', '月', '火', '水', '木', '金', '土'];

/** "mon-fri,sat" → the weekday numbers it names (0 = Sunday). */
export function parseDays(days: string): Set<number> {
  const set = new Set<number>();
  for (const part of days.split(',')) {
    const [from, to = from] = part.split('-') as [string, string?];
    const a = WEEKDAYS.indexOf(from as (typeof WEEKDAYS)[number]);
    const b = WEEKDAYS.indexOf(to as (typeof WEEKDAYS)[number]);
    for (let d = a; ; d = (d + 1) % 7) {
      set.add(d);
      if (d === b) break;
    }
  }
  return set;
}

/** "mon-fri,sat" → "月〜金・土" */
function daysLabel(days: string): string {
  return days
    .replace(/[a-z]{3}/g, (d) => WEEKDAY_LABELS[WEEKDAYS.indexOf(d as (typeof WEEKDAYS)[number])]!)
    .replace(/-/g, '〜')
    .replace(/,/g, '・');
}

function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

/**
 * A day off under `holidays: jp`: a national holiday, or 年末年始 (12/29–1/3), which every
 * municipality's 休日条例 makes days off (地方自治法 4条の2 第2項第3号).
 */
function dayOff(t: JapanTime): string | undefined {
  const holiday = holidays()[t.date];
  if (holiday) return `祝日（${holiday.name}）`;
  const monthDay = t.date.slice(5);
  if (monthDay >= '12-29' || monthDay <= '01-03') return '年末年始の休日';
  return undefined;
}

/** Whether an instant is working time under the given hours, and if not, why. */
export interface WorkTimeVerdict {
  /** Within working hours on a working day (breaks not counted). */
  readonly working: boolean;
  /** Within working hours but in a break (昼休み). */
  readonly onBreak: boolean;
  /** Why it is not working time: "土曜日", "祝日（勤労感謝の日）", "勤務時間外". */
  readonly offReason?: string;
  readonly time: JapanTime;
}

export function judgeWorkTime(instant: Date, hours: WorkHoursSpec): WorkTimeVerdict {
  const time = japanTime(instant);
  const holiday = hours.holidays === 'jp' ? dayOff(time) : undefined;
  const workday = parseDays(hours.days).has(time.weekday);
  const inHours = time.minutes >= minutes(hours.from) && time.minutes < minutes(hours.to);
  const onBreak = hours.breaks.some((b) => {
    const [from, to] = b.split('-') as [string, string];
    return time.minutes >= minutes(from) && time.minutes < minutes(to);
  });
  const offReason = !workday ? `${WEEKDAY_LABELS[time.weekday]}曜日` : holiday ?? (inHours ? undefined : '勤務時間外');
  return { working: offReason === undefined, onBreak: offReason === undefined && onBreak, offReason, time };
}

/**
 * When a post is scheduled (front matter `publish_at`, a CSV date column, or `--now`), compared
 * with the working hours of config `work_hours:` (default: weekdays 08:30–17:15, Japanese
 * holidays off, 12:00–13:00 free):
 * - `working`: inside working hours and not in a break — a private post then breaks
 *   職務専念義務 (美唄 3(3)③, 辰野 3(9), 地方公務員法35条);
 * - `off-hours`: outside them — an official post then breaks the operating hours (上富田 4(1)).
 *   With `configuredOnly`, only when the project set `work_hours:` (its operating hours), since
 *   many municipalities post on weekends by policy.
 * A post without a schedule is not checked: the time of the lint run is not the time of posting.
 * The match is the whole body; reports point at `publish_at` where the file has it.
 */
export const workHours = defineDetector({
  name: 'work-hours',
  description: '予約日時が勤務時間中（私的投稿）または運用時間外（公式投稿）に当たる投稿（土日・祝日・年末年始を考慮）',
  options: z.strictObject({
    when: z.enum(['working', 'off-hours']),
    configuredOnly: z.boolean().default(false),
  }),
  create(options, env) {
    const hours = env.workHours ?? WorkHoursSpec.parse({});
    const weekdays = `${daysLabel(hours.days)} ${hours.from}〜${hours.to}`;
    return (doc) => {
      if (!doc.publishAt) return [];
      if (options.configuredOnly && !env.workHours) return [];
      const verdict = judgeWorkTime(doc.publishAt, hours);
      const hit = options.when === 'working' ? verdict.working && !verdict.onBreak : !verdict.working;
      if (!hit) return [];
      const start = doc.original.length - doc.original.trimStart().length;
      const end = doc.original.trimEnd().length;
      const t = verdict.time;
      return [
        {
          start,
          end: Math.max(start, end),
          about: 'publishAt' as const,
          vars: {
            time: `${t.date}（${WEEKDAY_LABELS[t.weekday]}）${t.label.slice(11)}`,
            hours: weekdays,
            reason: verdict.offReason ?? '勤務時間中',
          },
        },
      ];
    };
  },
});

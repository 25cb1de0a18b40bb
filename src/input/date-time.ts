/**
 * Dates and times as scheduling files write them: ISO 8601 (2026-12-01T10:00:00+09:00),
 * Excel's 2026/12/1 10:00, and 2026年12月1日 10時00分, with or without a weekday in brackets.
 * Without an offset the time is Japan time, where the posts' readers and the municipality's
 * working hours are.
 */
const DATE_TIME = new RegExp(
  [
    '^(\\d{4})[-/年](\\d{1,2})[-/月](\\d{1,2})日?',
    '(?:\\s*[(（][月火水木金土日][)）])?',
    '(?:(?:[T ]|\\s+)(\\d{1,2})[:時](\\d{2})(?:[:分](\\d{2})(?:\\.\\d+)?秒?)?分?)?',
    '\\s*(Z|[+-]\\d{2}:?\\d{2})?$',
  ].join(''),
);

const JAPAN_OFFSET = '+09:00';

/** The instant the text names, or undefined when it is no date or no real day or time. */
export function parseDateTime(value: string): Date | undefined {
  const m = DATE_TIME.exec(value.trim().normalize('NFKC'));
  if (!m) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0', zone = JAPAN_OFFSET] = m;
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number) as [number, number, number, number, number, number];
  if (!isRealDay(year, month, day) || hour > 23 || minute > 59 || second > 59) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  const offset = zone === 'Z' ? 'Z' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  return new Date(`${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}${offset}`);
}

function isRealDay(year: number, month: number, day: number): boolean {
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

/** Japan has kept standard time all year since 1951, so its wall clock is UTC+9 throughout. */
const JAPAN_OFFSET_MS = 9 * 60 * 60 * 1000;

/** The calendar day, weekday and time of day of an instant on a Japanese wall clock. */
export interface JapanTime {
  /** "2026-12-01" */
  readonly date: string;
  /** 0 = Sunday … 6 = Saturday */
  readonly weekday: number;
  /** Minutes since midnight. */
  readonly minutes: number;
  /** "2026-12-01 10:00" */
  readonly label: string;
}

export function japanTime(instant: Date): JapanTime {
  const shifted = new Date(instant.getTime() + JAPAN_OFFSET_MS);
  const date = shifted.toISOString().slice(0, 10);
  const hh = shifted.getUTCHours();
  const mm = shifted.getUTCMinutes();
  return {
    date,
    weekday: shifted.getUTCDay(),
    minutes: hh * 60 + mm,
    label: `${date} ${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}`,
  };
}

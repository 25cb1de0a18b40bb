import { UserError } from '../errors.js';

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Parses `--now`: a date or date-time. Without an offset it is Japan time, where the posts'
 * readers and the municipality's working hours are.
 */
export function parseReferenceDate(value: string, what = '--now'): Date {
  const m = DATE_TIME.exec(value.trim());
  if (m) {
    const [, y, mo, d, h = '00', mi = '00', s = '00', zone = '+09:00'] = m;
    if (isRealDay(Number(y), Number(mo), Number(d)) && Number(h) < 24 && Number(mi) < 60 && Number(s) < 60) {
      return new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}${zone}`);
    }
  }
  throw new UserError(`${what} の日付「${value}」を読めません。2026-12-01 や 2026-12-01T10:00 の形で書いてください`);
}

function isRealDay(year: number, month: number, day: number): boolean {
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

import { UserError } from '../errors.js';
import { parseDateTime } from '../input/date-time.js';

/**
 * Parses `--now`: a date or date-time. Without an offset it is Japan time, where the posts'
 * readers and the municipality's working hours are.
 */
export function parseReferenceDate(value: string, what = '--now'): Date {
  const date = parseDateTime(value);
  if (date) return date;
  throw new UserError(`${what} の日付「${value}」を読めません。2026-12-01 や 2026-12-01T10:00 の形で書いてください`);
}

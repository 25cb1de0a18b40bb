import { describe, expect, it } from 'vitest';
import { japanTime, parseDateTime } from '../../src/input/date-time.js';

describe('parseDateTime', () => {
  it('reads ISO 8601 with an offset as that instant', () => {
    expect(parseDateTime('2026-12-01T10:00:00+09:00')?.toISOString()).toBe('2026-12-01T01:00:00.000Z');
    expect(parseDateTime('2026-12-01T01:00:00Z')?.toISOString()).toBe('2026-12-01T01:00:00.000Z');
  });

  it('takes a time without an offset as Japan time', () => {
    for (const written of ['2026-12-01 10:00', '2026/12/01 10:00', '2026/12/1 10:00', '2026年12月1日 10時00分', '2026/12/01(火) 10:00', '２０２６／１２／０１　１０：００']) {
      expect(parseDateTime(written)?.toISOString(), written).toBe('2026-12-01T01:00:00.000Z');
    }
    expect(parseDateTime('2026-12-01')?.toISOString()).toBe('2026-11-30T15:00:00.000Z');
  });

  it('refuses what is no date or no real day or time', () => {
    for (const bad of ['', 'あした', '2026-02-30', '2026-12-01 24:00', '2026-13-01', '12/01 10:00']) expect(parseDateTime(bad), bad).toBeUndefined();
  });
});

describe('japanTime', () => {
  it('gives the Japanese calendar day and wall-clock time of an instant', () => {
    // 23:30 UTC on Nov 30 is 08:30 on Tuesday Dec 1 in Japan.
    expect(japanTime(new Date('2026-11-30T23:30:00Z'))).toEqual({ date: '2026-12-01', weekday: 2, minutes: 8 * 60 + 30, label: '2026-12-01 08:30' });
  });
});

import { describe, expect, it } from 'vitest';
import { WorkHoursSpec } from '../../src/config/schema.js';
import { judgeWorkTime, parseDays, workHours } from '../../src/detectors/work-hours.js';
import { parseDateTime } from '../../src/input/date-time.js';
import { postDoc } from '../helpers/post-doc.js';

const DEFAULT_HOURS = WorkHoursSpec.parse({});
const at = (s: string) => parseDateTime(s)!;

describe('judgeWorkTime', () => {
  it('is working time on weekdays 08:30–17:15 in Japan, wherever the instant was written', () => {
    expect(judgeWorkTime(at('2026-12-01T08:30'), DEFAULT_HOURS)).toMatchObject({ working: true, onBreak: false });
    expect(judgeWorkTime(at('2026-12-01T01:00:00Z'), DEFAULT_HOURS)).toMatchObject({ working: true }); // 10:00 JST
    expect(judgeWorkTime(at('2026-12-01T17:15'), DEFAULT_HOURS)).toMatchObject({ working: false, offReason: '勤務時間外' });
    expect(judgeWorkTime(at('2026-12-01T08:29'), DEFAULT_HOURS)).toMatchObject({ working: false });
  });

  it('knows the lunch break, weekends, national holidays and the New Year days off', () => {
    expect(judgeWorkTime(at('2026-12-01T12:30'), DEFAULT_HOURS)).toMatchObject({ working: true, onBreak: true });
    expect(judgeWorkTime(at('2026-12-05T10:00'), DEFAULT_HOURS)).toMatchObject({ working: false, offReason: '土曜日' });
    expect(judgeWorkTime(at('2026-11-23T10:00'), DEFAULT_HOURS)).toMatchObject({ working: false, offReason: '祝日（勤労感謝の日）' });
    expect(judgeWorkTime(at('2027-01-04T10:00'), DEFAULT_HOURS)).toMatchObject({ working: true });
    expect(judgeWorkTime(at('2026-12-29T10:00'), DEFAULT_HOURS)).toMatchObject({ working: false, offReason: '年末年始の休日' });
    expect(judgeWorkTime(at('2026-11-23T10:00'), { ...DEFAULT_HOURS, holidays: 'none' })).toMatchObject({ working: true });
  });

  it('follows the configured days and hours', () => {
    expect([...parseDays('mon-wed,sat')].sort()).toEqual([1, 2, 3, 6]);
    expect([...parseDays('fri-mon')].sort()).toEqual([0, 1, 5, 6]);
    const hours = { ...DEFAULT_HOURS, days: 'mon-sat', from: '09:00', to: '18:00' };
    expect(judgeWorkTime(at('2026-12-05T17:30'), hours)).toMatchObject({ working: true });
    expect(judgeWorkTime(at('2026-12-01T08:45'), hours)).toMatchObject({ working: false });
  });
});

describe('work-hours detector', () => {
  const env = (workHours?: typeof DEFAULT_HOURS) => ({ official: { domains: [], phones: [] }, resolvePath: (p: string) => p, workHours });
  const run = async (options: object, publishAt: string | undefined, workHoursConfig?: typeof DEFAULT_HOURS) => {
    const detect = workHours.create(workHours.options.parse(options), env(workHoursConfig));
    return detect(await postDoc('\n山の写真です。\n', { publishAt }));
  };

  it('matches a post scheduled in working hours, about its publish_at, with the time for the message', async () => {
    expect(await run({ when: 'working' }, '2026-12-01T10:00')).toEqual([
      { start: 1, end: 8, about: 'publishAt', vars: { time: '2026-12-01（火）10:00', hours: '月〜金 08:30〜17:15', reason: '勤務時間中' } },
    ]);
    expect(await run({ when: 'working' }, '2026-12-01T12:10')).toEqual([]);
    expect(await run({ when: 'working' }, undefined)).toEqual([]);
  });

  it('matches off-hours posts, only where the project configured its hours when asked to', async () => {
    expect(await run({ when: 'off-hours' }, '2026-12-05T10:00')).toMatchObject([{ vars: { reason: '土曜日' } }]);
    expect(await run({ when: 'off-hours' }, '2026-12-01T10:00')).toEqual([]);
    expect(await run({ when: 'off-hours', configuredOnly: true }, '2026-12-05T10:00')).toEqual([]);
    expect(await run({ when: 'off-hours', configuredOnly: true }, '2026-12-05T10:00', DEFAULT_HOURS)).toHaveLength(1);
  });
});

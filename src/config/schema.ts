import * as z from 'zod';
import { ACCOUNTS, SEVERITIES } from '../categories.js';
import { PLATFORMS } from '../platforms.js';

const NonEmpty = z.string().min(1);
const Weekday = '(?:mon|tue|wed|thu|fri|sat|sun)';
const Time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '時刻は "08:30" の形で書いてください');
const TimeRange = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/, '時間帯は "12:00-13:00" の形で書いてください');

/**
 * Working hours: private posts inside them break 職務専念義務 (美唄 3(3)③, 辰野 3(9)); official
 * posts outside them break 上富田 4(1). `breaks` are free time for private use (武蔵野 FAQ:
 * 昼休み 12:00–13:00), not for official operation.
 */
export const WorkHoursSpec = z.strictObject({
  days: z
    .string()
    .regex(new RegExp(`^${Weekday}(?:-${Weekday})?(?:,${Weekday}(?:-${Weekday})?)*$`), '曜日は "mon-fri" の形で書いてください')
    .default('mon-fri'),
  from: Time.default('08:30'),
  to: Time.default('17:15'),
  /** jp: 国民の祝日・振替休日 and 年末年始 (12/29–1/3) are days off. */
  holidays: z.enum(['jp', 'none']).default('jp'),
  breaks: z.array(TimeRange).default(['12:00-13:00']),
});

/** A suppression: which text (and optionally which rule or category) is fine here, and why. */
export const AllowSpec = z.strictObject({
  text: NonEmpty,
  rule: NonEmpty.optional(),
  reason: z.string().trim().min(1, '理由（reason）を書いてください'),
});

/** .sns-lint.yaml / sns-lint.config.yaml. Unknown keys are errors: a misspelt key must not do nothing. */
export const ConfigSpec = z.strictObject({
  /** A profile id, or a path to the user's own profile (relative to the config file). */
  guideline: NonEmpty.optional(),
  account: z.enum(ACCOUNTS).optional(),
  /** Extra rule files or folders, relative to the config file. */
  rules: z.array(NonEmpty).optional(),
  /** Rule ids or categories to switch off. */
  disable: z.array(NonEmpty).optional(),
  /** Severity by rule id or category ("off" switches it off). */
  severity: z.record(NonEmpty, z.enum([...SEVERITIES, 'off'])).optional(),
  allow: z.array(AllowSpec).optional(),
  /** The municipality's own contact points: not personal data. */
  official: z
    .strictObject({
      domains: z.array(NonEmpty).default([]),
      phones: z.array(NonEmpty).default([]),
    })
    .optional(),
  work_hours: WorkHoursSpec.optional(),
  /** Where the project's posts go when a draft doesn't say (front matter / CSV column win). */
  platform: z.enum(PLATFORMS).optional(),
});

export type ConfigSpec = z.output<typeof ConfigSpec>;
export type AllowSpec = z.output<typeof AllowSpec>;
export type WorkHoursSpec = z.output<typeof WorkHoursSpec>;

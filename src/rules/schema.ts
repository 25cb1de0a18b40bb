import * as z from 'zod';
import { ACCOUNTS, CATEGORIES, SEVERITIES } from '../categories.js';
import { parseDateTime } from '../input/date-time.js';
import { PLATFORMS } from '../platforms.js';
import { MASK_STYLES } from '../report/mask.js';

/** The shape of a rule file (rules/*.yaml and users' own): a YAML list of rules. */

const Account = z.enum(ACCOUNTS);
const SeverityOrOff = z.enum([...SEVERITIES, 'off']);

/** One severity for both accounts, or one per account ("off" drops the rule for that account). */
export const SeveritySpec = z.union([
  SeverityOrOff,
  z.strictObject({ official: SeverityOrOff.optional(), private: SeverityOrOff.optional() }),
]);

const OneOrMany = <T extends z.ZodType>(t: T) => z.union([t, z.array(t).min(1)]);
const NonEmpty = z.string().min(1);

export const TOKEN_FIELDS = ['surface', 'base', 'reading'] as const;

/** Token-level word list: entries match whole tokens (or token sequences) by surface, base form or reading. */
export const LexiconSpec = z
  .strictObject({
    /** A dictionary file, relative to the rule file: one entry a line, `#` comments. */
    dict: NonEmpty.optional(),
    words: z.array(NonEmpty).optional(),
    fields: z.array(z.enum(TOKEN_FIELDS)).min(1).default(['surface', 'base']),
    /** A masking symbol (ガ〇ジ, ア◯ホ, 〇ね) may stand for one letter of an entry, two at most. */
    masked: z.boolean().default(false),
    /** Every matched token's part of speech must start with one of these ("名詞", "名詞,一般"). */
    pos: z.array(NonEmpty).optional(),
    /** …and must start with none of these. */
    notPos: z.array(NonEmpty).optional(),
  })
  .refine((l) => l.dict !== undefined || (l.words?.length ?? 0) > 0, {
    message: 'lexicon には dict か words のどちらかが必要です',
  });

/** The text layer a pattern runs on: evasion-joined text (default) or plain NFKC. */
export const LAYERS = ['normalized', 'nfkc'] as const;

export const PatternSpec = z.union([
  OneOrMany(NonEmpty),
  z.strictObject({
    regex: OneOrMany(NonEmpty),
    /** Only `i` may be added; `g` and `u` are always on. */
    flags: z.string().regex(/^i?$/, 'flags に使えるのは i だけです').optional(),
    layer: z.enum(LAYERS).default('normalized'),
  }),
]);

/** A named built-in detector, with options of its own (validated by the detector). */
export const DetectorSpec = z.union([
  NonEmpty,
  z.looseObject({ name: NonEmpty }),
]);

export const MatcherSpec = z.strictObject({
  lexicon: LexiconSpec.optional(),
  pattern: PatternSpec.optional(),
  detector: DetectorSpec.optional(),
});

/** "If the post does A it must also do B": a finding at A when B is nowhere in the post. */
export const RequirementSpec = z.strictObject({
  when: MatcherSpec,
  expect: MatcherSpec,
});

/**
 * A condition on where a match stands. All fields given in one condition must hold.
 * Regular expressions are on the normalized text; word lists compare by {@link lexKey}.
 */
export const ConditionSpec = z.strictObject({
  /** The text right before the match ends with one of these. */
  preceding: z.array(NonEmpty).min(1).optional(),
  /** The text right after the match starts with one of these. */
  following: z.array(NonEmpty).min(1).optional(),
  /** The sentence containing the match matches this regular expression. */
  sentence: NonEmpty.optional(),
  /** The whole post matches this regular expression. */
  post: NonEmpty.optional(),
  /** The matched text itself matches this regular expression. */
  match: NonEmpty.optional(),
});

/**
 * The day an example is linted on when it gives no publish_at (today's date, for rules whose result
 * depends on the day, e.g. dates without a year). publish_at is a date the post itself gives.
 */
const ExampleDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'now は 2026-11-21 の形で書いてください')
  .refine(
    (d) => {
      const [year = NaN, month = NaN, day = NaN] = d.split('-').map(Number);
      const probe = new Date(Date.UTC(year, month - 1, day));
      return probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
    },
    { message: 'now に存在しない日付が書かれています' },
  );

/**
 * An example post: its text, and what its draft file would say about it (account, platform,
 * publish_at), or the day it is linted on (`now`). `alongside` are other drafts linted in the same run, for rules that compare
 * posts with each other (repeated posts).
 */
const Example = z.union([
  NonEmpty,
  z.strictObject({
    text: NonEmpty,
    account: Account.optional(),
    platform: z.enum(PLATFORMS).optional(),
    publish_at: z
      .string()
      .refine((v) => parseDateTime(v) !== undefined, '日時は 2026-12-01T10:00:00+09:00 の形で書いてください')
      .optional(),
    alongside: z.array(NonEmpty).min(1).optional(),
    now: ExampleDate.optional(),
  }),
]);

export const RuleSpec = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'id は「カテゴリ/名前」の形（英小文字・数字・ハイフン）で書いてください'),
    category: z.enum(CATEGORIES),
    severity: SeveritySpec,
    /** Japanese message; `{match}` is the matched text, detectors may offer more placeholders. */
    message: NonEmpty,
    suggestion: NonEmpty.optional(),
    /** Cite the profile's clauses under this key instead of the category (e.g. personal-info/portrait). */
    clause: NonEmpty.optional(),
    /**
     * The matched text is personal data or a secret: never print it in clear. `true` masks by
     * the text's shape; a style name says how (phone, email, digits, secret, alnum).
     */
    mask: z.union([z.boolean(), z.enum(MASK_STYLES)]).default(false),
    lexicon: LexiconSpec.optional(),
    pattern: PatternSpec.optional(),
    detector: DetectorSpec.optional(),
    requirement: RequirementSpec.optional(),
    /** Every condition must hold for a match to count. */
    context: z.array(ConditionSpec).optional(),
    /** A match is dropped when any of these conditions holds. */
    unless: z.array(ConditionSpec).optional(),
    examples: z.strictObject({
      invalid: z.array(Example).min(1),
      valid: z.array(Example).min(1),
    }),
  })
  .refine(
    (r) => [r.lexicon, r.pattern, r.detector, r.requirement].filter((m) => m !== undefined).length === 1,
    { message: 'ルールには lexicon・pattern・detector・requirement のどれか一つだけを書いてください' },
  );

export const RuleFileSpec = z.array(RuleSpec);

export type SeveritySpec = z.output<typeof SeveritySpec>;
export type LexiconSpec = z.output<typeof LexiconSpec>;
export type PatternSpec = z.output<typeof PatternSpec>;
export type DetectorSpec = z.output<typeof DetectorSpec>;
export type MatcherSpec = z.output<typeof MatcherSpec>;
export type ConditionSpec = z.output<typeof ConditionSpec>;
export type RuleSpec = z.output<typeof RuleSpec>;
export type ExampleSpec = z.output<typeof Example>;

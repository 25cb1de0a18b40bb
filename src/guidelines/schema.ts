import * as z from 'zod';
import { CATEGORIES, isCategory } from '../categories.js';

const NonEmpty = z.string().min(1);

/** A clause of the guideline itself, quoted exactly, or an article of the law by id. */
export const CitationSpec = z.union([
  z.strictObject({ id: NonEmpty, title: NonEmpty, text: NonEmpty.optional() }),
  z.strictObject({ law: NonEmpty }),
]);

const Citations = z.array(CitationSpec).min(1);

/** The same citations for both accounts, or one list per account. */
export const CategoryCitationsSpec = z.union([
  z.strictObject({ both: Citations }),
  z.strictObject({ official: Citations, private: Citations }),
]);

/** A guideline profile (guidelines/*.yaml, or a user's own municipality). */
export const ProfileSpec = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/, 'id は英小文字・数字・ハイフンで書いてください'),
    name: NonEmpty,
    version: NonEmpty.optional(),
    /** The guideline's text, relative to the profile file (used to check quotes). */
    source: NonEmpty.optional(),
    categories: z.record(z.string(), CategoryCitationsSpec),
  })
  .superRefine((profile, ctx) => {
    for (const key of Object.keys(profile.categories)) {
      if (!isCategory(key.split('/')[0]!)) {
        ctx.addIssue({
          code: 'custom',
          path: ['categories', key],
          message: `「${key}」はカテゴリ ID ではありません（カテゴリ: ${CATEGORIES.join(', ')}）`,
        });
      }
    }
    for (const category of CATEGORIES) {
      if (!(category in profile.categories)) {
        ctx.addIssue({
          code: 'custom',
          path: ['categories'],
          message: `カテゴリ「${category}」の条項がありません。すべてのカテゴリに条項を書いてください`,
        });
      }
    }
  });

export const LawSpec = z.array(z.strictObject({ id: NonEmpty, title: NonEmpty, text: NonEmpty }));

export type CitationSpec = z.output<typeof CitationSpec>;
export type ProfileSpec = z.output<typeof ProfileSpec>;

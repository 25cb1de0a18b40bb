import { distance } from 'fastest-levenshtein';
import * as z from 'zod';
import { ACCOUNTS } from '../categories.js';
import { UserError } from '../errors.js';
import { parsePlatform, PLATFORMS } from '../platforms.js';
import { LineIndex } from '../text/positions.js';
import { parseYaml } from '../yaml/load-yaml.js';
import { parseDateTime } from './date-time.js';
import type { Post, PostSuppression } from './post.js';

/**
 * `.md` drafts may start with YAML front matter between two `---` lines (DESIGN.md,
 * "Scheduled-post files"). The split is ours (two delimiter lines); parsing and validation are
 * the `yaml` package's and zod's, on the front matter kept at its place in the file so that
 * every line number the YAML parser or the schema reports is already the file's line.
 */
const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/m;

const OUR_KEYS = ['account', 'platform', 'publish_at', 'sns-lint'] as const;

const Suppression = z.strictObject({
  rule: z.string().trim().min(1, 'rule にルール ID かカテゴリを書いてください'),
  text: z.string().min(1, 'text に対象の文字列を書いてください'),
  /** Optional here so that an entry without one can be reported; it then suppresses nothing. */
  reason: z.string().nullish(),
});

const FrontMatterSpec = z
  .looseObject({
    account: z.enum(ACCOUNTS).optional(),
    platform: z
      .string()
      .transform((v, ctx) => parsePlatform(v) ?? (ctx.addIssue({ code: 'custom', message: `platform は ${PLATFORMS.join(' | ')} のどれかです（「${v}」）` }), z.NEVER))
      .optional(),
    publish_at: z
      .union([z.string(), z.number()])
      .transform(
        (v, ctx) =>
          parseDateTime(String(v)) ??
          (ctx.addIssue({ code: 'custom', message: `日時「${v}」を読めません。2026-12-01T10:00:00+09:00 の形で書いてください` }), z.NEVER),
      )
      .optional(),
    'sns-lint': z.strictObject({ allow: z.array(Suppression).optional() }).nullish(),
  })
  .superRefine((spec, ctx) => {
    for (const key of Object.keys(spec)) {
      const meant = nearMiss(key);
      if (meant) ctx.addIssue({ code: 'custom', path: [key], message: `「${key}」は ${meant} のことですか？ sns-lint が読むキーは ${OUR_KEYS.join('・')} です` });
    }
  });

/** Other tools' keys (title, tags, image…) are left alone; a misspelling of ours is not. */
function nearMiss(key: string): string | undefined {
  if ((OUR_KEYS as readonly string[]).includes(key)) return undefined;
  const folded = key.toLowerCase().replace(/[-_\s]/g, '');
  return OUR_KEYS.find((ours) => {
    const target = ours.replace(/[-_]/g, '');
    return folded === target || (folded.length >= 5 && distance(folded, target) <= 2);
  });
}

/** Null for an empty front matter (`---` directly followed by `---`). */
const FrontMatterFile = z.preprocess((v) => v ?? {}, FrontMatterSpec);

/**
 * A `.md` draft as a post: front matter read into `meta`, the body after it. A broken front
 * matter is a UserError naming the file and line.
 */
export function markdownPost(file: string, source: string): Post {
  const opening = OPENING.exec(source);
  if (!opening) return { file, source, bodyStart: 0, body: source, meta: {} };
  const rest = source.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) {
    throw new UserError('front matter の終わりの「---」の行がありません。本文の前に --- だけの行を入れてください', file, 1);
  }
  const yamlEnd = opening[0].length + closing.index;
  const afterClosing = yamlEnd + closing[0].length;
  const bodyStart = afterClosing + (/^\r?\n/.exec(source.slice(afterClosing))?.[0].length ?? 0);

  const loaded = parseYaml(source.slice(0, yamlEnd), file, FrontMatterFile);
  const spec = loaded.value;
  const lines = new LineIndex(source);
  const allow = (spec['sns-lint']?.allow ?? []).map((entry, i): PostSuppression => {
    const at = loaded.rangeOf(['sns-lint', 'allow', i]) ?? { start: 0, end: 0 };
    // The entry's first line: where an editor or a CI annotation should point.
    const line = lines.position(at.start).line;
    const lineEnd = line < lines.lineCount ? lines.lineStart(line + 1) : source.length;
    const end = Math.min(at.end, lineEnd);
    const reason = entry.reason?.trim();
    const textRange = loaded.rangeOf(['sns-lint', 'allow', i, 'text']);
    return {
      rule: entry.rule,
      text: entry.text,
      ...(reason ? { reason } : {}),
      ...(textRange ? { textRange } : {}),
      range: { start: at.start, end: source.slice(at.start, end).trimEnd().length + at.start },
    };
  });
  const publishAtRange = spec.publish_at ? loaded.rangeOf(['publish_at']) : undefined;
  return {
    file,
    source,
    bodyStart,
    body: source.slice(bodyStart),
    meta: {
      ...(spec.account ? { account: spec.account } : {}),
      ...(spec.platform ? { platform: spec.platform } : {}),
      ...(spec.publish_at ? { publishAt: spec.publish_at } : {}),
      ...(allow.length > 0 ? { allow } : {}),
    },
    ...(publishAtRange ? { publishAtRange } : {}),
  };
}

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as z from 'zod';
import { SEVERITIES } from '../categories.js';
import type { RuleHit } from '../engine/run-rules.js';
import { japanTime } from '../input/date-time.js';
import type { PostScan } from '../linter.js';
import type { CompiledRule } from '../rules/compile.js';

/**
 * `--cache`: what linting each file produced, kept between runs, so that a file whose bytes
 * have not changed is not decoded into a document, tokenized or matched again. What is kept is
 * the rules' hits and what run-level rules collected (PostScan), not the final findings: the
 * config's filters, the drafts' suppressions, the guideline's clauses and the run-level checks
 * (repeated posts across files) are applied afresh on every run.
 *
 * An entry is used only when all of these are the same as when it was written:
 * - the file's bytes (sha256);
 * - the run key: tool version, rules hash (every rule file and word list), the config, the
 *   default account and platform, and `--now`;
 * - for files with posts that have no `publish_at` (their reference date is today), today's
 *   date in Japan.
 */
export const DEFAULT_CACHE_DIR = '.sns-lint-cache';
const CACHE_FILE = 'results.json';
const FORMAT = 1;

const Hit = z.object({
  ruleId: z.string(),
  severity: z.enum(SEVERITIES),
  start: z.number().int(),
  end: z.number().int(),
  vars: z.record(z.string(), z.string()).optional(),
  about: z.literal('publishAt').optional(),
});
const Entry = z.object({
  hash: z.string(),
  today: z.string().optional(),
  posts: z.array(z.object({ hits: z.array(Hit), runData: z.record(z.string(), z.unknown()) })),
});
const CacheFile = z.object({ format: z.literal(FORMAT), key: z.string(), files: z.record(z.string(), Entry) });
type Entry = z.output<typeof Entry>;

/** What a run's findings depend on besides the files themselves. */
export interface RunKey {
  readonly toolVersion: string;
  readonly rulesHash: string;
  readonly config: unknown;
  readonly account: string;
  readonly platform?: string;
  readonly now?: Date;
}

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export class ResultCache {
  private readonly file: string;
  private readonly key: string;
  private readonly rules: ReadonlyMap<string, CompiledRule>;
  private readonly entries = new Map<string, Entry>();
  private readonly seen = new Set<string>();
  private readonly today = japanTime(new Date()).date;

  constructor(dir: string, key: RunKey, rules: readonly CompiledRule[]) {
    this.file = path.join(dir, CACHE_FILE);
    this.key = createHash('sha256')
      .update(JSON.stringify({ ...key, now: key.now?.toISOString() ?? null }))
      .digest('hex');
    this.rules = new Map(rules.map((r) => [r.id, r]));
    this.load();
  }

  /** The stored scans of a file's posts, when its bytes and everything else are unchanged. */
  get(name: string, hash: string, postCount: number): PostScan[] | undefined {
    this.seen.add(name);
    const entry = this.entries.get(name);
    if (!entry || entry.hash !== hash || entry.posts.length !== postCount) return undefined;
    if (entry.today !== undefined && entry.today !== this.today) return undefined;
    const scans: PostScan[] = [];
    for (const post of entry.posts) {
      const hits: RuleHit[] = [];
      for (const h of post.hits) {
        const rule = this.rules.get(h.ruleId);
        if (!rule) return undefined;
        hits.push({ rule, severity: h.severity, match: { start: h.start, end: h.end, ...(h.vars ? { vars: h.vars } : {}), ...(h.about ? { about: h.about } : {}) } });
      }
      scans.push({ hits, runData: post.runData });
    }
    return scans;
  }

  /** Remembers a file's scans; `usesToday` when some post's reference date was today. */
  set(name: string, hash: string, scans: readonly PostScan[], usesToday: boolean): void {
    this.seen.add(name);
    this.entries.set(name, {
      hash,
      ...(usesToday ? { today: this.today } : {}),
      posts: scans.map((s) => ({
        hits: s.hits.map((h) => ({
          ruleId: h.rule.id,
          severity: h.severity,
          start: h.match.start,
          end: h.match.end,
          ...(h.match.vars ? { vars: { ...h.match.vars } } : {}),
          ...(h.match.about ? { about: h.match.about } : {}),
        })),
        runData: s.runData,
      })),
    });
  }

  /**
   * Writes the cache (atomically: a crash never leaves half a file). Entries of files not in
   * this run are kept while the file exists. A cache that can't be written is not an error of
   * the run: the message is returned for a warning.
   */
  save(baseDir: string): string | undefined {
    const files: Record<string, Entry> = {};
    for (const [name, entry] of this.entries) {
      if (this.seen.has(name) || existsSync(path.resolve(baseDir, name))) files[name] = entry;
    }
    const temp = `${this.file}.${process.pid}.tmp`;
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      writeFileSync(temp, JSON.stringify({ format: FORMAT, key: this.key, files }));
      renameSync(temp, this.file);
      return undefined;
    } catch (err) {
      try {
        rmSync(temp, { force: true });
      } catch {
        // Nothing was written there either.
      }
      return `キャッシュを書き込めません（${(err as NodeJS.ErrnoException).code ?? String(err)}）: ${this.file}`;
    }
  }

  /** A missing, unreadable or outdated cache file is an empty cache. */
  private load(): void {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(this.file, 'utf8'));
    } catch {
      return;
    }
    const parsed = CacheFile.safeParse(raw);
    if (!parsed.success || parsed.data.key !== this.key) return;
    for (const [name, entry] of Object.entries(parsed.data.files)) this.entries.set(name, entry);
  }
}

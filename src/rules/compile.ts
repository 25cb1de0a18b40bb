import type * as z from 'zod';
import type { Account, Category, Severity } from '../categories.js';
import { getDetector } from '../detectors/index.js';
import type { DetectorDefinition, DetectorEnv } from '../detectors/types.js';
import type { Document } from '../engine/document.js';
import { compileCondition } from '../match/conditions.js';
import { compileLexicon } from '../match/lexicon.js';
import { compilePattern } from '../match/pattern.js';
import { compileRequirement } from '../match/requirement.js';
import type { Match, Matcher, RunMatcher } from '../match/types.js';
import { UserError } from '../errors.js';
import { loadDictionary } from './dictionary.js';
import type { DetectorSpec, MatcherSpec, PatternSpec, RuleSpec, SeveritySpec } from './schema.js';

/** A rule ready to run: its data, and its matcher and conditions compiled once. */
export interface CompiledRule {
  readonly id: string;
  readonly category: Category;
  readonly spec: RuleSpec;
  /** The rule file it came from, and the line of the rule in it. */
  readonly file: string;
  readonly line?: number;
  readonly matcher: Matcher;
  /**
   * For rules that compare the posts of a run with each other (run-level detectors): `matcher`
   * then matches nothing on its own, and the run matches once every post has been seen.
   */
  readonly runMatcher?: RunMatcher;
  /** Requirement rules report one finding per post. */
  readonly firstOnly: boolean;
  accepts(doc: Document, match: Match): boolean;
  severityFor(account: Account): Severity | 'off';
}

export interface CompileContext extends DetectorEnv {
  readonly file: string;
  readonly line?: number;
}

export function compileRule(spec: RuleSpec, ctx: CompileContext): CompiledRule {
  const common = {
    id: spec.id,
    category: spec.category,
    spec,
    file: ctx.file,
    line: ctx.line,
    severityFor: (account: Account) => resolveSeverity(spec.severity, account),
  };
  const runMatcher = spec.detector ? compileRunDetector(spec, ctx) : undefined;
  if (runMatcher) return { ...common, matcher: () => [], runMatcher, firstOnly: false, accepts: () => true };
  const matcher = spec.requirement
    ? compileRequirement(compileMatcher(spec.requirement.when, ctx), compileMatcher(spec.requirement.expect, ctx))
    : compileMatcher(spec, ctx);
  const required = (spec.context ?? []).map(compileCondition);
  const excluded = (spec.unless ?? []).map(compileCondition);
  return {
    ...common,
    matcher,
    firstOnly: spec.requirement !== undefined,
    accepts: (doc, m) => required.every((c) => c(doc, m)) && !excluded.some((c) => c(doc, m)),
  };
}

export function resolveSeverity(spec: SeveritySpec, account: Account): Severity | 'off' {
  if (typeof spec === 'string') return spec;
  return spec[account] ?? 'off';
}

function compileMatcher(spec: MatcherSpec, ctx: CompileContext): Matcher {
  const kinds = [spec.lexicon, spec.pattern, spec.detector].filter((k) => k !== undefined);
  if (kinds.length !== 1) {
    throw new UserError('lexicon・pattern・detector のどれか一つだけを書いてください', ctx.file, ctx.line);
  }
  if (spec.lexicon) {
    const entries = [...(spec.lexicon.words ?? [])];
    if (spec.lexicon.dict) entries.push(...loadDictionary(ctx.resolvePath(spec.lexicon.dict)));
    return compileLexicon(entries, spec.lexicon);
  }
  if (spec.pattern) return compilePattern(patternOptions(spec.pattern));
  return compileDetector(spec.detector!, ctx);
}

function patternOptions(spec: PatternSpec) {
  if (typeof spec === 'string') return { regex: [spec], layer: 'normalized' as const };
  if (Array.isArray(spec)) return { regex: spec, layer: 'normalized' as const };
  return { regex: typeof spec.regex === 'string' ? [spec.regex] : spec.regex, flags: spec.flags, layer: spec.layer };
}

/** A run-level detector's matcher, or undefined for an ordinary detector. */
function compileRunDetector(spec: RuleSpec, ctx: CompileContext): RunMatcher | undefined {
  const { name, rest } = detectorCall(spec.detector!);
  const detector = getDetector(name);
  if (!('scope' in detector) || detector.scope !== 'run') return undefined;
  if (spec.context || spec.unless) {
    throw new UserError(`検出器「${name}」は投稿どうしを比べるため、context・unless は使えません`, ctx.file, ctx.line);
  }
  return detector.create(detectorOptions(name, detector.options, rest, ctx), ctx);
}

function detectorCall(spec: DetectorSpec): { name: string; rest: Record<string, unknown> } {
  const { name, ...rest } = typeof spec === 'string' ? { name: spec } : spec;
  return { name, rest };
}

function compileDetector(spec: DetectorSpec, ctx: CompileContext): Matcher {
  const { name, rest } = detectorCall(spec);
  const detector = getDetector(name);
  if ('scope' in detector && detector.scope === 'run') {
    throw new UserError(`検出器「${name}」は投稿どうしを比べるため、requirement の中では使えません`, ctx.file, ctx.line);
  }
  const postDetector = detector as DetectorDefinition<unknown>;
  return postDetector.create(detectorOptions(name, postDetector.options, rest, ctx), ctx);
}

function detectorOptions<T>(name: string, schema: z.ZodType<T>, rest: Record<string, unknown>, ctx: CompileContext): T {
  const options = schema.safeParse(rest);
  if (!options.success) {
    const issue = options.error.issues[0]!;
    const where = issue.path.length > 0 ? `「${issue.path.join('.')}」: ` : '';
    throw new UserError(`検出器「${name}」の設定が正しくありません: ${where}${issue.message}`, ctx.file, ctx.line);
  }
  return options.data;
}

import type * as z from 'zod';
import type { WorkHoursSpec } from '../config/schema.js';
import type { Matcher, RunMatcher } from '../match/types.js';

/** The municipality's own contact points (config `official:`): never personal data. */
export interface OfficialContacts {
  readonly domains: readonly string[];
  readonly phones: readonly string[];
}

/** What a detector may know besides its options. */
export interface DetectorEnv {
  readonly official: OfficialContacts;
  /** Resolves a path written in the rule file (see resolveRulePath). */
  resolvePath(relative: string): string;
  /** Config `work_hours:`, when the project set it. */
  readonly workHours?: WorkHoursSpec;
}

/** Built-in code for what regular expressions can't do well, named from rule files. */
export interface DetectorDefinition<Options = unknown> {
  readonly name: string;
  /** One Japanese line for `sns-lint rules` and the README. */
  readonly description: string;
  readonly options: z.ZodType<Options>;
  create(options: Options, env: DetectorEnv): Matcher;
}

export function defineDetector<Options>(d: DetectorDefinition<Options>): DetectorDefinition<Options> {
  return d;
}

/** A detector that compares the posts of a run with each other (see RunMatcher). */
export interface RunDetectorDefinition<Options = unknown> {
  readonly name: string;
  readonly description: string;
  readonly scope: 'run';
  readonly options: z.ZodType<Options>;
  create(options: Options, env: DetectorEnv): RunMatcher;
}

export function defineRunDetector<Options>(d: Omit<RunDetectorDefinition<Options>, 'scope'>): RunDetectorDefinition<Options> {
  return { ...d, scope: 'run' };
}

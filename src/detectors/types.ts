import type * as z from 'zod';
import type { Matcher } from '../match/types.js';

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

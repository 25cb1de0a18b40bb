import type { Account } from './categories.js';
import { isCategory } from './categories.js';
import { loadConfig, type LoadedConfig } from './config/load.js';
import { UserError } from './errors.js';
import { createProjectFilter, type ProjectFilter } from './filter/project-filter.js';
import { SUPPRESSION_RULES } from './filter/suppression-notes.js';
import { loadProfile, type Profile } from './guidelines/profile.js';
import { loadRules, ruleFiles, type RuleSet } from './rules/load.js';

export interface SetupOptions {
  readonly config?: string;
  readonly account?: Account;
  readonly guideline?: string;
  readonly cwd: string;
}

/** What every command needs before it looks at a post: config, account, guideline, rules. */
export interface RunSetup {
  readonly config: LoadedConfig;
  readonly account: Account;
  readonly profile: Profile;
  readonly ruleSet: RuleSet;
  readonly filter: ProjectFilter;
}

export function prepareRun(options: SetupOptions): RunSetup {
  const config = loadConfig(options.config, options.cwd);
  const { spec } = config;
  const account = options.account ?? spec.account ?? 'official';
  const profile = options.guideline
    ? loadProfile(options.guideline, options.cwd)
    : spec.guideline
      ? loadProfile(isProfileId(spec.guideline) ? spec.guideline : config.resolve(spec.guideline))
      : loadProfile('default');
  const ruleSet = loadRules(
    ruleFiles((spec.rules ?? []).map(config.resolve)),
    { domains: spec.official?.domains ?? [], phones: spec.official?.phones ?? [] },
    { workHours: spec.work_hours },
  );
  checkRuleReferences(config, ruleSet);
  return { config, account, profile, ruleSet, filter: createProjectFilter(spec) };
}

function isProfileId(s: string): boolean {
  return /^[a-z0-9-]+$/.test(s);
}

/** A rule id or category in `disable:`, `severity:` or `allow:` that names nothing is a typo. */
function checkRuleReferences(config: LoadedConfig, ruleSet: RuleSet): void {
  const known = new Set([...ruleSet.rules.map((r) => r.id), ...Object.values(SUPPRESSION_RULES), 'suppression']);
  const check = (name: string, where: string) => {
    if (!known.has(name) && !isCategory(name)) {
      throw new UserError(`${where}の「${name}」はルール ID でもカテゴリでもありません`, config.file);
    }
  };
  const { spec } = config;
  spec.disable?.forEach((n) => check(n, 'disable '));
  Object.keys(spec.severity ?? {}).forEach((n) => check(n, 'severity '));
  spec.allow?.forEach((a) => a.rule && check(a.rule, 'allow '));
}

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import type { DetectorEnv, OfficialContacts } from '../detectors/types.js';
import { UnsafeRegexError } from '../match/regex.js';
import { SHIPPED_RULES_DIR } from '../paths.js';
import { auditRuleRegexes } from './audit-regexes.js';
import { loadYamlFile } from '../yaml/load-yaml.js';
import { compileRule, type CompiledRule } from './compile.js';
import { loadDictionary, resolveRulePath } from './dictionary.js';
import { RuleFileSpec } from './schema.js';

export interface RuleSet {
  readonly rules: readonly CompiledRule[];
  /** sha256 of every rule file and word list loaded: changes whenever a finding could. */
  readonly hash: string;
  /** Every word list the rules (and their detectors) read, resolved, in the order first read. */
  readonly wordLists: readonly string[];
}

/** The rule files of the shipped pack followed by the user's, files or folders. */
export function ruleFiles(extra: readonly string[] = []): string[] {
  return [SHIPPED_RULES_DIR, ...extra].flatMap(expandRulePath);
}

/** Rule files from paths that may be files or folders (the *.yaml files in them). */
export function expandRulePaths(paths: readonly string[]): string[] {
  return paths.flatMap(expandRulePath);
}

function expandRulePath(p: string): string[] {
  let stat;
  try {
    stat = statSync(p);
  } catch {
    throw new UserError('ルールファイルが見つかりません', p);
  }
  if (!stat.isDirectory()) return [p];
  return readdirSync(p)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => path.join(p, f));
}

export function loadRules(
  files: readonly string[],
  official: OfficialContacts,
  project: Pick<DetectorEnv, 'workHours'> = {},
): RuleSet {
  const hash = createHash('sha256');
  const rules: CompiledRule[] = [];
  const seen = new Map<string, string>();
  const wordLists = new Set<string>();
  for (const file of files) {
    const loaded = loadYamlFile(file, RuleFileSpec, {
      name: 'ルールファイル',
      shape: '「- id: カテゴリ/名前」で始まるルールの一覧を書いてください',
    });
    hash.update(`${file}\0${readFileSync(file)}\0`);
    loaded.value.forEach((spec, index) => {
      const line = loaded.lineOf([index]);
      const previous = seen.get(spec.id);
      if (previous) throw new UserError(`ルール ID「${spec.id}」が重複しています（先に ${previous} で定義）`, file, line);
      seen.set(spec.id, file);
      const resolvePath = (relative: string) => {
        const resolved = resolveRulePath(file, relative);
        wordLists.add(resolved);
        return resolved;
      };
      try {
        const rule = compileRule(spec, { file, line, official, resolvePath, ...project });
        // After compiling: safe-regex2 has refused the obvious cases and syntax errors cheaply.
        if (!isShipped(file)) auditRuleRegexes(spec);
        rules.push(rule);
      } catch (err) {
        // An error about another file (a word list) keeps its own line, not the rule's.
        if (err instanceof UserError) throw new UserError(err.message, err.file ?? file, err.file ? err.line : (err.line ?? line));
        if (err instanceof UnsafeRegexError) throw new UserError(`ルール「${spec.id}」: ${err.message}`, file, line);
        throw err;
      }
    });
  }
  // Each list once, in a fixed order: detectors that keep what they built between loads ask
  // for their lists a different number of times, and the hash must not depend on that.
  for (const list of [...wordLists].sort()) hash.update(`${list}\0${loadDictionary(list).join('\n')}\0`);
  return { rules, hash: hash.digest('hex'), wordLists: [...wordLists] };
}

function isShipped(file: string): boolean {
  return path.resolve(file).startsWith(SHIPPED_RULES_DIR + path.sep);
}

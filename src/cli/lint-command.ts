import path from 'node:path';
import { DEFAULT_CACHE_DIR, ResultCache } from '../cache/result-cache.js';
import type { Account } from '../categories.js';
import { UserError } from '../errors.js';
import { SUPPRESSION_RULES } from '../filter/suppression-notes.js';
import { collectInputs, displayPath } from '../input/collect.js';
import { lintFiles, type LintInput } from '../lint-files.js';
import { loadFormatter, type FormatName } from '../report/formatters/index.js';
import { summarize, SUPPRESSION_CATEGORY, type Report, type RuleDescriptor } from '../report/model.js';
import { prepareRun, type RunSetup } from '../setup.js';
import { getTokenizer } from '../tokenize/tokenizer.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { EXIT, readAll, type CliIo } from './io.js';
import { createProgress } from './progress.js';
import { writeFileAtomic } from './write-output.js';

export interface LintCommandOptions {
  readonly account?: Account;
  readonly guideline?: string;
  readonly format: FormatName;
  readonly output?: string;
  readonly config?: string;
  readonly maxWarnings?: number;
  readonly quiet: boolean;
  readonly now?: Date;
  readonly color: boolean;
  readonly cache: boolean;
  readonly cacheLocation?: string;
}

/** Shown for a post read from standard input. */
export const STDIN_NAME = '<stdin>';

export async function lintCommand(paths: readonly string[], options: LintCommandOptions, io: CliIo): Promise<number> {
  // The formatter, and without --cache the dictionary (a run with it may not need one), load
  // while the rules compile and the drafts are read.
  const formatterLoading = loadFormatter(options.format);
  formatterLoading.catch(() => {});
  if (!options.cache) getTokenizer().catch(() => {});
  const setupOptions = { config: options.config, account: options.account, guideline: options.guideline, cwd: io.cwd };
  const setup = prepareRun(setupOptions);
  const inputs = await lintInputs(paths, io);
  const linterSetup = {
    ...setup,
    rules: setup.ruleSet.rules,
    now: options.now,
    platform: setup.config.spec.platform,
  };
  const cacheDir = path.resolve(io.cwd, options.cacheLocation ?? DEFAULT_CACHE_DIR);
  const cache = options.cache
    ? new ResultCache(
        cacheDir,
        {
          toolVersion: TOOL_VERSION,
          rulesHash: setup.ruleSet.hash,
          config: setup.config.spec,
          account: setup.account,
          platform: setup.config.spec.platform,
          now: options.now,
        },
        setup.ruleSet.rules,
      )
    : undefined;

  const progress = createProgress(io, inputs.length);
  // Told after the bar is gone, so that the bar never runs through them.
  const problems: string[] = [];
  let results;
  try {
    results = await lintFiles(inputs, {
      setup: linterSetup,
      tokenizer: getTokenizer,
      batch: { setup: setupOptions, rulesHash: setup.ruleSet.hash },
      cache,
      onFile: () => progress.tick(),
      onProblem: ({ file, problem }) => problems.push(`${TOOL_NAME}: ${file}${problem.line ? `:${problem.line}` : ''}: ${problem.message}\n`),
    });
  } finally {
    progress.done();
  }
  problems.forEach((line) => io.writeError(line));
  const cacheProblem = cache?.save(io.cwd);
  if (cacheProblem) io.writeError(`${TOOL_NAME}: ${cacheProblem}\n`);

  if (options.quiet) {
    results = results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') }));
  }
  const report: Report = {
    tool: { name: TOOL_NAME, version: TOOL_VERSION, rulesHash: setup.ruleSet.hash },
    guideline: { id: setup.profile.id, name: setup.profile.name },
    account: setup.account,
    rules: ruleDescriptors(setup),
    results,
    summary: summarize(results),
  };
  const toFile = options.output !== undefined;
  const color = options.color && !toFile && io.stdoutIsTTY && !('NO_COLOR' in io.env);
  const text = (await formatterLoading)(report, { color });
  if (toFile) writeFileAtomic(path.resolve(io.cwd, options.output!), text);
  else io.write(text);
  return exitCode(report, options.maxWarnings);
}

function exitCode(report: Report, maxWarnings: number | undefined): number {
  if (report.results.some((r) => r.problem && r.problem.kind !== 'binary')) return EXIT.usage;
  if (report.summary.errors > 0) return EXIT.findings;
  if (maxWarnings !== undefined && report.summary.warnings > maxWarnings) return EXIT.findings;
  return EXIT.ok;
}

/** Every rule of the run, and the linter's own notes about suppressions, for formats that list rules. */
function ruleDescriptors(setup: RunSetup): RuleDescriptor[] {
  const rules = setup.ruleSet.rules.map(
    (rule): RuleDescriptor => ({
      id: rule.id,
      category: rule.category,
      severity: { official: rule.severityFor('official'), private: rule.severityFor('private') },
      message: rule.spec.message,
      ...(rule.spec.suggestion ? { suggestion: rule.spec.suggestion } : {}),
      clauses: setup.profile.citationsFor(rule.spec.clause ?? rule.category, setup.account),
    }),
  );
  const note = (id: string, message: string): RuleDescriptor => ({
    id,
    category: SUPPRESSION_CATEGORY,
    severity: { official: 'warning', private: 'warning' },
    message,
    clauses: [],
  });
  return [
    ...rules,
    note(SUPPRESSION_RULES.withoutReason, '理由（reason）のない抑制は効きません。'),
    note(SUPPRESSION_RULES.unused, '何も抑制していない抑制があります。'),
  ];
}

/** Files, folders and globs from the command line; "-", or no path with piped input, is stdin. */
async function lintInputs(paths: readonly string[], io: CliIo): Promise<LintInput[]> {
  const wantsStdin = paths.includes('-') || (paths.length === 0 && !io.stdin.isTTY);
  if (paths.length === 0 && !wantsStdin) {
    throw new UserError('点検するファイルを指定してください（使い方: sns-lint --help）');
  }
  const inputs: LintInput[] = [];
  if (wantsStdin) {
    const bytes = await readAll(io.stdin);
    if (paths.length === 0 && bytes.length === 0) {
      throw new UserError('標準入力が空です。点検するファイルを指定するか、本文を標準入力に渡してください');
    }
    inputs.push({ name: STDIN_NAME, bytes });
  }
  const { files, unreadable } = await collectInputs(
    paths.filter((p) => p !== '-'),
    io.cwd,
  );
  for (const file of files) inputs.push({ name: displayPath(file, io.cwd), path: file });
  for (const u of unreadable) inputs.push({ name: displayPath(u.path, io.cwd), problem: { kind: 'unreadable', message: u.message } });
  return inputs;
}

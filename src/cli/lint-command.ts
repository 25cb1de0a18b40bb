import { lintBatch } from '../batch/lint-batch.js';
import type { Account } from '../categories.js';
import { UserError } from '../errors.js';
import { collectFiles, displayPath } from '../input/collect.js';
import { readPosts, type ReadResult } from '../input/read-posts.js';
import { loadFormatter, type FormatName } from '../report/formatters/index.js';
import { summarize, type FileResult, type Report } from '../report/model.js';
import { prepareRun } from '../setup.js';
import { getTokenizer } from '../tokenize/tokenizer.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { EXIT, readAll, type CliIo } from './io.js';
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
}

/** Shown for a post read from standard input. */
export const STDIN_NAME = '<stdin>';

export async function lintCommand(paths: readonly string[], options: LintCommandOptions, io: CliIo): Promise<number> {
  // The dictionary and the formatter load while the rules compile and the drafts are read.
  const tokenizerLoading = getTokenizer();
  const formatterLoading = loadFormatter(options.format);
  tokenizerLoading.catch(() => {});
  formatterLoading.catch(() => {});
  const setupOptions = { config: options.config, account: options.account, guideline: options.guideline, cwd: io.cwd };
  const setup = prepareRun(setupOptions);
  const inputs = await readInputs(paths, io);
  const tokenizer = await tokenizerLoading;
  const linterSetup = { ...setup, rules: setup.ruleSet.rules, tokenizer, now: options.now };
  const linted = await lintBatch(
    inputs.flatMap((input) => (input.ok ? input.posts : [])),
    linterSetup,
    { setup: setupOptions },
  );

  const results: FileResult[] = [];
  let next = 0;
  for (const input of inputs) {
    if (!input.ok) {
      io.writeError(`${TOOL_NAME}: ${input.file}: ${input.problem.message}\n`);
      results.push({ file: input.file, account: setup.account, findings: [], displaySource: '', problem: input.problem });
      continue;
    }
    for (let k = 0; k < input.posts.length; k++) {
      const result = linted[next++]!;
      results.push(options.quiet ? { ...result, findings: result.findings.filter((f) => f.severity === 'error') } : result);
    }
  }

  const report: Report = {
    tool: { name: TOOL_NAME, version: TOOL_VERSION, rulesHash: setup.ruleSet.hash },
    guideline: { id: setup.profile.id, name: setup.profile.name },
    results,
    summary: summarize(results),
  };
  const toFile = options.output !== undefined;
  const color = options.color && !toFile && io.stdoutIsTTY && !('NO_COLOR' in io.env);
  const text = (await formatterLoading)(report, { color });
  if (toFile) writeFileAtomic(options.output!, text);
  else io.write(text);
  return exitCode(report, options.maxWarnings);
}

function exitCode(report: Report, maxWarnings: number | undefined): number {
  if (report.results.some((r) => r.problem && r.problem.kind !== 'binary')) return EXIT.usage;
  if (report.summary.errors > 0) return EXIT.findings;
  if (maxWarnings !== undefined && report.summary.warnings > maxWarnings) return EXIT.findings;
  return EXIT.ok;
}

/** Files, folders and globs from the command line; "-", or no path with piped input, is stdin. */
async function readInputs(paths: readonly string[], io: CliIo): Promise<ReadResult[]> {
  const wantsStdin = paths.includes('-') || (paths.length === 0 && !io.stdin.isTTY);
  if (paths.length === 0 && !wantsStdin) {
    throw new UserError('点検するファイルを指定してください（使い方: sns-lint --help）');
  }
  const results: ReadResult[] = [];
  if (wantsStdin) {
    const bytes = await readAll(io.stdin);
    if (paths.length === 0 && bytes.length === 0) {
      throw new UserError('標準入力が空です。点検するファイルを指定するか、本文を標準入力に渡してください');
    }
    results.push(await readPosts(STDIN_NAME, STDIN_NAME, bytes));
  }
  const files = await collectFiles(
    paths.filter((p) => p !== '-'),
    io.cwd,
  );
  for (const file of files) results.push(await readPosts(file, displayPath(file, io.cwd)));
  return results;
}

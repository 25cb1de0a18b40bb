import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_CACHE_DIR } from '../cache/result-cache.js';
import { ACCOUNTS } from '../categories.js';
import { UserError } from '../errors.js';
import { FORMAT_NAMES } from '../report/formatters/index.js';
import { SHIPPED_PROFILES } from '../guidelines/profile.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { japaneseHelp, translateCommanderError } from './commander-ja.js';
import { parseReferenceDate } from './dates.js';
import { EXIT, type CliIo } from './io.js';
import type { LintCommandOptions } from './lint-command.js';

const HELP_AFTER = `
例:
  $ sns-lint draft.txt                         下書きを点検する
  $ sns-lint --guideline akita posts/          フォルダ内の下書きを秋田県のガイドラインで点検する
  $ sns-lint --account private memo.txt        私的アカウントの投稿として点検する
  $ cat draft.txt | sns-lint --format json     標準入力の本文を点検し、JSON で出力する
  $ sns-lint --format sarif -o sns-lint.sarif posts/   CI 用: SARIF に書き出す（GitHub code scanning）
  $ sns-lint --format github --cache posts/   CI 用: プルリクエストに注釈を付ける

終了コード:
  0  エラーなし（警告は --max-warnings 以内）
  1  エラー、または --max-warnings を超える警告がある
  2  使い方の誤り、読めない入力、設定・ルール・ガイドラインの誤り
`;

/**
 * Builds the command line. Each action records its exit code in `result`, and loads its
 * command only when run: `sns-lint --help` need not load the linter, nor a lint run `init`.
 */
function buildProgram(io: CliIo, result: { code: number }): Command {
  const program = new Command(TOOL_NAME)
    .description('SNS 投稿の下書きを、自治体のソーシャルメディア利用ガイドラインの条項に照らして点検します。')
    .enablePositionalOptions()
    .configureHelp(japaneseHelp)
    .helpOption('-h, --help', 'このヘルプを表示する')
    .helpCommand('help [command]', 'コマンドのヘルプを表示する')
    .version(TOOL_VERSION, '-v, --version', 'バージョンを表示する')
    .argument('[paths...]', '点検するファイル・フォルダ・glob（.txt .md .csv）。"-" で標準入力')
    .addOption(accountOption())
    .addOption(guidelineOption())
    .addOption(new Option('--format <format>', '出力形式').choices(FORMAT_NAMES).default('stylish'))
    .option('-o, --output <file>', 'レポートをファイルに書き出す（終了コードは変わらない）')
    .option('--config <file>', '設定ファイル（既定: 作業フォルダから上にたどって .sns-lint.yaml / sns-lint.config.yaml）')
    .option('--max-warnings <n>', '警告がこの数を超えたら終了コード 1', parseCount)
    .option('--quiet', 'エラーだけを表示する', false)
    .option('--now <date>', '基準日時（年のない日付・勤務時間の判定に使う。既定: 投稿予定日時、なければ現在）', (v) =>
      parseReferenceDate(v),
    )
    .option('--cache', '前回から変わっていないファイルは点検し直さず、前回の結果を使う', false)
    .option('--cache-location <dir>', `キャッシュを置くフォルダ（既定: ${DEFAULT_CACHE_DIR}）`)
    .option('--no-color', '色を付けない（環境変数 NO_COLOR でも同じ）')
    .addHelpText('after', HELP_AFTER)
    .action(async (paths: string[], options: LintCommandOptions) => {
      const { lintCommand } = await import('./lint-command.js');
      result.code = await lintCommand(paths, options, io);
    });

  program
    .command('rules')
    .description('ルールの一覧を、カテゴリ・重大度・根拠となる条項とともに表示する')
    .addOption(guidelineOption())
    .addOption(accountOption())
    .option('--config <file>', '設定ファイル')
    .addOption(new Option('--format <format>', '出力形式').choices(['table', 'json']).default('table'))
    .action(async (options) => {
      const { rulesCommand } = await import('./rules-command.js');
      result.code = rulesCommand(options, io);
    });

  program
    .command('test-rules')
    .description('ルールファイルに書かれた例（examples）でルールを検査する')
    .argument('[paths...]', 'ルールファイルまたはフォルダ（既定: 同梱のルール）')
    .action(async (paths: string[]) => {
      const { testRulesCommand } = await import('./test-rules-command.js');
      result.code = await testRulesCommand(paths, io);
    });

  program
    .command('init')
    .description('説明付きの設定ファイル .sns-lint.yaml を作業フォルダに作る')
    .option('--force', '既存の設定ファイルを上書きする', false)
    .action(async (options: { force: boolean }) => {
      const { initCommand } = await import('./init-command.js');
      result.code = initCommand(options, io);
    });

  for (const command of [program, ...program.commands]) {
    command
      .configureHelp(japaneseHelp)
      .helpOption('-h, --help', 'このヘルプを表示する')
      .exitOverride()
      .configureOutput({ writeOut: (s) => io.write(s), writeErr: () => {}, outputError: () => {} });
  }
  return program;
}

function accountOption(): Option {
  return new Option('--account <account>', 'アカウントの種類（official: 公式 / private: 職員の私的利用）').choices([...ACCOUNTS]);
}

function guidelineOption(): Option {
  return new Option('--guideline <id|file>', `ガイドライン（${SHIPPED_PROFILES.join(' | ')}、またはプロファイルのファイル。既定: default）`);
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`--max-warnings には 0 以上の整数を指定してください（「${value}」）`);
  return Number(value);
}

/** Runs the command line; returns the exit code. User errors are one Japanese line on stderr. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const result = { code: EXIT.ok as number };
  const program = buildProgram(io, result);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return result.code;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') {
        return EXIT.ok;
      }
      io.writeError(`${TOOL_NAME}: ${translateCommanderError(err)}\n`);
      return EXIT.usage;
    }
    if (err instanceof UserError) {
      io.writeError(`${TOOL_NAME}: ${err.format()}\n`);
      return EXIT.usage;
    }
    throw err;
  }
}

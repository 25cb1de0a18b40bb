import { createRequire } from 'node:module';
import type { CliIo } from './io.js';

const require = createRequire(import.meta.url);

/** Below this many files a run is over before a bar would help. */
export const PROGRESS_MIN_FILES = 10;

/** Variables CI services set (the ones ci-info checks first); read from the injected environment. */
const CI_VARIABLES = ['CI', 'CONTINUOUS_INTEGRATION', 'BUILD_NUMBER', 'RUN_ID', 'GITHUB_ACTIONS', 'GITLAB_CI', 'TF_BUILD', 'JENKINS_URL', 'BUILDKITE', 'CIRCLECI', 'TRAVIS'];

export function isCi(env: NodeJS.ProcessEnv): boolean {
  if (env.CI === 'false' || env.CI === '0') return false;
  return CI_VARIABLES.some((name) => env[name] !== undefined && env[name] !== '');
}

export interface Progress {
  tick(): void;
  /** Clears the bar, so that nothing of it is left above the report. */
  done(): void;
}

const SILENT: Progress = { tick: () => {}, done: () => {} };

/**
 * A progress bar on standard error while many files are linted, for a person at a terminal
 * only: never when standard error is a pipe or a file, in CI logs, or on a dumb terminal.
 */
export function createProgress(io: CliIo, total: number): Progress {
  if (total < PROGRESS_MIN_FILES || !io.stderrIsTTY || isCi(io.env) || io.env.TERM === 'dumb') return SILENT;
  const cliProgress = require('cli-progress') as typeof import('cli-progress');
  const stream = { isTTY: true, columns: io.stderrColumns ?? 80, write: (s: string) => (io.writeError(s), true) };
  const bar = new cliProgress.SingleBar(
    {
      stream: stream as unknown as NodeJS.WriteStream,
      format: '点検中 [{bar}] {value}/{total} ファイル',
      barsize: 30,
      hideCursor: true,
      clearOnComplete: true,
      noTTYOutput: false,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return { tick: () => bar.increment(), done: () => bar.stop() };
}

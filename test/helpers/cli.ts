import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = path.join(ROOT, 'bin', 'sns-lint.js');

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built command as a user would, in `cwd`, with optional standard input. */
export function runCli(args: readonly string[], options: { cwd?: string; input?: string | Buffer; env?: NodeJS.ProcessEnv } = {}): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    encoding: 'utf8',
    // The default 1 MiB would kill a run reporting on many files (code null, output cut off).
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * {@link runCli} without blocking the test worker while the process runs: long runs (thousands
 * of files, megabytes of text) would otherwise starve the worker's messages to the test runner.
 * `shell` runs a command line through `sh -c`, in which `"$NODE" "$SNS_LINT"` is the command.
 */
export function runCliAsync(
  args: readonly string[],
  options: { cwd?: string; input?: string | Buffer; env?: NodeJS.ProcessEnv; shell?: string; killAfterMs?: number } = {},
): Promise<CliRun> {
  const env = { ...process.env, NO_COLOR: '1', ...options.env, NODE: process.execPath, SNS_LINT: BIN };
  // A run that hangs is killed (its code is then null), so that a test can fail instead of wait.
  const spawnOptions = { cwd: options.cwd ?? ROOT, env, timeout: options.killAfterMs ?? 120_000 };
  const child = options.shell ? spawn('sh', ['-c', options.shell], spawnOptions) : spawn(process.execPath, [BIN, ...args], spawnOptions);
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (c: Buffer) => stdout.push(c));
  child.stderr.on('data', (c: Buffer) => stderr.push(c));
  child.stdin.on('error', () => {}); // a process that exits without reading its input
  child.stdin.end(options.input ?? '');
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ code, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') }),
    );
  });
}

/** A fresh folder with the given files (paths relative to it; string or bytes). */
export function makeTree(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sns-lint-test-'));
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return dir;
}


/** The world a command runs in: injectable so tests can run commands in-process too. */
export interface CliIo {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  write(text: string): void;
  writeError(text: string): void;
  /** Whether standard output is a terminal (for colour). */
  readonly stdoutIsTTY: boolean;
  /** Whether standard error is a terminal (for the progress bar), and its width. */
  readonly stderrIsTTY?: boolean;
  readonly stderrColumns?: number;
}

export function processIo(): CliIo {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdin: process.stdin,
    write: (text) => process.stdout.write(text),
    writeError: (text) => process.stderr.write(text),
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    stderrColumns: process.stderr.columns,
  };
}

export async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

/** Exit codes (DESIGN.md): 0 clean, 1 findings over the line, 2 usage or input error. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

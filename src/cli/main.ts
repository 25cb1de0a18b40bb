import { processIo } from './io.js';
import { run } from './program.js';

/** The executable's entry: unexpected failures are reported as a bug, with the stack. */
export async function main(): Promise<void> {
  try {
    process.exitCode = await run(process.argv.slice(2), processIo());
  } catch (err) {
    process.stderr.write(
      `sns-lint: 予期しないエラーが発生しました。お手数ですが、この出力を添えて報告してください。\n${(err as Error)?.stack ?? String(err)}\n`,
    );
    process.exitCode = 2;
  }
}

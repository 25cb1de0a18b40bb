import { renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';

/**
 * Writes a report file atomically: to a temporary file beside it, then renamed over it, so a
 * crash never leaves half a report for CI to upload.
 */
export function writeFileAtomic(file: string, content: string): void {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, content);
    renameSync(temp, file);
  } catch (err) {
    rmSync(temp, { force: true });
    const code = (err as NodeJS.ErrnoException).code;
    throw new UserError(`レポートを書き込めません（${code ?? String(err)}）`, file);
  }
}

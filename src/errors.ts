/**
 * A mistake of the user's (a missing file, a bad option, a broken config or rule file): shown
 * as one Japanese line, never a stack trace, and the run exits 2.
 */
export class UserError extends Error {
  constructor(
    message: string,
    /** The file the mistake is in, and the 1-based line where known. */
    readonly file?: string,
    readonly line?: number,
  ) {
    super(message);
    this.name = 'UserError';
  }

  /** "file:line: message", as compilers and linters print it. */
  format(): string {
    if (!this.file) return this.message;
    return `${this.file}${this.line ? `:${this.line}` : ''}: ${this.message}`;
  }
}

/** A file-system error in words a user can act on. */
export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'ファイルが見つかりません';
    case 'EACCES':
    case 'EPERM':
      return '読み取る権限がありません';
    case 'EISDIR':
      return 'フォルダです';
    case 'ELOOP':
      return 'シンボリックリンクが循環しています';
    default:
      return code ?? String(err);
  }
}

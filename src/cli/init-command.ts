import { copyFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { CONFIG_NAMES } from '../config/load.js';
import { UserError } from '../errors.js';
import { PACKAGE_ROOT } from '../paths.js';
import { EXIT, type CliIo } from './io.js';

/** `sns-lint init`: writes a commented starter config into the working directory. */
export function initCommand(options: { force: boolean }, io: CliIo): number {
  const target = path.join(io.cwd, CONFIG_NAMES[0]);
  if (existsSync(target) && !options.force) {
    throw new UserError('設定ファイルはすでにあります（上書きするには --force）', CONFIG_NAMES[0]);
  }
  copyFileSync(path.join(PACKAGE_ROOT, 'templates', 'sns-lint.yaml'), target);
  io.write(`${CONFIG_NAMES[0]} を作成しました。ガイドラインとアカウントを確認してください。\n`);
  return EXIT.ok;
}

import { existsSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import { loadYamlFile } from '../yaml/load-yaml.js';
import * as z from 'zod';
import { ConfigSpec } from './schema.js';

/** An empty config file is a valid, empty config. */
const ConfigFileSpec = z.preprocess((v) => v ?? {}, ConfigSpec);

export const CONFIG_NAMES = ['.sns-lint.yaml', 'sns-lint.config.yaml'] as const;

export interface LoadedConfig {
  readonly spec: ConfigSpec;
  /** The config file, or undefined when none was found. */
  readonly file?: string;
  /** Resolves a path written in the config, relative to the config file. */
  resolve(p: string): string;
}

/** The nearest config file from `startDir` upward, or undefined. */
export function findConfig(startDir: string): string | undefined {
  let dir = path.resolve(startDir);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const candidate = path.join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** `--config` when given (it must exist), else the nearest config file, else an empty config. */
export function loadConfig(explicit: string | undefined, cwd = process.cwd()): LoadedConfig {
  const file = explicit ? path.resolve(cwd, explicit) : findConfig(cwd);
  if (explicit && !existsSync(file!)) throw new UserError('設定ファイルが見つかりません', explicit);
  if (!file) return { spec: {}, resolve: (p) => path.resolve(cwd, p) };
  const spec = loadYamlFile(file, ConfigFileSpec, {
    name: '設定ファイル',
    shape: '「guideline: akita」のような「キー: 値」の形で書いてください（sns-lint init でひな形を作れます）',
  }).value;
  const dir = path.dirname(file);
  return { spec, file, resolve: (p) => path.resolve(dir, p) };
}

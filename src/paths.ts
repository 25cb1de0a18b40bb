import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root: where the shipped rules/, dict/ and guidelines/ live. */
export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const SHIPPED_RULES_DIR = path.join(PACKAGE_ROOT, 'rules');
export const SHIPPED_DICT_DIR = path.join(PACKAGE_ROOT, 'dict');
export const SHIPPED_GUIDELINES_DIR = path.join(PACKAGE_ROOT, 'guidelines');

import type { Formatter } from './types.js';

/**
 * Formatters by name, each loaded only when a run asks for it: the stylish one brings chalk
 * and string-width, which a run writing JSON for CI never needs.
 */
const LOADERS = {
  stylish: async () => (await import('./stylish.js')).formatStylish,
  json: async () => (await import('./json.js')).formatJson,
  sarif: async () => (await import('./sarif.js')).formatSarif,
  github: async () => (await import('./github.js')).formatGithub,
} as const satisfies Record<string, () => Promise<Formatter>>;

export type FormatName = keyof typeof LOADERS;
export const FORMAT_NAMES = Object.keys(LOADERS) as FormatName[];

export function loadFormatter(name: FormatName): Promise<Formatter> {
  return LOADERS[name]();
}

import { getDetector } from '../../src/detectors/index.js';
import type { OfficialContacts } from '../../src/detectors/types.js';
import type { Account } from '../../src/categories.js';
import { resolveRulePath } from '../../src/rules/dictionary.js';
import { ROOT } from './cli.js';
import { doc } from './doc.js';

export interface DetectOptions {
  readonly options?: Record<string, unknown>;
  readonly official?: Partial<OfficialContacts>;
  readonly account?: Account;
}

/** Runs a built-in detector as a shipped rule would (dict paths from the package), on one post. */
export async function detect(name: string, text: string, how: DetectOptions = {}) {
  const detector = getDetector(name);
  if ('scope' in detector) throw new Error(`${name} compares posts of a run; test it through the CLI`);
  const matcher = detector.create(detector.options.parse(how.options ?? {}), {
    official: { domains: how.official?.domains ?? [], phones: how.official?.phones ?? [] },
    resolvePath: (p: string) => resolveRulePath(`${ROOT}/rules/x.yaml`, p),
  });
  return matcher(await doc(text, how.account)).map((m) => ({ text: text.slice(m.start, m.end), vars: m.vars ?? {} }));
}

/** The matched texts only. */
export async function found(name: string, text: string, how: DetectOptions = {}): Promise<string[]> {
  return (await detect(name, text, how)).map((m) => m.text);
}

import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Account } from '../categories.js';
import { UserError } from '../errors.js';
import { SHIPPED_GUIDELINES_DIR } from '../paths.js';
import { loadYamlFile } from '../yaml/load-yaml.js';
import { LawSpec, ProfileSpec, type CitationSpec } from './schema.js';

/** A clause as a report cites it; `guideline` is the profile id, or "law" for the statute. */
export interface Citation {
  readonly guideline: string;
  readonly id: string;
  readonly title: string;
}

export interface Profile {
  readonly id: string;
  readonly name: string;
  readonly version?: string;
  readonly file: string;
  /**
   * The clauses a finding cites: those under `key` ("personal-info/portrait") when the
   * profile has them, else those of its category.
   */
  citationsFor(key: string, account: Account): readonly Citation[];
}

export const SHIPPED_PROFILES = ['default', 'bibai', 'akita', 'kamitonda', 'musashino', 'tatsuno'] as const;

/** `--guideline` takes a shipped profile id or the path of a user's profile file. */
export function loadProfile(idOrPath: string, baseDir = process.cwd()): Profile {
  if (/^[a-z0-9-]+$/.test(idOrPath) && !/\.ya?ml$/.test(idOrPath)) {
    const file = path.join(SHIPPED_GUIDELINES_DIR, `${idOrPath}.yaml`);
    if (!existsSync(file) || idOrPath === 'law') {
      throw new UserError(
        `ガイドライン「${idOrPath}」はありません。${SHIPPED_PROFILES.join('・')} のどれか、またはプロファイルのファイルを指定してください`,
      );
    }
    return loadProfileFile(file);
  }
  const file = path.resolve(baseDir, idOrPath);
  if (!existsSync(file)) throw new UserError('ガイドラインのファイルが見つかりません', idOrPath);
  return loadProfileFile(file);
}

export function loadProfileFile(file: string): Profile {
  const { value: spec, lineOf } = loadYamlFile(file, ProfileSpec, {
    name: 'ガイドラインのプロファイル',
    shape: 'id・name・categories を書いた YAML ファイル（guidelines/*.yaml と同じ形）を指定してください',
  });
  const laws = loadLaws();
  const resolved = new Map<string, Record<Account, Citation[]>>();
  for (const [key, entry] of Object.entries(spec.categories)) {
    const lists = 'both' in entry ? { official: entry.both, private: entry.both } : entry;
    const cite = (list: readonly CitationSpec[], account: Account) =>
      list.map((c, i): Citation => {
        if (!('law' in c)) return { guideline: spec.id, id: c.id, title: c.title };
        const law = laws.get(c.law);
        if (!law) {
          const where = 'both' in entry ? ['categories', key, 'both', i] : ['categories', key, account, i];
          throw new UserError(`法令「${c.law}」は登録されていません（${[...laws.keys()].join('・')}）`, file, lineOf(where));
        }
        return law;
      });
    resolved.set(key, { official: cite(lists.official, 'official'), private: cite(lists.private, 'private') });
  }
  return {
    id: spec.id,
    name: spec.name,
    version: spec.version,
    file,
    citationsFor(key, account) {
      const entry = resolved.get(key) ?? resolved.get(key.split('/')[0]!);
      return entry ? entry[account] : [];
    },
  };
}

let lawCache: Map<string, Citation> | undefined;

/** The statute articles profiles cite by id (guidelines/law.yaml). */
function loadLaws(): Map<string, Citation> {
  lawCache ??= new Map(
    loadYamlFile(path.join(SHIPPED_GUIDELINES_DIR, 'law.yaml'), LawSpec).value.map((l) => [
      l.id,
      { guideline: 'law', id: l.id, title: l.title },
    ]),
  );
  return lawCache;
}

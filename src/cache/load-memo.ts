import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod';

/**
 * What `npm run build` works out of the shipped rule and guideline files, so that a run does
 * not parse ~100 KB of YAML and analyse ~700 regular expressions again every time it starts:
 * each YAML file's data (keyed by a hash of its bytes, so an edited file is parsed as usual),
 * and for each expression whether it was found safe and which strings it needs. Written
 * beside the compiled code by the build (scripts/write-load-memo.mjs); a memo made by other
 * code than the running one (its fingerprint differs) is ignored.
 */
export interface LoadMemo {
  readonly yaml: Map<string, MemoYaml>;
  readonly safeRegexes: Set<string>;
  readonly requiredLiterals: Map<string, string[] | null>;
}

/** A YAML file as plain data, with the line of each top-level entry. */
export interface MemoYaml {
  readonly data: unknown;
  readonly lines: Readonly<Record<string, number>>;
}

const MemoFileSpec = z.object({
  fingerprint: z.string(),
  yaml: z.record(z.string(), z.object({ data: z.unknown(), lines: z.record(z.string(), z.number()) })),
  safeRegexes: z.array(z.string()),
  requiredLiterals: z.record(z.string(), z.array(z.string()).nullable()),
});

const MEMO_FILE = fileURLToPath(new URL('../load-memo.json', import.meta.url));

/** The code whose results the memo holds, and the parsers it used. */
const CODE_EXT = path.extname(fileURLToPath(import.meta.url)); // .ts when tests run the sources
const FINGERPRINTED_CODE = ['../match/required-literals', '../match/regex', '../yaml/load-yaml'].map((f) => f + CODE_EXT);
const FINGERPRINTED_PACKAGES = ['yaml', '@eslint-community/regexpp', 'safe-regex2'];

const UNKNOWN = 'unknown';

let current: LoadMemo | undefined;
/** True while the build fills the memo: only then are YAML files remembered. */
let recording = false;

/** The memo of this process: read from the build's file once, else empty (filled as work is done). */
export function loadMemo(): LoadMemo {
  current ??= readMemoFile() ?? { yaml: new Map(), safeRegexes: new Set(), requiredLiterals: new Map() };
  return current;
}

export function isRecordingLoadMemo(): boolean {
  return recording;
}

/** For the build: start an empty memo that remembers every YAML file loaded from now on. */
export function startLoadMemo(): void {
  current = { yaml: new Map(), safeRegexes: new Set(), requiredLiterals: new Map() };
  recording = true;
}

/** For tests: use `memo` from now on (undefined: read the build's again when next asked). */
export function useLoadMemo(memo: LoadMemo | undefined): void {
  current = memo;
  recording = false;
}

/** For the build: writes what was remembered since startLoadMemo. */
export function writeLoadMemo(file = MEMO_FILE): void {
  const memo = loadMemo();
  const json = {
    fingerprint: fingerprint(),
    yaml: Object.fromEntries(memo.yaml),
    safeRegexes: [...memo.safeRegexes].sort(),
    requiredLiterals: Object.fromEntries(memo.requiredLiterals),
  };
  writeFileSync(file, `${JSON.stringify(json)}\n`);
}

export function sourceHash(source: string): string {
  return createHash('sha256').update(source).digest('hex');
}

/** The memo `file` holds, if it is one made by this code. */
export function readMemoFile(file = MEMO_FILE): LoadMemo | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined; // not built (tests run the sources) or unreadable: work everything out
  }
  const parsed = MemoFileSpec.safeParse(raw);
  if (!parsed.success || parsed.data.fingerprint === UNKNOWN || parsed.data.fingerprint !== fingerprint()) return undefined;
  const { yaml, safeRegexes, requiredLiterals } = parsed.data;
  return {
    yaml: new Map(Object.entries(yaml).map(([k, v]) => [k, { data: v.data, lines: v.lines }])),
    safeRegexes: new Set(safeRegexes),
    requiredLiterals: new Map(Object.entries(requiredLiterals)),
  };
}

function fingerprint(): string {
  const hash = createHash('sha256');
  const require = createRequire(import.meta.url);
  try {
    for (const file of FINGERPRINTED_CODE) hash.update(readFileSync(new URL(file, import.meta.url))).update('\0');
    for (const pkg of FINGERPRINTED_PACKAGES) hash.update(`${pkg}@${(require(`${pkg}/package.json`) as { version: string }).version}\0`);
  } catch {
    return UNKNOWN;
  }
  return hash.digest('hex');
}

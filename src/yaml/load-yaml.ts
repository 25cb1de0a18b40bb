import { createRequire } from 'node:module';
import type { Document, Node } from 'yaml';
import * as z from 'zod';
import { isRecordingLoadMemo, loadMemo, sourceHash } from '../cache/load-memo.js';
import { UserError } from '../errors.js';
import { readTextFileSync } from '../input/read-text-file.js';

z.config(z.locales.ja());

const require = createRequire(import.meta.url);
/** The YAML library, loaded when a file is parsed: not at all when every file is in the memo. */
const yamlLib = () => require('yaml') as typeof import('yaml');

/** A YAML file parsed and validated, with the means to say where in it something was. */
export interface LoadedYaml<T> {
  readonly value: T;
  readonly file: string;
  /** 1-based line of the node at `path` in the file, when it can be found. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
  /** Offsets in the source of the node at `path` (its value), when it is there. */
  rangeOf(path: readonly PropertyKey[]): { start: number; end: number } | undefined;
}

/**
 * Reads a YAML file and validates it; any problem is a UserError naming the file and line.
 * `kind` says what the file should have been ("ガイドラインのプロファイル"), for when it is
 * something else altogether (an empty file, a list, another kind of file).
 */
export function loadYamlFile<S extends z.ZodType>(file: string, schema: S, kind?: YamlKind): LoadedYaml<z.output<S>> {
  const source = readTextFileSync(file);
  const memo = loadMemo().yaml;
  const key = sourceHash(source);
  const stored = memo.get(key);
  if (stored) {
    // The same bytes as a file the build parsed: its data, validated as any file's is. Where
    // anything but a top-level entry is, and any error's wording, come from parsing it after all.
    const parsed = schema.safeParse(stored.data);
    if (parsed.success) {
      let full: LoadedYaml<z.output<S>> | undefined;
      const parse = () => (full ??= parseYaml(source, file, schema, kind));
      return {
        value: parsed.data,
        file,
        lineOf: (path) => (path.length === 1 ? stored.lines[String(path[0])] : undefined) ?? parse().lineOf(path),
        rangeOf: (path) => parse().rangeOf(path),
      };
    }
    return parseYaml(source, file, schema, kind);
  }
  const { loaded, data } = parseYamlWithData(source, file, schema, kind);
  if (isRecordingLoadMemo() && isPlainData(data) && data && typeof data === 'object') {
    const lines: Record<string, number> = {};
    for (const k of Object.keys(data)) {
      const line = loaded.lineOf([Array.isArray(data) ? Number(k) : k]);
      if (line !== undefined) lines[k] = line;
    }
    memo.set(key, { data, lines });
  }
  return loaded;
}

/** Data that JSON gives back as it was (no Infinity, no dates, no maps with odd keys). */
function isPlainData(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return value.every(isPlainData);
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) return Object.values(value).every(isPlainData);
  return false;
}

/** What a YAML file should be, and what its top level looks like, for error messages. */
export interface YamlKind {
  readonly name: string;
  readonly shape: string;
}

/** Aliases a file may use: enough for any hand-written file, too few for a "billion laughs". */
const MAX_ALIASES = 100;
const MAX_MESSAGE = 120;

export function parseYaml<S extends z.ZodType>(source: string, file: string, schema: S, kind?: YamlKind): LoadedYaml<z.output<S>> {
  return parseYamlWithData(source, file, schema, kind).loaded;
}

function parseYamlWithData<S extends z.ZodType>(
  source: string,
  file: string,
  schema: S,
  kind?: YamlKind,
): { loaded: LoadedYaml<z.output<S>>; data: unknown } {
  const { LineCounter, parseDocument } = yamlLib();
  const lineCounter = new LineCounter();
  // Known tags unresolved: `!!binary` would otherwise turn into a Buffer and a baffling error.
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true, resolveKnownTags: false });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const line = lineCounter.linePos(yamlError.pos[0]).line;
    const what = kind ? `${kind.name}として読めません。` : '';
    throw new UserError(`${what}YAML の書式が正しくありません（${shorten(firstLine(yamlError.message))}）`, file, line);
  }
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    const offset = offsetOf(doc, path);
    return offset === undefined ? undefined : lineCounter.linePos(offset).line;
  };
  const rangeOf = (path: readonly PropertyKey[]) => {
    const range = nodeAt(doc, path)?.range;
    return range ? { start: range[0], end: range[1] } : undefined;
  };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (err) {
    throw new UserError(`YAML の別名（*）の展開が多すぎます（${MAX_ALIASES} 回まで）。別名を使わずに書いてください`, file);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    if (kind && issue.path.length === 0 && issue.code === 'invalid_type') {
      const found = value === null || value === undefined ? '中身が空です' : issue.message;
      throw new UserError(`${kind.name}ではありません（${found}）。${kind.shape}`, file, lineOf([]));
    }
    let path = issue.path;
    if (issue.code === 'unrecognized_keys' && issue.keys.length > 0) path = [...path, issue.keys[0]!];
    const where = path.length > 0 ? `「${path.map(String).join('.')}」: ` : '';
    throw new UserError(`${where}${issue.message}`, file, lineOf(path) ?? lineOf(issue.path));
  }
  return { loaded: { value: parsed.data, file, lineOf, rangeOf }, data: value };
}

/** Offset of the node at `path`; for a map key that is not there, the offset of its map. */
function offsetOf(doc: Document, path: readonly PropertyKey[]): number | undefined {
  const { isMap, isPair, isScalar } = yamlLib();
  let node: unknown = doc.contents;
  let offset = rangeStart(node);
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(key));
      if (!pair) return offset;
      offset = rangeStart(pair.key) ?? offset;
      node = pair.value;
    } else if (node && typeof node === 'object' && 'items' in node && typeof key === 'number') {
      node = (node as { items: unknown[] }).items[key];
      offset = rangeStart(node) ?? offset;
    } else {
      return offset;
    }
  }
  return offset;
}

/** The node at `path`, if every step of it is there. */
function nodeAt(doc: Document, path: readonly PropertyKey[]): Node | undefined {
  const { isMap, isPair, isScalar } = yamlLib();
  let node: unknown = doc.contents;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(key));
      node = pair?.value;
    } else if (node && typeof node === 'object' && 'items' in node && typeof key === 'number') {
      node = (node as { items: unknown[] }).items[key];
    } else {
      return undefined;
    }
  }
  return (node ?? undefined) as Node | undefined;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : undefined;
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.trim();
}

function shorten(s: string): string {
  return s.length > MAX_MESSAGE ? `${s.slice(0, MAX_MESSAGE)}…` : s;
}

import { readFileSync } from 'node:fs';
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import * as z from 'zod';
import { describeFsError, UserError } from '../errors.js';

z.config(z.locales.ja());

/** A YAML file parsed and validated, with the means to say where in it something was. */
export interface LoadedYaml<T> {
  readonly value: T;
  readonly file: string;
  /** 1-based line of the node at `path` in the file, when it can be found. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
  /** Offsets in the source of the node at `path` (its value), when it is there. */
  rangeOf(path: readonly PropertyKey[]): { start: number; end: number } | undefined;
}

/** Reads a YAML file and validates it; any problem is a UserError naming the file and line. */
export function loadYamlFile<S extends z.ZodType>(file: string, schema: S): LoadedYaml<z.output<S>> {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (err) {
    throw new UserError(`ファイルを読めません（${describeFsError(err)}）`, file);
  }
  return parseYaml(source, file, schema);
}

export function parseYaml<S extends z.ZodType>(source: string, file: string, schema: S): LoadedYaml<z.output<S>> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const line = lineCounter.linePos(yamlError.pos[0]).line;
    throw new UserError(`YAML の書式が正しくありません（${firstLine(yamlError.message)}）`, file, line);
  }
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    const offset = offsetOf(doc, path);
    return offset === undefined ? undefined : lineCounter.linePos(offset).line;
  };
  const rangeOf = (path: readonly PropertyKey[]) => {
    const range = nodeAt(doc, path)?.range;
    return range ? { start: range[0], end: range[1] } : undefined;
  };
  const parsed = schema.safeParse(doc.toJS());
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    let path = issue.path;
    if (issue.code === 'unrecognized_keys' && issue.keys.length > 0) path = [...path, issue.keys[0]!];
    const where = path.length > 0 ? `「${path.map(String).join('.')}」: ` : '';
    throw new UserError(`${where}${issue.message}`, file, lineOf(path) ?? lineOf(issue.path));
  }
  return { value: parsed.data, file, lineOf, rangeOf };
}

/** Offset of the node at `path`; for a map key that is not there, the offset of its map. */
function offsetOf(doc: Document, path: readonly PropertyKey[]): number | undefined {
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

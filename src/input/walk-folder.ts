import * as nodeFs from 'node:fs';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { describeFsError } from '../errors.js';

/** What `node:fs` functions the folder walk uses; tests replace them to inject failures. */
export type WalkFs = Pick<typeof nodeFs, 'readdir' | 'realpath' | 'stat' | 'readdirSync' | 'realpathSync' | 'statSync'>;

/** A path inside a folder that could not be read: it is reported, never silently dropped. */
export interface UnreadablePath {
  readonly path: string;
  readonly message: string;
}

export interface WalkedFolder {
  readonly files: string[];
  readonly unreadable: UnreadablePath[];
}

export interface WalkOptions {
  readonly extensions: readonly string[];
  /** Glob patterns of what is not walked (node_modules, dot-entries). */
  readonly ignore: readonly string[];
  readonly fs?: WalkFs;
}

/**
 * Every draft under `dir` (node_modules and dot-entries skipped), once each: a file reached
 * again through a symbolic link (a link loop, a link to a sibling folder) counts once, under
 * its shortest path. Folders that can't be listed and links that lead nowhere or in a circle
 * are returned as unreadable: the glob library would pass over them in silence.
 */
export async function walkFolder(dir: string, options: WalkOptions): Promise<WalkedFolder> {
  const fs = options.fs ?? nodeFs;
  const failures = new Map<string, { kind: 'folder' | 'link'; error: NodeJS.ErrnoException }>();
  const recording: WalkFs = {
    ...fs,
    readdir: ((p: nodeFs.PathLike, opts: unknown, cb: (err: NodeJS.ErrnoException | null, entries?: unknown) => void) =>
      (fs.readdir as Function)(p, opts, (err: NodeJS.ErrnoException | null, entries: unknown) => {
        if (err) failures.set(String(p), { kind: 'folder', error: err });
        cb(err, entries);
      })) as typeof nodeFs.readdir,
    realpath: ((p: nodeFs.PathLike, cb: (err: NodeJS.ErrnoException | null, resolved?: string) => void) =>
      (fs.realpath as Function)(p, (err: NodeJS.ErrnoException | null, resolved: string) => {
        if (err) failures.set(String(p), { kind: 'link', error: err });
        cb(err, resolved);
      })) as typeof nodeFs.realpath,
  };
  const found = await glob(`**/*.{${options.extensions.join(',')}}`, {
    cwd: dir,
    ignore: options.ignore,
    absolute: true,
    dot: false,
    fs: recording,
  });
  const unreadable: UnreadablePath[] = [];
  for (const [p, { kind, error }] of failures) {
    const absolute = path.resolve(dir, p);
    if (isSkipped(dir, absolute) || (kind === 'link' && !hasExtension(absolute, options.extensions))) continue;
    const why = kind === 'link' && error.code === 'ENOENT' ? 'リンク先がありません' : describeFsError(error);
    unreadable.push({ path: absolute, message: `${kind === 'folder' ? 'フォルダ' : 'ファイル'}を読めません（${why}）` });
  }
  const files = oncePerRealPath(found.map((f) => path.normalize(f)), (f) => f, fs);
  return { files, unreadable: oncePerRealPath(unreadable, (u) => u.path, fs) };
}

/** One entry per real location (its folder resolved, its own name kept), under its shortest path. */
function oncePerRealPath<T>(entries: readonly T[], pathOf: (entry: T) => string, fs: WalkFs): T[] {
  const byRealPath = new Map<string, T>();
  for (const entry of entries) {
    const p = pathOf(entry);
    let real = p;
    try {
      real = path.join(fs.realpathSync(path.dirname(p)), path.basename(p));
    } catch {
      // Unresolvable now: keep it under its own name; reading it will say what is wrong.
    }
    const kept = byRealPath.get(real);
    if (kept === undefined || shorter(p, pathOf(kept))) byRealPath.set(real, entry);
  }
  return [...byRealPath.values()].sort((a, b) => compare(pathOf(a), pathOf(b)));
}

function shorter(a: string, b: string): boolean {
  return a.length < b.length || (a.length === b.length && a < b);
}

function isSkipped(root: string, p: string): boolean {
  const relative = path.relative(root, p);
  return relative.split(path.sep).some((segment) => segment === 'node_modules' || segment.startsWith('.'));
}

function hasExtension(p: string, extensions: readonly string[]): boolean {
  return extensions.includes(path.extname(p).slice(1).toLowerCase());
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

import { expect } from 'vitest';
import { makeTree, runCli } from './cli.js';

/** A draft of a trap test: its account and text. */
export type Account = 'official' | 'private';
export interface Post {
  readonly account: Account;
  readonly text: string;
}
export interface Finding {
  readonly category: string;
  readonly severity: string;
  readonly ruleId: string;
}

export const official = (text: string): Post => ({ account: 'official', text });
export const privately = (text: string): Post => ({ account: 'private', text });

/**
 * Lints every post through the command line, one run per account, as a user would; returns the
 * findings of each post, in order.
 */
export function lintPosts(posts: readonly Post[]): Finding[][] {
  const files: Record<string, string> = {};
  posts.forEach((p, i) => (files[`${p.account}/p${String(i).padStart(3, '0')}.txt`] = p.text));
  const dir = makeTree(files);
  const byFile = new Map<string, Finding[]>();
  for (const account of ['official', 'private'] as const) {
    if (!posts.some((p) => p.account === account)) continue;
    const r = runCli(['--format', 'json', '--account', account, account], { cwd: dir });
    expect(r.stderr).toBe('');
    expect([0, 1]).toContain(r.code);
    for (const result of JSON.parse(r.stdout).results) byFile.set(result.file, result.findings);
  }
  return posts.map((p, i) => byFile.get(`${p.account}/p${String(i).padStart(3, '0')}.txt`)!);
}

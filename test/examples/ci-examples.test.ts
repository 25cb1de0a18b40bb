import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BIN, makeTree, ROOT, runCliAsync } from '../helpers/cli.js';
import { sarifSchemaErrors } from '../helpers/sarif.js';

type Step = { name?: string; run?: string; uses?: string; with?: Record<string, string> };

describe('examples/github-workflow.yml', () => {
  const workflow = parse(readFileSync(path.join(ROOT, 'examples', 'github-workflow.yml'), 'utf8'));
  const steps: Step[] = workflow.jobs['sns-lint'].steps;
  const commands = steps.flatMap((s) => (s.run?.startsWith('npx sns-lint ') ? [s.run.slice('npx sns-lint '.length).split(' ')] : []));

  it('uploads the SARIF file that its lint step writes, with the permission upload-sarif needs', () => {
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'))!;
    const sarifStep = commands.find((args) => args.includes('sarif'))!;
    expect(sarifStep[sarifStep.indexOf('-o') + 1]).toBe(upload.with!.sarif_file);
    expect(workflow.permissions['security-events']).toBe('write');
    expect(workflow.on.pull_request).toBeDefined();
  });

  it('runs commands that this sns-lint understands, and they do what the workflow expects', async () => {
    const dir = makeTree({ 'posts/a.md': '---\nplatform: x\n---\nあいつはバカだ。', 'posts/b.txt': '図書館は本日休館です。' });
    for (const args of commands) {
      const r = await runCliAsync(args, { cwd: dir });
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr).toBe('');
    }
    expect(sarifSchemaErrors(JSON.parse(readFileSync(path.join(dir, 'sns-lint.sarif'), 'utf8')))).toEqual([]);
    expect(existsSync(path.join(dir, '.sns-lint-cache', 'results.json'))).toBe(true);
  });
});

describe('examples/pre-commit', () => {
  it('lints only the drafts staged for the commit, names with spaces too, and stops a bad commit', () => {
    const dir = makeTree({
      'posts/ok.txt': '図書館は本日休館です。',
      'posts/予定 1.md': 'あいつはバカだ。',
      'posts/not-staged.txt': 'あいつはアホだ。',
      'bin/npx': `#!/bin/sh\n# Stands in for "npx --no-install sns-lint": runs this sns-lint.\nshift 2\nexec "${process.execPath}" "${BIN}" "$@"\n`,
    });
    chmodSync(path.join(dir, 'bin', 'npx'), 0o755);
    const git = (...args: string[]) => spawnSync('git', args, { cwd: dir, encoding: 'utf8' });
    git('init', '-q');
    git('add', 'posts/ok.txt', 'posts/予定 1.md');
    const hook = (env: NodeJS.ProcessEnv = {}) =>
      spawnSync('sh', [path.join(ROOT, 'examples', 'pre-commit')], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', PATH: `${path.join(dir, 'bin')}:${process.env.PATH}`, ...env },
      });
    const bad = hook();
    expect(bad.status).not.toBe(0);
    expect(bad.stdout).toContain('posts/予定 1.md');
    expect(bad.stdout).toContain('バカ');
    expect(bad.stdout).not.toContain('not-staged');
    writeFileSync(path.join(dir, 'posts', '予定 1.md'), '紅葉がきれいです。');
    git('add', 'posts/予定 1.md');
    expect(hook().status).toBe(0);
  });
});

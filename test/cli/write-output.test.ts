import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UserError } from '../../src/errors.js';

/** A disk that fills up halfway through a write: writes half the content, then fails. */
const failing = vi.hoisted(() => ({ on: false }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  return {
    ...fs,
    writeFileSync: (file: string, data: string) => {
      if (!failing.on) return fs.writeFileSync(file, data);
      fs.writeFileSync(file, data.slice(0, Math.floor(data.length / 2)));
      throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    },
  };
});

const { writeFileAtomic } = await import('../../src/cli/write-output.js');

afterEach(() => {
  failing.on = false;
});

describe('writing a report file (-o)', () => {
  it('writes the whole report and leaves no temporary file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sns-lint-out-'));
    const file = path.join(dir, 'report.json');
    writeFileAtomic(file, '{"results":[]}');
    expect(readFileSync(file, 'utf8')).toBe('{"results":[]}');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('never leaves half a report: a failed write keeps the previous report whole', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sns-lint-out-'));
    const file = path.join(dir, 'report.json');
    writeFileSync(file, '{"previous":true}');
    failing.on = true;
    expect(() => writeFileAtomic(file, JSON.stringify({ results: Array(100).fill('finding') }))).toThrow(UserError);
    expect(readFileSync(file, 'utf8')).toBe('{"previous":true}');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('names the file and the reason in Japanese when it cannot write', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sns-lint-out-'));
    const file = path.join(dir, 'missing-folder', 'report.json');
    let error: unknown;
    try {
      writeFileAtomic(file, '{}');
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toContain('レポートを書き込めません（ENOENT）');
  });
});

import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findConfig, loadConfig } from '../../src/config/load.js';
import { UserError } from '../../src/errors.js';
import { makeTree } from '../helpers/cli.js';

describe('config', () => {
  it('is found upward from the working directory', () => {
    const dir = makeTree({ '.sns-lint.yaml': 'guideline: akita\n' });
    const deep = path.join(dir, 'a', 'b');
    mkdirSync(deep, { recursive: true });
    expect(findConfig(deep)).toBe(path.join(dir, '.sns-lint.yaml'));
    expect(loadConfig(undefined, deep).spec.guideline).toBe('akita');
  });

  it('accepts sns-lint.config.yaml too, and an empty file', () => {
    const dir = makeTree({ 'sns-lint.config.yaml': '' });
    expect(loadConfig(undefined, dir).spec).toEqual({});
  });

  it('resolves paths relative to the config file', () => {
    const dir = makeTree({ 'conf/.sns-lint.yaml': 'rules: [local.yaml]\n' });
    const config = loadConfig('conf/.sns-lint.yaml', dir);
    expect(config.resolve('local.yaml')).toBe(path.join(dir, 'conf', 'local.yaml'));
  });

  it('rejects unknown keys with file and line', () => {
    const dir = makeTree({ '.sns-lint.yaml': 'guideline: akita\nguidline: tatsuno\n' });
    try {
      loadConfig(undefined, dir);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(UserError);
      expect((err as UserError).line).toBe(2);
      expect((err as UserError).format()).toMatch(/\.sns-lint\.yaml:2: .*guidline/);
    }
  });

  it('rejects wrong values and an allow entry without a reason', () => {
    const bad = (yaml: string) => () => loadConfig(undefined, makeTree({ '.sns-lint.yaml': yaml }));
    expect(bad('account: public\n')).toThrow(/account/);
    expect(bad('allow:\n  - text: 自民党\n')).toThrow(/reason/);
    expect(bad('work_hours: { from: "8時" }\n')).toThrow(/08:30/);
  });

  it('reports a missing --config file', () => {
    expect(() => loadConfig('nope.yaml', makeTree({}))).toThrow(UserError);
  });
});

import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { loadRules, ruleFiles } from '../../src/rules/load.js';
import { makeTree, runCli } from '../helpers/cli.js';

const NONE = { domains: [], phones: [] };

function loadError(yaml: string): UserError {
  const dir = makeTree({ 'rules.yaml': yaml, 'words.txt': 'バカ\n' });
  try {
    loadRules([`${dir}/rules.yaml`], NONE);
  } catch (err) {
    expect(err).toBeInstanceOf(UserError);
    return err as UserError;
  }
  throw new Error('expected the rule file to be rejected');
}

const VALID_RULE = `
- id: insult/local
  category: insult
  severity: error
  message: 「{match}」
  lexicon: { dict: words.txt }
  examples: { invalid: [バカ], valid: [バカンス] }
`;

describe('loading rule files', () => {
  it('loads the shipped rules and a user rule file with a dictionary beside it', () => {
    const dir = makeTree({ 'rules.yaml': VALID_RULE, 'words.txt': 'バカ\n' });
    const shipped = loadRules(ruleFiles(), NONE);
    const withUser = loadRules(ruleFiles([`${dir}/rules.yaml`]), NONE);
    expect(withUser.rules.length).toBe(shipped.rules.length + 1);
    expect(withUser.hash).not.toBe(shipped.hash);
  });

  it('gives the same hash however often the rules are loaded in one process', () => {
    // Detectors keep what they built between loads; a fresh process loads everything anew.
    const fresh = JSON.parse(runCli(['--format', 'json', '-'], { input: 'お知らせ' }).stdout).tool.rulesHash;
    expect(loadRules(ruleFiles(), NONE).hash).toBe(fresh);
    expect(loadRules(ruleFiles(), NONE).hash).toBe(fresh);
  });

  it('lists every word list the rules and their detectors read, once each', () => {
    const dir = makeTree({ 'rules.yaml': VALID_RULE, 'words.txt': 'バカ\n' });
    const { wordLists } = loadRules(ruleFiles([`${dir}/rules.yaml`]), NONE);
    expect(wordLists).toContain(`${dir}/words.txt`);
    expect(wordLists.some((f) => f.endsWith('url-shorteners.txt'))).toBe(true);
    expect(new Set(wordLists).size).toBe(wordLists.length);
  });

  it('names the file and line of a misspelt key', () => {
    const err = loadError(VALID_RULE.replace('severity: error', 'severity: error\n  sevrity: error'));
    expect(err.line).toBe(5);
    expect(err.message).toContain('sevrity');
  });

  it('rejects an unknown category, naming it', () => {
    const err = loadError(VALID_RULE.replace('category: insult', 'category: insults'));
    expect(err.line).toBe(3);
    expect(err.message).toContain('category');
  });

  it('rejects broken YAML with its line', () => {
    const err = loadError('- id: a/b\n  category: [insult\n');
    expect(err.message).toContain('YAML');
    expect(err.line).toBeGreaterThan(0);
  });

  it('rejects a rule with two matcher kinds or none', () => {
    expect(loadError(VALID_RULE.replace('lexicon: { dict: words.txt }', 'lexicon: { dict: words.txt }\n  pattern: x')).message).toMatch(/一つだけ/);
    expect(loadError(VALID_RULE.replace('lexicon: { dict: words.txt }', '')).message).toMatch(/一つだけ/);
  });

  it('rejects a regular expression that could hang the run', () => {
    const err = loadError(VALID_RULE.replace('lexicon: { dict: words.txt }', () => "pattern: '(a+)+$'"));
    expect(err.message).toMatch(/処理が終わらなくなる/);
    expect(err.line).toBe(2);
  });

  it('rejects an unknown detector and bad detector options', () => {
    expect(loadError(VALID_RULE.replace('lexicon: { dict: words.txt }', 'detector: nope')).message).toContain('nope');
    expect(loadError(VALID_RULE.replace('lexicon: { dict: words.txt }', 'detector: { name: shortened-url, gues: true }')).message).toContain('shortened-url');
  });

  it('rejects a missing dictionary and duplicate rule ids', () => {
    expect(loadError(VALID_RULE.replace('words.txt', 'missing.txt')).message).toContain('辞書');
    expect(loadError(VALID_RULE + VALID_RULE).message).toContain('重複');
  });
});

import { describe, expect, it } from 'vitest';
import { formatJson } from '../../../src/report/formatters/json.js';
import { REPORT } from './fixtures.js';

describe('json formatter', () => {
  const json = JSON.parse(formatJson(REPORT, { color: false }));

  it('follows the contract of DESIGN.md', () => {
    expect(json.version).toBe(1);
    expect(json.tool).toEqual({ name: 'sns-lint', version: '0.1.0', rulesHash: 'abc' });
    expect(json.guideline).toEqual({ id: 'akita', name: '秋田県ソーシャルメディア利用ガイドライン' });
    expect(json.summary).toEqual({ files: 3, errors: 1, warnings: 1, infos: 0 });
    expect(Object.keys(json.results[1].findings[0])).toEqual([
      'ruleId', 'category', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'offset', 'length', 'text', 'clauses', 'suggestion',
    ]);
  });

  it('lists clean files with no findings and leaves out what only formatters for people need', () => {
    expect(json.results[0]).toEqual({ file: 'clean.txt', account: 'official', findings: [] });
    expect(JSON.stringify(json)).not.toContain('displaySource');
  });

  it('says why a file could not be linted', () => {
    expect(json.results[2].problem).toEqual({ kind: 'binary', message: 'バイナリファイルのため読み飛ばしました' });
  });
});

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

describe('json formatter: suppressions', () => {
  it('lists suppressed findings apart, with the reason, and counts only the others', async () => {
    const { CI_REPORT } = await import('./ci-fixtures.js');
    const json = JSON.parse(formatJson(CI_REPORT, { color: false }));
    expect(json.results[1].findings).toHaveLength(2);
    expect(json.results[1].suppressed).toEqual([
      expect.objectContaining({ ruleId: 'insult/abusive-words', suppression: { kind: 'inSource', reason: '映画の題名の引用' } }),
    ]);
    expect(json.results[0].suppressed).toBeUndefined();
    expect(json.results[5].problem).toEqual({ kind: 'invalid', message: 'platform は x | instagram…', line: 3 });
  });
});

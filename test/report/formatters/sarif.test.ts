import { describe, expect, it } from 'vitest';
import { formatSarif } from '../../../src/report/formatters/sarif.js';
import { sarifSchemaErrors } from '../../helpers/sarif.js';
import { CI_REPORT } from './ci-fixtures.js';

describe('sarif formatter', () => {
  const log = JSON.parse(formatSarif(CI_REPORT, { color: false }));
  const run = log.runs[0];

  it('is valid SARIF 2.1.0', () => {
    expect(log.version).toBe('2.1.0');
    expect(sarifSchemaErrors(log)).toEqual([]);
  });

  it('the schema check itself rejects what is not SARIF', () => {
    const broken = structuredClone(log);
    broken.runs[0].results[0].level = 'fatal';
    delete broken.runs[0].tool.driver.name;
    expect(sarifSchemaErrors(broken).length).toBeGreaterThanOrEqual(2);
  });

  it('describes every rule with its clauses as help text and its category in properties', () => {
    const [rule, offForOfficial] = run.tool.driver.rules;
    expect(rule).toMatchObject({
      id: 'insult/abusive-words',
      shortDescription: { text: '他者を侮辱する表現「…」が含まれています。' },
      defaultConfiguration: { level: 'error' },
      properties: { category: 'insult', tags: ['insult'], clauses: [{ guideline: 'akita', id: '4(5)', title: '他者を侮蔑するもの' }, expect.anything()] },
    });
    expect(rule.help.text).toContain('4(5)「他者を侮蔑するもの」');
    expect(rule.help.text).toContain('直し方: 事実だけを書いてください。');
    // Off for the run's account, but drafts may name the other one.
    expect(offForOfficial.defaultConfiguration).toEqual({ level: 'error' });
  });

  it('gives each finding its level, message and region, with a relative, encoded URI', () => {
    const [first, second, suppressed, csv] = run.results;
    expect(first).toMatchObject({
      ruleId: 'insult/abusive-words',
      ruleIndex: 0,
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'bad.txt', uriBaseId: '%SRCROOT%' }, region: { startLine: 2, startColumn: 5, endLine: 2, endColumn: 7 } } }],
    });
    expect(first.message.text).toBe('他者を侮辱する表現「バカ」が含まれています。\n→ 事実だけを書いてください。');
    expect(second).toMatchObject({ ruleId: 'personal-info/phone', level: 'warning' });
    expect(second.ruleIndex).toBeUndefined();
    expect(suppressed.suppressions).toEqual([{ kind: 'inSource', justification: '映画の題名の引用' }]);
    // A CSV row points into the CSV file; the row is named in properties.
    expect(csv.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'posts/%E4%BA%88%E5%AE%9A%2C%E6%A1%88%3A1.csv', uriBaseId: '%SRCROOT%' },
      region: { startLine: 3, startColumn: 6, endLine: 3, endColumn: 8 },
    });
    expect(csv.properties.post).toBe('posts/予定,案:1.csv#row=2');
    expect(run.columnKind).toBe('utf16CodeUnits');
  });

  it('tells unreadable files as notifications and the run as unsuccessful', () => {
    const [binary, broken] = run.invocations[0].toolExecutionNotifications;
    expect(binary).toMatchObject({ level: 'note', locations: [{ physicalLocation: { artifactLocation: { uri: 'photo.txt' } } }] });
    expect(broken).toMatchObject({ level: 'error', locations: [{ physicalLocation: { region: { startLine: 3 } } }] });
    expect(run.invocations[0].executionSuccessful).toBe(false);
  });

  it('never repeats masked text in clear', () => {
    expect(JSON.stringify(log)).not.toMatch(/090-?1234/);
  });
});

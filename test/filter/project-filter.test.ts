import { describe, expect, it } from 'vitest';
import { runRules } from '../../src/engine/run-rules.js';
import { createProjectFilter } from '../../src/filter/project-filter.js';
import { compileRule } from '../../src/rules/compile.js';
import { RuleSpec } from '../../src/rules/schema.js';
import { doc } from '../helpers/doc.js';

const env = { file: 'test.yaml', official: { domains: [], phones: [] }, resolvePath: (p: string) => p };
const rules = [
  compileRule(
    RuleSpec.parse({ id: 'political/party', category: 'political', severity: 'warning', message: 'm', pattern: '自民党|選挙', examples: { invalid: ['x'], valid: ['y'] } }),
    env,
  ),
  compileRule(
    RuleSpec.parse({ id: 'insult/t', category: 'insult', severity: 'error', message: 'm', pattern: 'バカ', examples: { invalid: ['x'], valid: ['y'] } }),
    env,
  ),
];

async function kept(config: Parameters<typeof createProjectFilter>[0], text: string) {
  const d = await doc(text);
  return createProjectFilter(config)
    .apply(runRules(d, rules), () => d.nfkc)
    .kept.map((h) => `${h.rule.id}:${h.severity}:${text.slice(h.match.start, h.match.end)}`);
}

describe('project filter', () => {
  it('disables by rule id or by category', async () => {
    expect(await kept({ disable: ['political'] }, '自民党はバカ')).toEqual(['insult/t:error:バカ']);
    expect(await kept({ disable: ['insult/t'] }, '自民党はバカ')).toEqual(['political/party:warning:自民党']);
  });

  it('overrides severity, rule id before category, and off drops', async () => {
    expect(await kept({ severity: { political: 'error', 'political/party': 'info' } }, '自民党')).toEqual(['political/party:info:自民党']);
    expect(await kept({ severity: { insult: 'off' } }, 'バカ')).toEqual([]);
  });

  it('allows findings overlapping an allowed text, for any rule or the one named', async () => {
    expect(await kept({ allow: [{ text: '選挙管理委員会', reason: '公式の選挙事務' }] }, '選挙管理委員会より。選挙に行こう')).toEqual([
      'political/party:warning:選挙',
    ]);
    expect(await kept({ allow: [{ text: 'バカ', rule: 'political', reason: 'r' }] }, 'バカ')).toEqual(['insult/t:error:バカ']);
  });
});

describe('project filter: suppressions', () => {
  const entry = (rule: string, text: string, reason?: string) => ({ rule, text, ...(reason ? { reason } : {}), range: { start: 0, end: 0 } });

  it('keeps what a suppression silenced, with its kind and reason, and which draft entries were used', async () => {
    const d = await doc('自民党はバカ');
    const used = entry('insult', 'バカ', '映画の題名');
    const unused = entry('insult', '阿呆', '引用');
    const result = createProjectFilter({ allow: [{ text: '自民党', reason: '得票数の告知' }] }).apply(runRules(d, rules), () => d.nfkc, [used, unused]);
    expect(result.kept).toEqual([]);
    expect(result.suppressed.map((s) => [s.hit.rule.id, s.suppression])).toEqual([
      ['political/party', { kind: 'external', justification: '得票数の告知' }],
      ['insult/t', { kind: 'inSource', justification: '映画の題名' }],
    ]);
    expect([...result.used]).toEqual([used]);
  });

  it('drops a disabled rule before any suppression sees it', async () => {
    const d = await doc('バカ');
    const e = entry('insult', 'バカ', 'r');
    const result = createProjectFilter({ disable: ['insult'] }).apply(runRules(d, rules), () => d.nfkc, [e]);
    expect(result).toMatchObject({ kept: [], suppressed: [] });
    expect(result.used.size).toBe(0);
  });

  it('grades and switches off findings no rule made, by id or category', () => {
    const filter = createProjectFilter({ disable: ['sns-lint/unused-suppression'], severity: { suppression: 'error' } });
    expect(filter.severityOf('sns-lint/unused-suppression', 'suppression', 'warning')).toBeUndefined();
    expect(filter.severityOf('sns-lint/suppression-without-reason', 'suppression', 'warning')).toBe('error');
  });
});

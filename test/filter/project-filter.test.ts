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
    .apply(runRules(d, rules), d)
    .map((h) => `${h.rule.id}:${h.severity}:${text.slice(h.match.start, h.match.end)}`);
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

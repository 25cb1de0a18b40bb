import { describe, expect, it } from 'vitest';
import { loadProfile } from '../../src/guidelines/profile.js';
import { plainPost } from '../../src/input/post.js';
import { buildFileResult } from '../../src/report/build-findings.js';
import { compileRule } from '../../src/rules/compile.js';
import { RuleSpec } from '../../src/rules/schema.js';
import type { Match } from '../../src/match/types.js';
import type { RuleHit } from '../../src/engine/run-rules.js';

const profile = loadProfile('default');

/** A hit of a rule written inline, at a given span, with the detector values given. */
function hit(spec: Record<string, unknown>, match: Match): RuleHit {
  const rule = compileRule(
    RuleSpec.parse({ category: 'personal-info', severity: 'error', pattern: 'x', examples: { invalid: ['x'], valid: ['y'] }, ...spec }),
    { file: 'inline.yaml', official: { domains: [], phones: [] }, resolvePath: (p: string) => p },
  );
  return { rule, severity: 'error', match };
}

/** What the filters let through: the hits kept, nothing suppressed. */
const outcome = (kept: RuleHit[]) => ({ kept, suppressed: [], notes: [] });

describe('buildFileResult', () => {
  const text = '高木さん 090-4417-2093（生年月日：1978年5月2日）';
  const post = plainPost('a.txt', text);

  it('masks the text, the message, the suggestion and detector values that repeat the match', () => {
    const phone = hit(
      { id: 'personal-info/phone', mask: 'phone', message: '電話番号「{match}」（{kind}、{digits}）', suggestion: '{match} を消してください' },
      { start: 5, end: 18, vars: { kind: '携帯電話番号', digits: '09044172093' } },
    );
    const [f] = buildFileResult(post, 'official', outcome([phone]), profile).findings;
    expect(f).toMatchObject({
      text: '090-****-2093',
      message: '電話番号「090-****-2093」（携帯電話番号、090****2093）',
      suggestion: '090-****-2093 を消してください',
      offset: 5,
      length: 13,
    });
  });

  it('shows another rule\'s finding inside a sensitive span masked as well', () => {
    const birth = hit({ id: 'personal-info/birth', mask: 'digits', message: '生年月日' }, { start: 24, end: 33 });
    const date = hit({ id: 'accuracy/date', category: 'accuracy', message: '日付「{match}」（{date}）' }, { start: 24, end: 33, vars: { date: '1978年5月2日' } });
    const result = buildFileResult(post, 'official', outcome([birth, date]), profile);
    const accuracy = result.findings.find((f) => f.ruleId === 'accuracy/date')!;
    expect(accuracy.text).toBe('****年*月*日');
    expect(accuracy.message).toBe('日付「****年*月*日」（****年*月*日）');
    expect(result.displaySource).toBe('高木さん 090-4417-2093（生年月日：****年*月*日）');
  });

  it('leaves text that is not sensitive in clear', () => {
    const insult = hit({ id: 'insult/x', category: 'insult', message: '「{match}」' }, { start: 0, end: 4 });
    expect(buildFileResult(post, 'official', outcome([insult]), profile).findings[0]?.message).toBe('「高木さん」');
  });
});

import { describe, expect, it } from 'vitest';
import { lintPost } from '../src/linter.js';
import { prepareRun } from '../src/setup.js';
import { getTokenizer } from '../src/tokenize/tokenizer.js';
import { ROOT } from './helpers/cli.js';

describe('lintPost', () => {
  it('reports positions in the file around the post body, with clauses of the guideline', async () => {
    const setup = prepareRun({ guideline: 'tatsuno', cwd: ROOT });
    const source = '---\naccount: private\n---\nあいつはバカだ。';
    const bodyStart = source.indexOf('あいつ');
    const result = lintPost(
      { file: 'a.md', source, bodyStart, body: source.slice(bodyStart), meta: { account: 'private' } },
      { ...setup, rules: setup.ruleSet.rules, tokenizer: await getTokenizer() },
    );
    expect(result.account).toBe('private');
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ line: 4, column: 5, offset: bodyStart + 4, length: 2, text: 'バカ' });
    expect(result.findings[0]!.clauses[0]).toEqual({ guideline: 'tatsuno', id: '3(7)(ア)', title: '不敬な言い方を含む情報' });
  });
});

import path from 'node:path';
import { expandRulePaths, ruleFiles } from '../rules/load.js';
import { checkExamples, loadRulesForExamples } from '../rules/examples.js';
import { getTokenizer } from '../tokenize/tokenizer.js';
import { EXIT, type CliIo } from './io.js';

/** `sns-lint test-rules [paths]`: the examples of the given rule files, or of the shipped ones. */
export async function testRulesCommand(paths: readonly string[], io: CliIo): Promise<number> {
  const files = paths.length > 0 ? expandRulePaths(paths.map((p) => path.resolve(io.cwd, p))) : ruleFiles();
  const { rules } = loadRulesForExamples(files);
  const { checked, failures } = checkExamples(rules, await getTokenizer());
  for (const f of failures) {
    const where = `${path.relative(io.cwd, f.rule.file) || f.rule.file}${f.rule.line ? `:${f.rule.line}` : ''}`;
    const problem =
      f.kind === 'invalid'
        ? '検出されるべき例が検出されませんでした'
        : `検出されてはいけない例で「${f.matched.join('」「')}」が検出されました`;
    io.writeError(`✖ ${f.rule.id}（${where}）: ${problem}\n    ${f.account === 'private' ? '[私的] ' : ''}${f.text}\n`);
  }
  const summary = `${rules.length} ルール・${checked} 件の例を確認しました`;
  if (failures.length > 0) {
    io.writeError(`\n✖ ${summary}。${failures.length} 件が期待と違います\n`);
    return EXIT.findings;
  }
  io.write(`✔ ${summary}。すべて期待どおりです\n`);
  return EXIT.ok;
}

import stringWidth from 'string-width';
import { ACCOUNT_LABELS, SEVERITY_LABELS, type Account } from '../categories.js';
import { formatCitation } from '../report/formatters/stylish.js';
import { prepareRun } from '../setup.js';
import { EXIT, type CliIo } from './io.js';

export interface RulesCommandOptions {
  readonly guideline?: string;
  readonly account?: Account;
  readonly config?: string;
  readonly format: 'table' | 'json';
}

/** `sns-lint rules`: every rule with its category, severities and the clauses it cites. */
export function rulesCommand(options: RulesCommandOptions, io: CliIo): number {
  const setup = prepareRun({ ...options, cwd: io.cwd });
  const account = setup.account;
  const rows = setup.ruleSet.rules.map((rule) => ({
    id: rule.id,
    category: rule.category,
    severity: { official: rule.severityFor('official'), private: rule.severityFor('private') },
    clauses: setup.profile.citationsFor(rule.spec.clause ?? rule.category, account),
    message: rule.spec.message,
  }));
  if (options.format === 'json') {
    io.write(`${JSON.stringify({ guideline: { id: setup.profile.id, name: setup.profile.name }, account, rules: rows }, null, 2)}\n`);
    return EXIT.ok;
  }
  const label = (s: string) => (s === 'off' ? '対象外' : SEVERITY_LABELS[s as keyof typeof SEVERITY_LABELS]);
  const table = [
    ['ルール ID', 'カテゴリ', '公式', '私的', '根拠'],
    ...rows.map((r) => [r.id, r.category, label(r.severity.official), label(r.severity.private), r.clauses.map(formatCitation).join(' ／ ')]),
  ];
  const widths = table[0]!.map((_, col) => Math.max(...table.map((row) => stringWidth(row[col]!))));
  const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - stringWidth(s)));
  io.write(`ガイドライン: ${setup.profile.name}（${setup.profile.id}）／ 根拠は${ACCOUNT_LABELS[account]}の場合\n\n`);
  for (const row of table) io.write(`${row.map((cell, col) => (col < row.length - 1 ? pad(cell, widths[col]!) : cell)).join('  ')}\n`);
  io.write(`\n${rows.length} ルール\n`);
  return EXIT.ok;
}

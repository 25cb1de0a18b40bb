import type { ReportFinding } from '../model.js';
import type { Formatter } from './types.js';

function findingJson(f: ReportFinding) {
  return {
    ruleId: f.ruleId,
    category: f.category,
    severity: f.severity,
    message: f.message,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    offset: f.offset,
    length: f.length,
    text: f.text,
    clauses: f.clauses.map((c) => ({ guideline: c.guideline, id: c.id, title: c.title })),
    ...(f.suggestion ? { suggestion: f.suggestion } : {}),
    ...(f.suppression ? { suppression: { kind: f.suppression.kind, reason: f.suppression.justification } } : {}),
  };
}

/**
 * The JSON contract of DESIGN.md (version 1). Findings silenced by a suppression are not in
 * `findings` (nor counted); they are listed apart in `suppressed`, with the reason, for audits.
 */
export const formatJson: Formatter = (report) => {
  const json = {
    version: 1,
    tool: report.tool,
    guideline: report.guideline,
    results: report.results.map((r) => ({
      file: r.file,
      account: r.account,
      ...(r.problem ? { problem: r.problem } : {}),
      findings: r.findings.map(findingJson),
      ...(r.suppressed?.length ? { suppressed: r.suppressed.map(findingJson) } : {}),
    })),
    summary: report.summary,
  };
  return `${JSON.stringify(json, null, 2)}\n`;
};

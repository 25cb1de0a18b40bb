import type { Formatter } from './types.js';

/** The JSON contract of DESIGN.md (version 1). */
export const formatJson: Formatter = (report) => {
  const json = {
    version: 1,
    tool: report.tool,
    guideline: report.guideline,
    results: report.results.map((r) => ({
      file: r.file,
      account: r.account,
      ...(r.problem ? { problem: r.problem } : {}),
      findings: r.findings.map((f) => ({
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
      })),
    })),
    summary: report.summary,
  };
  return `${JSON.stringify(json, null, 2)}\n`;
};

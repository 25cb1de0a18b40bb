import type { Severity } from '../../categories.js';
import type { FileResult, ReportFinding } from '../model.js';
import { formatCitation, formatSummaryLine } from './stylish.js';
import type { Formatter } from './types.js';

/**
 * GitHub Actions workflow commands: one annotation per finding on the pull request's diff
 * (`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`).
 *
 * The runner reads stdout line by line and acts on every line that starts with `::`. Text from a
 * post ends up in the message, so it is escaped as the Actions toolkit does (data: %, CR, LF;
 * properties also : and ,): an escaped message can never start a line, so a post containing
 * "\n::add-mask::…" or "::set-output" can't issue a command of its own. Other line separators
 * (NEL, U+2028/2029) are shown as spaces.
 */
export const formatGithub: Formatter = (report) => {
  const lines: string[] = [];
  for (const result of report.results) {
    if (result.problem) {
      const command = result.problem.kind === 'binary' ? 'notice' : 'error';
      const props = { file: fileOf(result.file), ...(result.problem.line ? { line: String(result.problem.line) } : {}), title: 'sns-lint' };
      lines.push(workflowCommand(command, props, `${result.file}: ${result.problem.message}`));
      continue;
    }
    for (const f of result.findings) lines.push(annotation(f, result));
  }
  lines.push(`sns-lint: ${formatSummaryLine(report)}`);
  return `${lines.join('\n')}\n`;
};

const COMMANDS: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

function annotation(f: ReportFinding, result: FileResult): string {
  const at = f.inFile ?? { file: result.file, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn };
  const props: Record<string, string> = { file: fileOf(at.file), line: String(at.line) };
  // Columns only mean something on a one-line annotation.
  if (at.line === at.endLine) Object.assign(props, { col: String(at.column), endColumn: String(at.endColumn) });
  else props.endLine = String(at.endLine);
  props.title = `sns-lint ${f.ruleId}`;
  const body = [
    f.inFile ? `${result.file}: ${f.message}` : f.message,
    ...(f.clauses.length > 0 ? [`根拠: ${f.clauses.map(formatCitation).join(' ／ ')}`] : []),
    ...(f.suggestion ? [`→ ${f.suggestion}`] : []),
  ].join('\n');
  return workflowCommand(COMMANDS[f.severity], props, body);
}

function fileOf(name: string): string {
  return name.replace(/#row=\d+$/, '');
}

function workflowCommand(name: string, props: Record<string, string>, message: string): string {
  const list = Object.entries(props)
    .map(([k, v]) => `${k}=${escapeProperty(v)}`)
    .join(',');
  return `::${name} ${list}::${escapeData(message)}`;
}

const OTHER_LINE_BREAKS = /[\u0085\u2028\u2029]/g;

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(OTHER_LINE_BREAKS, ' ');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

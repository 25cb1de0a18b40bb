import { Chalk, type ChalkInstance } from 'chalk';
import stringWidth from 'string-width';
import { SEVERITY_LABELS, type Severity } from '../../categories.js';
import type { Citation } from '../../guidelines/profile.js';
import { LineIndex } from '../../text/positions.js';
import type { FileResult, Report, ReportFinding } from '../model.js';
import type { Formatter } from './types.js';

/** How much of a long line is shown on each side of the offending text, in UTF-16 units. */
const CONTEXT = 30;

/**
 * For people at a terminal: findings grouped by file, each with its line and the offending
 * text highlighted, the clause it breaks and what to do instead, then a summary.
 */
export const formatStylish: Formatter = (report, options) => {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const out: string[] = [];
  for (const result of report.results) {
    if (result.problem) {
      const where = result.problem.line ? `${result.problem.line} 行目: ` : '';
      out.push(`${c.underline(result.file)}\n  ${c.yellow(`${where}${result.problem.message}`)}\n`);
      continue;
    }
    if (result.findings.length === 0) continue;
    out.push(c.underline(result.file));
    const lines = new LineIndex(result.displaySource);
    for (const f of result.findings) out.push(formatFinding(f, result, lines, c));
    out.push('');
  }
  out.push(formatSummary(report, c));
  return `${out.join('\n')}\n`;
};

const SEVERITY_COLOR: Record<Severity, (c: ChalkInstance) => ChalkInstance> = {
  error: (c) => c.red,
  warning: (c) => c.yellow,
  info: (c) => c.blue,
};

function formatFinding(f: ReportFinding, result: FileResult, lines: LineIndex, c: ChalkInstance): string {
  const where = `${f.line}:${f.column}`.padEnd(7);
  const severity = SEVERITY_COLOR[f.severity](c)(SEVERITY_LABELS[f.severity]);
  const parts = [`  ${c.dim(where)} ${severity}  ${f.message}  ${c.dim(f.ruleId)}`];
  parts.push(...excerpt(f, result.displaySource, lines, c).map((l) => `          ${l}`));
  if (f.clauses.length > 0) parts.push(`          ${c.dim('根拠:')} ${f.clauses.map(formatCitation).join(' ／ ')}`);
  if (f.suggestion) parts.push(`          ${c.green('→')} ${f.suggestion}`);
  return parts.join('\n');
}

export function formatCitation(citation: Citation): string {
  return citation.guideline === 'law' ? `${citation.id}（${citation.title}）` : `${citation.id}「${citation.title}」`;
}

/** The finding's first line with its text highlighted; without colour, a caret line under it. */
function excerpt(f: ReportFinding, source: string, lines: LineIndex, c: ChalkInstance): string[] {
  const lineStart = lines.lineStart(f.line);
  const nextLine = f.line < lines.lineCount ? lines.lineStart(f.line + 1) : source.length;
  const lineText = source.slice(lineStart, nextLine).replace(/[\r\n]+$/, '');
  const from = f.offset - lineStart;
  const to = Math.min(from + f.length, lineText.length);
  const shownFrom = Math.max(0, from - CONTEXT);
  const shownTo = Math.min(lineText.length, to + CONTEXT);
  const before = (shownFrom > 0 ? '…' : '') + lineText.slice(shownFrom, from);
  const hit = lineText.slice(from, to);
  const after = lineText.slice(to, shownTo) + (shownTo < lineText.length ? '…' : '');
  if (c.level > 0) return [`${c.dim(printable(before))}${c.bold.inverse(printable(hit))}${c.dim(printable(after))}`];
  return [
    `${printable(before)}${printable(hit)}${printable(after)}`,
    `${' '.repeat(stringWidth(printable(before)))}${'^'.repeat(Math.max(1, stringWidth(printable(hit))))}`,
  ];
}

/** Tabs and control characters would move the caret line out of step. */
function printable(s: string): string {
  return s.replace(/\t/g, ' ').replace(/[\u0000-\u001f\u007f]/g, ' ');
}

function formatSummary(report: Report, c: ChalkInstance): string {
  const { errors, warnings, infos } = report.summary;
  const guideline = c.dim(`ガイドライン: ${report.guideline.name}`);
  if (errors + warnings + infos === 0) return `${c.green('✔')} ${formatSummaryLine(report)}\n${guideline}`;
  const mark = errors > 0 ? c.red.bold('✖') : c.yellow.bold('⚠');
  return `${mark} ${formatSummaryLine(report)}\n${guideline}`;
}

/** The counts in one plain line (also the last line of the github format). */
export function formatSummaryLine(report: Report): string {
  const { errors, warnings, infos, files } = report.summary;
  const total = errors + warnings + infos;
  const skipped = report.results.filter((r) => r.problem).length;
  const suppressed = report.results.reduce((n, r) => n + (r.suppressed?.length ?? 0), 0);
  const scope = `${files} ファイル${skipped ? `（うち ${skipped} ファイルは点検できませんでした）` : ''}${suppressed ? `、抑制 ${suppressed} 件` : ''}`;
  if (total === 0) return `問題は見つかりませんでした（${scope}）`;
  return `${total} 件の問題（エラー ${errors}・警告 ${warnings}・情報 ${infos}、${scope}）`;
}

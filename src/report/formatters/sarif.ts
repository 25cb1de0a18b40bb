import type * as Sarif from 'sarif';
import type { Severity } from '../../categories.js';
import type { FileResult, Report, ReportFinding, RuleDescriptor } from '../model.js';
import { formatCitation } from './stylish.js';
import type { Formatter } from './types.js';

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: every rule with the clauses it cites as help
 * text and its category in properties; every finding with its level, message and region; a
 * finding silenced by a suppression is still a result, marked suppressed with the reason.
 * URIs are relative to %SRCROOT% (the working directory, the repository root in CI). Columns are
 * UTF-16 code units, SARIF's default and ours. CSV rows point at the row's text in the CSV file.
 */
export const formatSarif: Formatter = (report) => {
  const rules = report.rules ?? [];
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const results: Sarif.Result[] = [];
  for (const file of report.results) {
    for (const f of file.findings) results.push(toResult(f, file, ruleIndex));
    for (const f of file.suppressed ?? []) results.push(toResult(f, file, ruleIndex));
  }
  const notifications = report.results.flatMap((r): Sarif.Notification[] =>
    r.problem
      ? [
          {
            level: r.problem.kind === 'binary' ? 'note' : 'error',
            message: { text: `${r.file}: ${r.problem.message}` },
            locations: [location(artifactOf(r.file), r.problem.line ? { startLine: r.problem.line } : undefined)],
          },
        ]
      : [],
  );
  const log: Sarif.Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            rules: rules.map((r) => toRule(r, report)),
          },
        },
        invocations: [
          {
            executionSuccessful: !report.results.some((r) => r.problem && r.problem.kind !== 'binary'),
            toolExecutionNotifications: notifications,
          },
        ],
        columnKind: 'utf16CodeUnits',
        results,
        properties: { guideline: report.guideline, rulesHash: report.tool.rulesHash },
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

const LEVELS: Record<Severity, Sarif.ReportingConfiguration.level> = { error: 'error', warning: 'warning', info: 'note' };

function toRule(rule: RuleDescriptor, report: Report): Sarif.ReportingDescriptor {
  const summary = rule.message.replace(/\{[A-Za-z_]\w*\}/g, '…');
  const citations = rule.clauses.map(formatCitation);
  const helpLines = [
    ...(citations.length > 0 ? [`根拠（${report.guideline.name}）: ${citations.join(' ／ ')}`] : []),
    ...(rule.suggestion ? [`直し方: ${rule.suggestion.replace(/\{[A-Za-z_]\w*\}/g, '…')}`] : []),
  ];
  const account = report.account ?? 'official';
  // A rule off for the run's account may still apply to drafts that name the other account.
  const severity = [rule.severity[account], ...Object.values(rule.severity)].find((s): s is Severity => s !== 'off');
  return {
    id: rule.id,
    shortDescription: { text: summary },
    ...(helpLines.length > 0
      ? {
          help: {
            text: helpLines.join('\n'),
            markdown: helpLines.map((l) => l.replace(/^([^:]+):/, '**$1**:')).join('\n\n'),
          },
        }
      : {}),
    defaultConfiguration: severity ? { level: LEVELS[severity] } : { enabled: false },
    properties: {
      category: rule.category,
      tags: [rule.category],
      severity: rule.severity,
      clauses: rule.clauses.map((c) => ({ guideline: c.guideline, id: c.id, title: c.title })),
    },
  };
}

function toResult(f: ReportFinding, file: FileResult, ruleIndex: ReadonlyMap<string, number>): Sarif.Result {
  const where = f.inFile ?? { file: file.file, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn };
  const index = ruleIndex.get(f.ruleId);
  return {
    ruleId: f.ruleId,
    ...(index !== undefined ? { ruleIndex: index } : {}),
    level: LEVELS[f.severity],
    message: { text: f.suggestion ? `${f.message}\n→ ${f.suggestion}` : f.message },
    locations: [
      location(where.file, { startLine: where.line, startColumn: where.column, endLine: where.endLine, endColumn: where.endColumn }),
    ],
    ...(f.suppression ? { suppressions: [{ kind: f.suppression.kind, justification: f.suppression.justification }] } : {}),
    properties: {
      category: f.category,
      account: file.account,
      clauses: f.clauses.map((c) => ({ guideline: c.guideline, id: c.id, title: c.title })),
      ...(f.inFile ? { post: file.file } : {}),
    },
  };
}

/** "posts/plan.csv#row=3" is a row of posts/plan.csv. */
function artifactOf(name: string): string {
  return name.replace(/#row=\d+$/, '');
}

function location(file: string, region?: Sarif.Region): Sarif.Location {
  return {
    physicalLocation: {
      artifactLocation: { uri: toUri(file), uriBaseId: '%SRCROOT%' },
      ...(region ? { region } : {}),
    },
  };
}

/** A relative URI: each path segment percent-encoded (Japanese names, spaces, "#"). */
function toUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

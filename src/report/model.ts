import type { Account, Category, Severity } from '../categories.js';
import type { Citation } from '../guidelines/profile.js';

/** A finding as every formatter sees it: positions in the original file, sensitive text masked. */
export interface ReportFinding {
  readonly ruleId: string;
  readonly category: Category;
  readonly severity: Severity;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly offset: number;
  readonly length: number;
  readonly text: string;
  readonly clauses: readonly Citation[];
  readonly suggestion?: string;
}

/** Why a file given to the run was not linted. */
export interface FileProblem {
  readonly kind: 'binary' | 'encoding' | 'unreadable';
  readonly message: string;
}

export interface FileResult {
  readonly file: string;
  readonly account: Account;
  readonly findings: readonly ReportFinding[];
  /** The text positions count in, with every sensitive span masked: for showing context. */
  readonly displaySource: string;
  readonly problem?: FileProblem;
}

export interface Summary {
  readonly files: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

export interface Report {
  readonly tool: { readonly name: string; readonly version: string; readonly rulesHash: string };
  readonly guideline: { readonly id: string; readonly name: string };
  readonly results: readonly FileResult[];
  readonly summary: Summary;
}

export function summarize(results: readonly FileResult[]): Summary {
  const count = (s: Severity) => results.reduce((n, r) => n + r.findings.filter((f) => f.severity === s).length, 0);
  return { files: results.length, errors: count('error'), warnings: count('warning'), infos: count('info') };
}

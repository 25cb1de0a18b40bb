import type { Account, Category, Severity } from '../categories.js';
import type { Citation } from '../guidelines/profile.js';

/**
 * Findings about the linter's own instructions rather than the post: a suppression in the
 * draft that lacks a reason, or that suppresses nothing. Not a guideline category; no clause.
 */
export const SUPPRESSION_CATEGORY = 'suppression';
export type FindingCategory = Category | typeof SUPPRESSION_CATEGORY;

/** Why a finding was silenced: SARIF's suppression kinds (in the draft, or in the project config). */
export interface Suppression {
  readonly kind: 'inSource' | 'external';
  readonly justification: string;
}

/** A span in the file itself, when the finding's own positions count in something else (a CSV row). */
export interface FileRegion {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** A finding as every formatter sees it: positions in the original file, sensitive text masked. */
export interface ReportFinding {
  readonly ruleId: string;
  readonly category: FindingCategory;
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
  /** For a CSV row: where the finding is in the CSV file (line, column above count in the row's text). */
  readonly inFile?: FileRegion;
  /** Set on the findings in `FileResult.suppressed`. */
  readonly suppression?: Suppression;
}

/** Why a file given to the run was not linted. */
export interface FileProblem {
  readonly kind: 'binary' | 'encoding' | 'unreadable' | 'invalid';
  readonly message: string;
  /** The line of the file the problem is at (a broken front matter, a bad CSV row). */
  readonly line?: number;
}

export interface FileResult {
  readonly file: string;
  readonly account: Account;
  readonly findings: readonly ReportFinding[];
  /**
   * Findings silenced by a suppression with a reason: not counted and not shown by the
   * formats for people, but kept so that SARIF can report them as suppressed.
   */
  readonly suppressed?: readonly ReportFinding[];
  /** The text positions count in, with every sensitive span masked: for showing context. */
  readonly displaySource: string;
  readonly problem?: FileProblem;
}

/** A rule as reports describe it (SARIF's rule metadata). */
export interface RuleDescriptor {
  readonly id: string;
  readonly category: FindingCategory;
  /** The severity for each account ("off" where the rule does not apply). */
  readonly severity: Readonly<Record<Account, Severity | 'off'>>;
  /** The rule's message as written, with its `{match}` placeholders. */
  readonly message: string;
  readonly suggestion?: string;
  /** The clauses the rule cites under the run's guideline, for the run's account. */
  readonly clauses: readonly Citation[];
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
  /** The account of posts that don't say, for which `rules[].clauses` are given. */
  readonly account?: Account;
  /** Every rule of the run; formats that describe rules (SARIF) take them from here. */
  readonly rules?: readonly RuleDescriptor[];
  readonly results: readonly FileResult[];
  readonly summary: Summary;
}

export function summarize(results: readonly FileResult[]): Summary {
  const count = (s: Severity) => results.reduce((n, r) => n + r.findings.filter((f) => f.severity === s).length, 0);
  return { files: results.length, errors: count('error'), warnings: count('warning'), infos: count('info') };
}

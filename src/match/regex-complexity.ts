import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/**
 * recheck (~3 MB of compiled code) is loaded when a user's expression is first audited: the
 * shipped rules are not audited at run time, and most runs have no rules of their own.
 */
const loadRecheck = () => require('recheck') as typeof import('recheck');

/**
 * How long matching a regular expression can take as its input grows, decided by analysing the
 * expression (recheck's automaton checker, in-process, deterministic). safe-regex2 only counts
 * nested quantifiers: it passes `(a|aa)*b`, `(a|a)*$` and `\d+\d+\d+$`.
 */
export type Complexity =
  | { readonly kind: 'linear' }
  | { readonly kind: 'polynomial'; readonly degree: number }
  | { readonly kind: 'exponential' }
  | { readonly kind: 'unknown'; readonly reason: string };

/** Polynomial matching up to this degree is accepted: `\d+円` is quadratic on a run of digits. */
export const MAX_POLYNOMIAL_DEGREE = 2;

/**
 * The analysis of a long alternation of words can itself take minutes; past this it gives up
 * and the expression is judged by safe-regex2 alone (an inconclusive analysis is not a reason
 * to refuse a rule). Dangerous shapes are small and are decided in milliseconds.
 */
const ANALYSIS_TIMEOUT_MS = 3_000;

export function regexComplexity(source: string, flags: string): Complexity {
  const worst: Complexity[] = [analyse(withoutLookarounds(source), flags), ...lookaroundBodies(source).map((b) => analyse(b, flags))];
  return worst.reduce((a, b) => (rank(b) > rank(a) ? b : a));
}

/** Whether a run can take too long on some input of a few thousand characters. */
export function isTooSlow(c: Complexity): boolean {
  return c.kind === 'exponential' || (c.kind === 'polynomial' && c.degree > MAX_POLYNOMIAL_DEGREE);
}

function analyse(source: string, flags: string): Complexity {
  const previous = process.env.RECHECK_SYNC_BACKEND;
  // The pure-JavaScript backend: no worker, no native binary, the same answer everywhere.
  process.env.RECHECK_SYNC_BACKEND = 'pure';
  try {
    const d = loadRecheck().checkSync(source, flags.replace(/[gy]/g, ''), { checker: 'automaton', timeout: ANALYSIS_TIMEOUT_MS });
    if (d.status === 'safe') return { kind: 'linear' };
    if (d.status === 'unknown') return { kind: 'unknown', reason: d.error.kind };
    return d.complexity.type === 'exponential' ? { kind: 'exponential' } : { kind: 'polynomial', degree: d.complexity.degree };
  } finally {
    if (previous === undefined) delete process.env.RECHECK_SYNC_BACKEND;
    else process.env.RECHECK_SYNC_BACKEND = previous;
  }
}

function rank(c: Complexity): number {
  return c.kind === 'exponential' ? Infinity : c.kind === 'polynomial' ? c.degree : c.kind === 'unknown' ? 0.5 : 0;
}

const LOOKAROUND = /\(\?<?[=!]/y;

/**
 * The automaton checker does not support lookarounds. They match no characters, so the
 * expression without them backtracks at least as much; their bodies are analysed on their own.
 */
export function withoutLookarounds(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; ) {
    const end = lookaroundEnd(source, i);
    if (end > i) {
      i = end;
      continue;
    }
    const len = tokenLength(source, i);
    out += source.slice(i, i + len);
    i += len;
  }
  return out;
}

export function lookaroundBodies(source: string): string[] {
  const bodies: string[] = [];
  for (let i = 0; i < source.length; ) {
    const end = lookaroundEnd(source, i);
    if (end > i) {
      const open = i + (source[i + 2] === '<' ? 4 : 3);
      bodies.push(source.slice(open, end - 1), ...lookaroundBodies(source.slice(open, end - 1)));
      i = end;
    } else {
      i += tokenLength(source, i);
    }
  }
  return bodies;
}

/** End (after its ")") of a lookaround starting at `i`, or `i` when none starts there. */
function lookaroundEnd(source: string, i: number): number {
  LOOKAROUND.lastIndex = i;
  if (!LOOKAROUND.test(source)) return i;
  let depth = 0;
  for (let j = i; j < source.length; ) {
    if (source[j] === '(') depth++;
    else if (source[j] === ')' && --depth === 0) return j + 1;
    j += tokenLength(source, j);
  }
  return i;
}

/** Length of the token at `i`: an escape, a character class, or one character. */
function tokenLength(source: string, i: number): number {
  if (source[i] === '\\') return 2;
  if (source[i] !== '[') return 1;
  let j = i + 1;
  while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
  return j + 1 - i;
}

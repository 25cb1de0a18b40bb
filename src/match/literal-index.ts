/**
 * Sets of literals, each the strings of which a text must hold one for an expression to match
 * (required-literals.ts), all looked for in a text in one pass (Aho–Corasick), whatever their
 * number: the pass tells which sets have a literal in the text, and an expression asks only
 * about its own set. Literals are compared unit by unit, as `includes` does.
 */
export class LiteralIndex {
  private readonly literalIds = new Map<string, number>();
  /** The sets each literal belongs to, by literal id. */
  private readonly setsOf: number[][] = [];
  private sets = 0;
  /** Sets holding the empty string: every text contains it, as `includes` says. */
  private readonly alwaysFound: number[] = [];
  private automaton: Automaton | undefined;

  /** How many sets the index holds; their ids are 0 up to this. */
  get size(): number {
    return this.sets;
  }

  /** Adds a set of literals; returns its id. */
  add(literals: readonly string[]): number {
    const set = this.sets++;
    if (literals.includes('')) {
      this.alwaysFound.push(set);
      return set;
    }
    for (const literal of new Set(literals)) {
      let id = this.literalIds.get(literal);
      if (id === undefined) {
        id = this.literalIds.size;
        this.literalIds.set(literal, id);
        this.setsOf.push([]);
        this.automaton = undefined;
      }
      this.setsOf[id]!.push(set);
    }
    return set;
  }

  /** Which sets have a literal in `text`: found[set] is 1 for each. */
  find(text: string): Uint8Array {
    const found = new Uint8Array(this.sets);
    this.scan(text, (set) => {
      found[set] = 1;
    });
    return found;
  }

  /** Whether set `set` has a literal in `text`; stops at the first one found. */
  has(text: string, set: number): boolean {
    let found = false;
    this.scan(text, (s) => {
      if (s !== set) return false;
      found = true;
      return true;
    });
    return found;
  }

  /** The ids of the sets that have a literal in `text`, in ascending order. */
  setsIn(text: string): number[] {
    const ids: number[] = [];
    this.scan(text, (set) => {
      ids.push(set);
    });
    return ids.sort((a, b) => a - b);
  }

  /**
   * Calls `mark` with every set of every literal found in `text`, each set once; stops when
   * `mark` returns true.
   */
  private scan(text: string, mark: (set: number) => boolean | void): void {
    this.automaton ??= buildAutomaton([...this.literalIds.keys()], this.sets);
    const { root, edgeStart, edgeUnit, edgeTo, rootBegins, fail, ends, out, seenAt } = this.automaton;
    // Literals and sets met in this scan are those stamped with its number: nothing to clear
    // or allocate per text, and a scan runs for every text layer or sentence of every post.
    const stamp = nextScan(this.automaton, this.sets);
    const setSeenAt = this.automaton.setSeenAt;
    for (const set of this.alwaysFound) {
      setSeenAt[set] = stamp;
      if (mark(set) === true) return;
    }
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      let to = -1;
      while (state !== 0) {
        // A state below the root has few transitions: a short run of sorted units to look through.
        for (let e = edgeStart[state]!, end = edgeStart[state + 1]!; e < end && edgeUnit[e]! <= unit; e++) {
          if (edgeUnit[e] === unit) {
            to = edgeTo[e]!;
            break;
          }
        }
        if (to >= 0) break;
        state = fail[state]!;
      }
      if (state === 0) {
        // A bit per unit: most units of a text begin no literal and cost no lookup.
        if (((rootBegins[unit >>> 5]! >>> (unit & 31)) & 1) === 0) continue;
        to = root.get(unit)!;
      }
      state = to;
      if (ends[state] === 0) continue;
      for (const id of out[state]!) {
        if (seenAt[id] === stamp) continue;
        seenAt[id] = stamp;
        for (const set of this.setsOf[id]!) {
          if (setSeenAt[set] === stamp) continue;
          setSeenAt[set] = stamp;
          if (mark(set) === true) return;
        }
      }
    }
  }
}

interface Automaton {
  /** The root's transitions by UTF-16 unit (state 0 is the root). */
  readonly root: Map<number, number>;
  /**
   * Every other state's transitions, side by side: those of state s are at edgeStart[s] up to
   * edgeStart[s + 1], units in ascending order. Flat arrays read faster than a Map per state.
   */
  readonly edgeStart: Int32Array;
  readonly edgeUnit: Uint16Array;
  readonly edgeTo: Int32Array;
  /** The units the root has a transition for, one bit each (8 KB, kept in the processor's cache). */
  readonly rootBegins: Int32Array;
  /** The state of the longest proper suffix of each state's text that is in the trie. */
  readonly fail: Int32Array;
  /** 1 for each state where a literal ends (its own or a suffix's). */
  readonly ends: Uint8Array;
  /** Literals that end at each state, those of its suffixes included. */
  readonly out: number[][];
  /** The scan in which each literal, and each set, was last met (see scan). */
  readonly seenAt: Int32Array;
  /** Grows when sets are added after the automaton was built (sets of literals it has). */
  setSeenAt: Int32Array;
  scans: number;
}

/** The number of a new scan, with the stamps it needs for `sets` sets. */
function nextScan(automaton: Automaton, sets: number): number {
  if (automaton.setSeenAt.length < sets || automaton.scans === 0x7fffffff) {
    const grown = new Int32Array(Math.max(sets, automaton.setSeenAt.length));
    if (automaton.scans !== 0x7fffffff) grown.set(automaton.setSeenAt);
    else {
      automaton.seenAt.fill(0);
      automaton.scans = 0;
    }
    automaton.setSeenAt = grown;
  }
  return ++automaton.scans;
}

function buildAutomaton(literals: readonly string[], sets: number): Automaton {
  const next: Map<number, number>[] = [new Map()];
  const out: number[][] = [[]];
  literals.forEach((literal, id) => {
    let state = 0;
    for (let i = 0; i < literal.length; i++) {
      const unit = literal.charCodeAt(i);
      let to = next[state]!.get(unit);
      if (to === undefined) {
        to = next.length;
        next.push(new Map());
        out.push([]);
        next[state]!.set(unit, to);
      }
      state = to;
    }
    out[state]!.push(id);
  });
  // Breadth first, so that a state's failure target is complete before the state is.
  const fail = new Array<number>(next.length).fill(0);
  const queue = [...next[0]!.values()];
  for (let q = 0; q < queue.length; q++) {
    const state = queue[q]!;
    for (const [unit, child] of next[state]!) {
      let f = fail[state]!;
      while (f !== 0 && !next[f]!.has(unit)) f = fail[f]!;
      const target = next[f]!.get(unit);
      fail[child] = target !== undefined && target !== child ? target : 0;
      if (out[fail[child]!]!.length > 0) out[child] = [...out[child]!, ...out[fail[child]!]!];
      queue.push(child);
    }
  }
  const rootBegins = new Int32Array(0x10000 >>> 5);
  for (const unit of next[0]!.keys()) rootBegins[unit >>> 5]! |= 1 << (unit & 31);
  const ends = Uint8Array.from(out, (literals) => (literals.length > 0 ? 1 : 0));
  const edgeStart = new Int32Array(next.length + 1);
  const edges = next.reduce((n, m, state) => (state === 0 ? n : n + m.size), 0);
  const edgeUnit = new Uint16Array(edges);
  const edgeTo = new Int32Array(edges);
  let e = 0;
  for (let state = 0; state < next.length; state++) {
    edgeStart[state] = e;
    if (state === 0) continue;
    // Sorted by insertion: a state below the root has a child or two, seldom more.
    const first = e;
    for (const [unit, child] of next[state]!) {
      let k = e++;
      for (; k > first && edgeUnit[k - 1]! > unit; k--) {
        edgeUnit[k] = edgeUnit[k - 1]!;
        edgeTo[k] = edgeTo[k - 1]!;
      }
      edgeUnit[k] = unit;
      edgeTo[k] = child;
    }
  }
  edgeStart[next.length] = e;
  return {
    root: next[0]!,
    edgeStart,
    edgeUnit,
    edgeTo,
    rootBegins,
    fail: Int32Array.from(fail),
    ends,
    out,
    seenAt: new Int32Array(literals.length),
    setSeenAt: new Int32Array(sets),
    scans: 0,
  };
}

/**
 * `(text) => words.some((w) => text.includes(w))`, in one pass over the text however many
 * words there are.
 */
export function containsAny(words: readonly string[]): (text: string) => boolean {
  const index = new LiteralIndex();
  const set = index.add(words);
  return (text) => index.has(text, set);
}

/** The indexes in `words` of the words a text contains, in ascending order, in one pass. */
export function wordsIn(words: readonly string[]): (text: string) => number[] {
  const index = new LiteralIndex();
  // A fresh index numbers the sets in the order they are added: set i is words[i].
  for (const word of words) index.add([word]);
  return (text) => index.setsIn(text);
}

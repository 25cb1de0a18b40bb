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

  /** The ids of the sets that have a literal in `text`, in ascending order. */
  setsIn(text: string): number[] {
    const found = new Uint8Array(this.sets);
    const ids: number[] = [];
    this.scan(text, (set) => {
      if (found[set] === 1) return;
      found[set] = 1;
      ids.push(set);
    });
    return ids.sort((a, b) => a - b);
  }

  /** Calls `mark` with every set of every literal found in `text` (a literal once). */
  private scan(text: string, mark: (set: number) => void): void {
    for (const set of this.alwaysFound) mark(set);
    this.automaton ??= buildAutomaton([...this.literalIds.keys()]);
    const seen = new Uint8Array(this.literalIds.size);
    const { next, fromRoot, fail, out } = this.automaton;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      let to: number | undefined;
      while (state !== 0 && (to = next[state]!.get(unit)) === undefined) state = fail[state]!;
      state = state === 0 ? fromRoot[unit]! : to!;
      if (state === 0 || out[state]!.length === 0) continue;
      for (const id of out[state]!) {
        if (seen[id] === 1) continue;
        seen[id] = 1;
        for (const set of this.setsOf[id]!) mark(set);
      }
    }
  }
}

interface Automaton {
  /** Transitions of each state by UTF-16 unit; state 0 is the root. */
  readonly next: Map<number, number>[];
  /**
   * The root's transitions as a table by unit (0: none): most of a text's units lead nowhere
   * from the root, and this answers for them without hashing.
   */
  readonly fromRoot: Int32Array;
  /** The state of the longest proper suffix of each state's text that is in the trie. */
  readonly fail: number[];
  /** Literals that end at each state, those of its suffixes included. */
  readonly out: number[][];
}

function buildAutomaton(literals: readonly string[]): Automaton {
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
  const fromRoot = new Int32Array(0x10000);
  for (const [unit, child] of next[0]!) fromRoot[unit] = child;
  return { next, fromRoot, fail, out };
}

/**
 * `(text) => words.some((w) => text.includes(w))`, in one pass over the text however many
 * words there are.
 */
export function containsAny(words: readonly string[]): (text: string) => boolean {
  const index = new LiteralIndex();
  const set = index.add(words);
  return (text) => index.find(text)[set] === 1;
}

/** The indexes in `words` of the words a text contains, in ascending order, in one pass. */
export function wordsIn(words: readonly string[]): (text: string) => number[] {
  const index = new LiteralIndex();
  // A fresh index numbers the sets in the order they are added: set i is words[i].
  for (const word of words) index.add([word]);
  return (text) => index.setsIn(text);
}

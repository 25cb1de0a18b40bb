/**
 * A string derived from an original text in which every UTF-16 unit remembers the range of the
 * original it came from. Findings are computed on derived text and reported on the original.
 */
export interface MappedText {
  readonly text: string;
  /** Original start offset of the source of `text[i]`. */
  readonly starts: Int32Array;
  /** Original end offset (exclusive) of the source of `text[i]`. */
  readonly ends: Int32Array;
  readonly originalLength: number;
}

export interface Range {
  start: number;
  end: number;
}

/** Maps a range of derived text back to the original characters it was made from. */
export function toOriginalRange(mapped: MappedText, start: number, end: number): Range {
  if (end <= start) {
    const at = start < mapped.text.length ? mapped.starts[start]! : mapped.originalLength;
    return { start: at, end: at };
  }
  return { start: mapped.starts[start]!, end: mapped.ends[end - 1]! };
}

export class MappedTextBuilder {
  private readonly parts: string[] = [];
  private starts: Int32Array;
  private ends: Int32Array;
  private length = 0;

  constructor(private readonly originalLength: number) {
    // Derived text is rarely longer than its original (NFKC expands only a few characters).
    this.starts = new Int32Array(originalLength + 8);
    this.ends = new Int32Array(originalLength + 8);
  }

  /** Appends `piece`, every unit of which came from original range [from, to). */
  push(piece: string, from: number, to: number): void {
    if (piece.length === 0) return;
    this.reserve(piece.length);
    this.parts.push(piece);
    this.starts.fill(from, this.length, this.length + piece.length);
    this.ends.fill(to, this.length, this.length + piece.length);
    this.length += piece.length;
  }

  /** Appends units [from, to) of another text derived from the same original, with their map. */
  copyFrom(source: MappedText, from: number, to: number): void {
    if (to <= from) return;
    this.reserve(to - from);
    this.parts.push(source.text.slice(from, to));
    this.starts.set(source.starts.subarray(from, to), this.length);
    this.ends.set(source.ends.subarray(from, to), this.length);
    this.length += to - from;
  }

  build(): MappedText {
    return {
      text: this.parts.join(''),
      starts: this.starts.subarray(0, this.length),
      ends: this.ends.subarray(0, this.length),
      originalLength: this.originalLength,
    };
  }

  private reserve(extra: number): void {
    const needed = this.length + extra;
    if (needed <= this.starts.length) return;
    const capacity = Math.max(needed, this.starts.length * 2);
    const grow = (a: Int32Array) => {
      const b = new Int32Array(capacity);
      b.set(a.subarray(0, this.length));
      return b;
    };
    this.starts = grow(this.starts);
    this.ends = grow(this.ends);
  }
}

/** The identity mapping: derived text equal to the original. */
export function identity(text: string): MappedText {
  const starts = new Int32Array(text.length);
  const ends = new Int32Array(text.length);
  for (let i = 0; i < text.length; i++) {
    starts[i] = i;
    ends[i] = i + 1;
  }
  return { text, starts, ends, originalLength: text.length };
}

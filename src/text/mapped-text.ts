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
  private starts: number[] = [];
  private ends: number[] = [];

  constructor(private readonly originalLength: number) {}

  /** Appends `piece`, every unit of which came from original range [from, to). */
  push(piece: string, from: number, to: number): void {
    if (piece.length === 0) return;
    this.parts.push(piece);
    for (let i = 0; i < piece.length; i++) {
      this.starts.push(from);
      this.ends.push(to);
    }
  }

  build(): MappedText {
    return {
      text: this.parts.join(''),
      starts: Int32Array.from(this.starts),
      ends: Int32Array.from(this.ends),
      originalLength: this.originalLength,
    };
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

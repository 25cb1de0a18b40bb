/** Line and column lookup over an original text; both 1-based, columns in UTF-16 units. */
export interface Position {
  line: number;
  column: number;
}

export class LineIndex {
  private readonly lineStarts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 0x0a) this.lineStarts.push(i + 1);
      else if (ch === 0x0d) {
        if (text.charCodeAt(i + 1) === 0x0a) i++;
        this.lineStarts.push(i + 1);
      }
    }
  }

  position(offset: number): Position {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.lineStarts[lo]! + 1 };
  }

  /** Offset where the given 1-based line starts. */
  lineStart(line: number): number {
    return this.lineStarts[line - 1] ?? this.lineStarts[this.lineStarts.length - 1]!;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }
}

import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/text/positions.js';

describe('LineIndex', () => {
  it('counts 1-based lines and UTF-16 columns', () => {
    const lines = new LineIndex('あいつは\nバカだ');
    expect(lines.position(0)).toEqual({ line: 1, column: 1 });
    expect(lines.position(5)).toEqual({ line: 2, column: 1 });
    expect(lines.position(7)).toEqual({ line: 2, column: 3 });
  });

  it('treats CRLF as one line break and a lone CR as a line break', () => {
    const text = '一\r\n二\r三\n四';
    const lines = new LineIndex(text);
    expect(lines.position(text.indexOf('二'))).toEqual({ line: 2, column: 1 });
    expect(lines.position(text.indexOf('三'))).toEqual({ line: 3, column: 1 });
    expect(lines.position(text.indexOf('四'))).toEqual({ line: 4, column: 1 });
    expect(lines.lineCount).toBe(4);
  });

  it('counts a surrogate pair as two columns, as editors and SARIF do', () => {
    const lines = new LineIndex('𠮷バカ');
    expect(lines.position(2)).toEqual({ line: 1, column: 3 });
  });
});

import { describe, expect, it } from 'vitest';
import { createRedactor } from '../../src/report/redact.js';

describe('createRedactor', () => {
  const source = '山本さん 090-1234-5678。もう一度: 090-1234-5678、PW: Kk#2026hoiku';
  const redactor = createRedactor(source, [
    { start: 5, end: 18, style: 'phone' },
    { start: 43, end: 55, style: 'secret' },
  ]);

  it('masks the sensitive spans and every other place the same value is written', () => {
    expect(redactor.displaySource).toBe('山本さん 090-****-5678。もう一度: 090-****-5678、PW: ************');
    expect(redactor.displaySource).toHaveLength(source.length);
  });

  it('masks a detector value that repeats the match, keeps one that describes it', () => {
    expect(redactor.maskVars({ number: '09012345678', kind: '携帯電話番号' }, '090-1234-5678', 'phone')).toEqual({
      number: '090****5678',
      kind: '携帯電話番号',
    });
  });

  it('scrubs sensitive values out of any text for the report', () => {
    expect(redactor.scrub('番号 090-1234-5678 と Kk#2026hoiku')).toBe('番号 090-****-5678 と ************');
  });
});

import { describe, expect, it } from 'vitest';
import { createProjectFilter } from '../../src/filter/project-filter.js';
import { suppressionNotes } from '../../src/filter/suppression-notes.js';
import type { PostSuppression } from '../../src/input/post.js';

const lookup = {
  isKnown: (r: string) => ['insult', 'personal-info', 'insult/abusive-words'].includes(r),
  isSensitive: (r: string) => r === 'personal-info',
};
const entry = (rule: string, text: string, reason?: string): PostSuppression => ({
  rule,
  text,
  ...(reason ? { reason } : {}),
  range: { start: 10, end: 20 },
  textRange: { start: 15, end: 20 },
});

describe('suppressionNotes', () => {
  it('reports a suppression without a reason, one naming nothing known, and one that suppressed nothing', () => {
    const used = entry('insult', 'バカ', '引用');
    const entries = [used, entry('insult', 'アホ'), entry('insult/abusive-wrds', 'バカ', '引用'), entry('insult/abusive-words', 'クズ', '引用')];
    const notes = suppressionNotes(entries, new Set([used]), lookup, createProjectFilter({}));
    expect(notes.map((n) => [n.ruleId, n.severity, n.range.start])).toEqual([
      ['sns-lint/suppression-without-reason', 'warning', 10],
      ['sns-lint/unused-suppression', 'warning', 10],
      ['sns-lint/unused-suppression', 'warning', 10],
    ]);
    expect(notes[0]!.message).toMatch(/insult「アホ」.*理由（reason）が書かれていない/);
    expect(notes[1]!.message).toMatch(/「insult\/abusive-wrds」はルール ID でもカテゴリでもない/);
    expect(notes[2]!.message).toMatch(/insult\/abusive-words「クズ」.*に当たる指摘がありません/);
  });

  it('never repeats personal data written in a suppression', () => {
    const [note] = suppressionNotes([entry('personal-info', '090-1234-5678')], new Set(), lookup, createProjectFilter({}));
    expect(note!.message).toContain('090-****-5678');
    expect(note!.message).not.toContain('1234');
    expect(note!.sensitive).toEqual({ start: 15, end: 20 });
  });

  it('follows the config: switched off, or graded differently', () => {
    const entries = [entry('insult', 'バカ', '引用')];
    expect(suppressionNotes(entries, new Set(), lookup, createProjectFilter({ disable: ['sns-lint/unused-suppression'] }))).toEqual([]);
    expect(suppressionNotes(entries, new Set(), lookup, createProjectFilter({ severity: { suppression: 'error' } }))[0]!.severity).toBe('error');
  });
});

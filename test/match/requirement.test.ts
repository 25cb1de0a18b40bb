import { describe, expect, it } from 'vitest';
import { compilePattern } from '../../src/match/pattern.js';
import { compileRequirement } from '../../src/match/requirement.js';
import { doc } from '../helpers/doc.js';

const when = compilePattern({ regex: ['うちの市'], layer: 'normalized' });
const expect_ = compilePattern({ regex: ['個人の見解'], layer: 'normalized' });
const requirement = compileRequirement(when, expect_);

describe('requirement matcher', () => {
  it('reports the trigger when the required statement is missing', async () => {
    expect(requirement(await doc('うちの市の分別は多すぎる'))).toEqual([{ start: 0, end: 4 }]);
  });

  it('is satisfied by the statement anywhere in the post', async () => {
    expect(requirement(await doc('うちの市の分別は多すぎる。※個人の見解です'))).toEqual([]);
  });

  it('reports nothing when nothing triggers it', async () => {
    expect(requirement(await doc('今日は晴れ'))).toEqual([]);
  });
});

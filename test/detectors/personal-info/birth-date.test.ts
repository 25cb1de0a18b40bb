import { describe, expect, it } from 'vitest';
import { found } from '../../helpers/detect.js';

describe('birth-date detector', () => {
  it.each([
    ['山田太郎（1985年4月1日生まれ）', '1985年4月1日生まれ'],
    ['生年月日：平成2年12月3日', '生年月日：平成2年12月3日'],
    ['村田さん（S52.10.3生）', 'S52.10.3生'],
    ['迷子の男の子は、令和元年7月14日生まれです', '令和元年7月14日生まれ'],
  ])('reports a date of birth: %s', async (text, date) => {
    expect(await found('birth-date', text)).toEqual([date]);
  });

  it.each([
    ['平成31年4月2日から令和2年4月1日までに生まれた方'],
    ['2019年4月2日～2020年4月1日生まれ'],
    ['令和2年4月2日生まれ以降のお子さん'],
    ['平成20年4月2日生まれの方が対象です'],
    ['郷土の偉人（1867年10月14日生まれ）'],
    ['2026年4月1日生徒集合'],
    ['3月生まれのお子さん'],
  ])('leaves eligibility dates and others alone: %s', async (text) => {
    expect(await found('birth-date', text)).toEqual([]);
  });
});

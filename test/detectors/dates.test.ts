import { describe, expect, it } from 'vitest';
import { dates } from '../../src/detectors/dates.js';
import { doc } from '../helpers/doc.js';
import { makeTree, runCli } from '../helpers/cli.js';

const env = { official: { domains: [], phones: [] }, resolvePath: (p: string) => p };
const NOW = new Date('2026-11-21T10:00:00+09:00');

type Check = 'weekday' | 'impossible' | 'era' | 'era-year' | 'holiday-mark' | 'holiday-name';

/** What the detector matched in the original text, with the values it offers the message. */
async function found(text: string, check: Check, year: 'stated' | 'assumed' | 'any' = 'any', now = NOW) {
  const detect = dates.create(dates.options.parse({ check, year }), env);
  return detect(await doc(text, 'official', now)).map((m) => ({ text: text.slice(m.start, m.end), ...m.vars }));
}

describe('dates detector: weekdays', () => {
  it('names the right weekday of a wrong one, in original positions of full-width text', async () => {
    expect(await found('【ごみ収集】2026年11月23日(火・祝)は収集します。', 'weekday')).toEqual([
      { text: '2026年11月23日(火・祝)', date: '2026年11月23日', expected: '月', written: '火', year: '2026' },
    ]);
    expect(await found('説明会は２０２６年１２月４日（木）です。', 'weekday')).toEqual([
      { text: '２０２６年１２月４日（木）', date: '2026年12月4日', expected: '金', written: '木', year: '2026' },
    ]);
    expect((await found('令和9年1月6日(火)', 'weekday'))[0]).toMatchObject({ date: '2027年1月6日', expected: '水' });
    expect((await found('受付：2026/12/2(火)', 'weekday'))[0]).toMatchObject({ expected: '水' });
  });

  it('checks each end of a range, the second taking month and year from the first', async () => {
    expect(await found('12月29日(火)〜1月3日(土)は閉庁します', 'weekday')).toEqual([
      { text: '1月3日(土)', date: '2027年1月3日', expected: '日', written: '土', year: '2027' },
    ]);
    expect(await found('2026年11月21日(土)〜23日(火)', 'weekday')).toEqual([
      { text: '23日(火)', date: '2026年11月23日', expected: '月', written: '火', year: '2026' },
    ]);
    expect(await found('2026年11月21日(土)〜23日(月・祝)', 'weekday')).toEqual([]);
  });

  it('takes a missing year from the reference date: next year for a day months past', async () => {
    expect(await found('1月4日(月)から通常どおり', 'weekday')).toEqual([]);
    expect(await found('1月4日(火)から通常どおり', 'weekday')).toEqual([
      { text: '1月4日(火)', date: '2027年1月4日', expected: '月', written: '火', year: '2027' },
    ]);
    expect(await found('1月4日(日)から通常どおり', 'weekday', 'any', new Date('2026-01-02T09:00:00+09:00'))).toEqual([]);
    expect((await found('9月6日(土)の訓練', 'weekday'))[0]).toMatchObject({ date: '2026年9月6日', expected: '日' });
  });

  it('separates dates whose year the post gives from those whose year is assumed', async () => {
    const written = '説明会は2026年12月4日(木)です。';
    const assumed = '説明会は12月4日(木)です。';
    expect((await found(written, 'weekday', 'stated')).map((m) => m.text)).toEqual(['2026年12月4日(木)']);
    expect(await found(written, 'weekday', 'assumed')).toEqual([]);
    expect((await found(assumed, 'weekday', 'assumed')).map((m) => m.text)).toEqual(['12月4日(木)']);
    expect(await found(assumed, 'weekday', 'stated')).toEqual([]);
  });

  it('counts a date read by another written date of the post as stated', async () => {
    const text = '2026年12月28日(月)が仕事納め、1月5日(月)が仕事始めです。';
    expect(await found(text, 'weekday', 'stated')).toEqual([
      { text: '1月5日(月)', date: '2027年1月5日', expected: '火', written: '月', year: '2027' },
    ]);
  });

  it('stays quiet on correct dates and on what only looks like one', async () => {
    for (const text of [
      '2026年12月28日(月)は仕事納め',
      '令和8年11月2日(月)〜11月20日(金)',
      '2027年1月1日(金) 0時から',
      '2026年10月1日(木)から開始',
      '2026年12月13日(日) 9:00〜12:00',
      '2026年8月1日(土)・2日(日)',
      '2026年12月5日・6日(土・日)',
      '毎月第2水曜日、毎週金曜日、月曜開館',
      '問合せ 0299-52-4410 受付番号 2026-1234',
      '3月31日まで',
      '10月上旬に発送',
      '12/1（火）締切',
      '2026年11月28日(土)開催、申込は11月20日(金)まで',
      '納税通知書は6月10日(水)に発送しました',
      '令和9年(2026年)1月11日(月)',
    ]) {
      expect(await found(text, 'weekday'), text).toEqual([]);
    }
  });
});

describe('dates detector: weekdays of assumed dates taken together', () => {
  type Together = 'fits-some-year' | 'fits-no-year' | 'any';
  /** What a weekday rule of dates without a year, read from the clock, matches with `together`. */
  async function together(text: string, mode: Together) {
    const detect = dates.create(dates.options.parse({ check: 'weekday', year: 'assumed', reference: 'clock', together: mode }), env);
    return detect(await doc(text, 'official', NOW)).map((m) => ({ text: text.slice(m.start, m.end), ...m.vars }));
  }

  it('reports weekdays that fit no single year, naming the date in the assumed year', async () => {
    expect(await together('3月2日(火)から6日(金)まで休館します。', 'fits-no-year')).toEqual([
      { text: '6日(金)', date: '2027年3月6日', expected: '土', written: '金', year: '2027' },
    ]);
    expect(await together('営業期間は7月18日(土)〜8月30日(土)です。', 'fits-no-year')).toEqual([
      { text: '7月18日(土)', date: '2027年7月18日', expected: '日', written: '土', year: '2027' },
      { text: '8月30日(土)', date: '2027年8月30日', expected: '月', written: '土', year: '2027' },
    ]);
    // Separate dates a week apart can't be a Thursday and a Friday; the one off this year is named.
    expect(await together('説明会は12月4日(木)、相談会は12月11日(金)に開きます。', 'fits-no-year')).toEqual([
      { text: '12月4日(木)', date: '2026年12月4日', expected: '金', written: '木', year: '2026' },
    ]);
  });

  it('moves a range across the new year as one', async () => {
    // 2021年12月29日 was a Wednesday and 2022年1月3日 a Monday: that year fits.
    expect(await together('12月29日(水)〜1月3日(月)は閉庁します。', 'fits-no-year')).toEqual([]);
    expect((await together('12月29日(水)〜1月3日(月)は閉庁します。', 'fits-some-year')).map((m) => m.text)).toEqual([
      '12月29日(水)',
      '1月3日(月)',
    ]);
    // Five days on from a Wednesday is a Monday, never a Sunday.
    expect((await together('12月29日(水)〜1月3日(日)は閉庁します。', 'fits-no-year')).map((m) => m.text)).toEqual(['12月29日(水)']);
  });

  it('takes no year in which a day does not exist', async () => {
    expect(await together('2月29日(木)・3月1日(金)は休館します。', 'fits-no-year')).toEqual([]);
    // The next leap day, 2028年2月29日, is a Tuesday: both are off that year, and no year fits both.
    expect((await together('2月29日(月)・3月1日(金)は休館します。', 'fits-no-year')).map((m) => m.text)).toEqual(['2月29日(月)', '3月1日(金)']);
  });

  it('leaves to the other rule what some year fits, single dates always, and lets it report only then', async () => {
    for (const text of ['説明会は12月4日(木)に開きます。', '納税通知書は6月10日(水)に発送しました。説明会は12月4日(金)です。', '3月2日(火)から5日(金)']) {
      expect(await together(text, 'fits-no-year'), text).toEqual([]);
    }
    expect((await together('説明会は12月4日(木)に開きます。', 'fits-some-year')).map((m) => m.text)).toEqual(['12月4日(木)']);
    const contradicting = '営業期間は7月18日(土)〜8月30日(土)です。';
    expect((await together(contradicting, 'any')).map((m) => m.text)).toEqual(['8月30日(土)']);
    expect(await together(contradicting, 'fits-some-year')).toEqual([]);
  });

  it('looks only at dates whose year is assumed from the clock', async () => {
    expect(await together('2027年3月2日(火)から6日(金)まで休館します。', 'fits-no-year')).toEqual([]);
    expect(dates.options.safeParse({ check: 'weekday', year: 'stated', together: 'fits-no-year' }).success).toBe(false);
    expect(dates.options.safeParse({ check: 'era', year: 'assumed', together: 'fits-some-year' }).success).toBe(false);
  });
});

describe('dates detector: impossible dates', () => {
  it('finds days that exist in no year, and 2月29日 of a written common year', async () => {
    expect(await found('期限は2月30日です', 'impossible')).toEqual([{ text: '2月30日', reason: '2月は29日までです' }]);
    expect(await found('令和8年9月31日(水)まで', 'impossible')).toEqual([{ text: '令和8年9月31日', reason: '9月は30日までです' }]);
    expect(await found('2027年2月29日', 'impossible')).toEqual([{ text: '2027年2月29日', reason: '2027年の2月は28日までです' }]);
    expect(await found('13月1日から', 'impossible')).toEqual([{ text: '13月1日', reason: '月は1〜12です' }]);
    expect(await found('2026年2月27日〜30日', 'impossible')).toEqual([{ text: '30日', reason: '2026年の2月は28日までです' }]);
  });

  it('leaves real days alone, and 2月29日 whose year is only assumed', async () => {
    for (const text of ['2028年2月29日(火)', '2月29日', '9月30日', '12月1日から3日間', '12月31日(木)']) {
      expect(await found(text, 'impossible'), text).toEqual([]);
    }
  });

  it('does not also report a weekday for a day that does not exist', async () => {
    expect(await found('2027年2月30日(火)', 'weekday')).toEqual([]);
    expect(await found('2026年2月1日(日)〜2月29日(日)', 'weekday')).toEqual([]);
    expect(await found('2026年2月1日(日)〜2月29日(日)', 'impossible')).toEqual([{ text: '2月29日', reason: '2026年の2月は28日までです' }]);
  });

  it('checks a 2月29日 without a year against the next leap day', async () => {
    expect(await found('2月29日(火)', 'weekday')).toEqual([]);
    expect((await found('2月29日(土)', 'weekday'))[0]).toMatchObject({ date: '2028年2月29日', expected: '火' });
  });
});

describe('dates detector: era and western year', () => {
  it('finds an era year beside a different western year, and says which it is', async () => {
    expect(await found('令和8年（2025年）10月25日(日)', 'era')).toEqual([
      { text: '令和8年（2025年）', era: '令和8年', expected: '2026年', written: '2025年' },
    ]);
    expect(await found('令和9年度（2026年度）', 'era')).toEqual([
      { text: '令和9年度（2026年度）', era: '令和9年度', expected: '2027年度', written: '2026年度' },
    ]);
    expect((await found('2020年（令和元年）', 'era'))[0]).toMatchObject({ era: '令和元年', expected: '2019年' });
  });

  it('accepts every correct pair, 元年 and the last year of 平成 included', async () => {
    for (const text of ['令和8年度（2026年度）', '令和元年（2019年）', '令和1年(2019年)', '平成31年(2019年)', '2026年（令和8年）', '昭和64年(1989年)']) {
      expect(await found(text, 'era'), text).toEqual([]);
    }
  });
});

describe('dates detector: era years that never were', () => {
  it('finds years past the end of an era, year 0, and days outside the era', async () => {
    expect(await found('申請は平成39年3月31日まで', 'era-year')).toEqual([{ text: '平成39年3月31日', reason: '平成は31年4月30日までです' }]);
    expect(await found('昭和70年に建てた校舎', 'era-year')).toEqual([{ text: '昭和70年', reason: '昭和は64年1月7日までです' }]);
    expect(await found('大正20年創業', 'era-year')).toEqual([{ text: '大正20年', reason: '大正は15年12月24日までです' }]);
    expect(await found('明治46年の地図', 'era-year')).toEqual([{ text: '明治46年', reason: '明治は45年7月29日までです' }]);
    expect(await found('令和0年度の決算', 'era-year')).toEqual([{ text: '令和0年度', reason: '和暦の年は元年（1年）から数えます' }]);
    expect(await found('平成31年5月1日から', 'era-year')).toEqual([{ text: '平成31年5月1日', reason: '平成は31年4月30日までです' }]);
    expect(await found('令和元年4月に開設', 'era-year')).toEqual([{ text: '令和元年4月', reason: '令和は元年5月1日からです' }]);
    expect(await found('ＮＯ．平成３２年４月１日', 'era-year')).toEqual([{ text: '平成３２年４月１日', reason: '平成は31年4月30日までです' }]);
  });

  it('leaves real era years alone: the last days of an era, fiscal years, anniversaries, future 令和', async () => {
    for (const text of [
      '平成31年4月30日',
      '平成31年度の決算',
      '平成31年4月',
      '昭和64年1月7日',
      '平成元年1月8日',
      '令和元年5月1日',
      '令和元年度',
      '大正15年12月24日',
      '明治150年記念',
      '昭和100年にあたる',
      '令和30年度までの計画',
      '令和8年（2026年）',
    ]) {
      expect(await found(text, 'era-year'), text).toEqual([]);
    }
  });
});

describe('dates detector: holidays', () => {
  it('finds 祝 on a day that is no holiday', async () => {
    expect(await found('2026年11月24日(火・祝)は休館', 'holiday-mark')).toEqual([
      { text: '2026年11月24日(火・祝)', date: '2026年11月24日', mark: '祝', year: '2026' },
    ]);
  });

  it('leaves 祝 to the other checks when the weekday is wrong or a holiday is named beside it', async () => {
    expect(await found('2026年11月24日(月・祝)は休館', 'holiday-mark')).toEqual([]);
    expect(await found('2027年1月12日(火・祝)の成人の日', 'holiday-mark')).toEqual([]);
    expect((await found('2027年1月12日(火・祝)の成人の日', 'holiday-name'))[0]).toMatchObject({ expected: '2027年1月11日（月）' });
  });

  it('accepts 祝 on holidays, substitute holidays and 国民の休日', async () => {
    for (const text of ['2026年11月23日(月・祝)', '2026年5月6日(水・祝)', '2026年9月22日(火・祝)', '11月3日(祝)']) {
      expect(await found(text, 'holiday-mark'), text).toEqual([]);
    }
  });

  it('finds a holiday named beside a day it does not fall on', async () => {
    expect(await found('2026年11月24日(火)の勤労感謝の日は休館', 'holiday-name')).toEqual([
      { text: '2026年11月24日(火)の勤労感謝の日', date: '2026年11月24日', holiday: '勤労感謝の日', expected: '2026年11月23日（月）', year: '2026' },
    ]);
    expect((await found('文化の日（2026年11月4日）', 'holiday-name'))[0]).toMatchObject({ text: '文化の日（2026年11月4日', expected: '2026年11月3日（火）' });
  });

  it('accepts holidays on their days, and observances that are no holidays', async () => {
    for (const text of ['2026年11月23日(月・祝)の勤労感謝の日', '成人の日（2027年1月11日）', '6月26日は国際麻薬乱用撲滅デー', '9月1日は防災の日']) {
      expect(await found(text, 'holiday-name'), text).toEqual([]);
    }
  });
});

describe('dates detector through the command line', () => {
  it('infers the year of a date without one from --now, and names it in the message', () => {
    const dir = makeTree({ 'a.txt': '【年始のごみ収集】1月4日(火)から通常どおり収集します。' });
    const inNovember = runCli(['--format', 'json', '--now', '2026-11-21', 'a.txt'], { cwd: dir });
    const [finding] = JSON.parse(inNovember.stdout).results[0].findings;
    expect(finding).toMatchObject({
      ruleId: 'accuracy/weekday-mismatch-assumed-year',
      severity: 'warning',
      text: '1月4日(火)',
      line: 1,
      column: 10,
      message: '2027年1月4日は月曜日です（「火」と書かれています）。年が書かれていないため、2027年の日付として確かめました。',
    });
    expect(finding.suggestion).toContain('「月」');
  });

  it('passes the same notice in the year it was right for (2022年1月4日 was a Tuesday)', () => {
    const dir = makeTree({ 'a.txt': '【年始のごみ収集】1月4日(火)から通常どおり収集します。' });
    const inDecember2021 = runCli(['--format', 'json', '--now', '2021-12-20', 'a.txt'], { cwd: dir });
    expect(inDecember2021.code).toBe(0);
    expect(JSON.parse(inDecember2021.stdout).results[0].findings).toEqual([]);
  });

  it('reports a written wrong weekday as an error with the accuracy clause of the guideline', () => {
    const dir = makeTree({ 'a.txt': '説明会は2026年12月4日(木)です。' });
    const r = runCli(['--format', 'json', '--guideline', 'akita', 'a.txt'], { cwd: dir });
    expect(r.code).toBe(1);
    const [finding] = JSON.parse(r.stdout).results[0].findings;
    expect(finding).toMatchObject({ ruleId: 'accuracy/weekday-mismatch', category: 'accuracy', severity: 'error', text: '2026年12月4日(木)' });
    expect(finding.message).toBe('2026年12月4日は金曜日です（「木」と書かれています）。');
    expect(finding.clauses.map((c: { id: string }) => c.id)).toContain('4(4)');
  });

  it('reports a year the era never reached as an error, saying when the era ended', () => {
    const dir = makeTree({ 'a.txt': '【補助金】申請は平成39年3月31日までです。' });
    const r = runCli(['--format', 'json', '--guideline', 'akita', 'a.txt'], { cwd: dir });
    expect(r.code).toBe(1);
    const [finding] = JSON.parse(r.stdout).results[0].findings;
    expect(finding).toMatchObject({ ruleId: 'accuracy/impossible-era-year', severity: 'error', text: '平成39年3月31日', column: 9 });
    expect(finding.message).toBe('「平成39年3月31日」は存在しない年月です（平成は31年4月30日までです）。');
    expect(finding.clauses.map((c: { id: string }) => c.id)).toContain('4(4)');
  });

  it('warns of weekdays that contradict each other even without a reference date, and keeps history out of a heading', () => {
    const dir = makeTree({
      'closed.txt': '【臨時休館】\n3月2日(火)から6日(金)まで休館します。',
      'heading.txt': '【1月26日(月)は文化財防火デー】\n昭和24年1月26日の法隆寺金堂の火災をきっかけに定められました。',
    });
    const r = runCli(['--format', 'json', 'closed.txt', 'heading.txt'], { cwd: dir });
    const byFile = Object.fromEntries(
      JSON.parse(r.stdout).results.map((f: { file: string; findings: unknown[] }) => [f.file.replace(/^.*[\\/]/, ''), f.findings]),
    );
    expect(byFile['closed.txt']).toEqual([
      expect.objectContaining({ ruleId: 'accuracy/weekdays-contradict', severity: 'warning', text: '6日(金)', line: 2, column: 10 }),
    ]);
    expect(byFile['closed.txt'][0].message).toMatch(/^この投稿の曜日は、どの年にも当てはまりません。年が書かれていないため\d{4}年とみなすと、\d{4}年3月6日は.曜日です（「金」と書かれています）。$/);
    // Whatever today is, the heading's date is read from it: at most a reminder, never the 1949 error.
    expect(byFile['heading.txt'].filter((f: { severity: string }) => f.severity !== 'info')).toEqual([]);
  });

  it('passes a post whose dates are all right', () => {
    const dir = makeTree({ 'a.txt': '【図書館】2026年12月29日(火)〜2027年1月4日(月)は休館します。1月5日(火)から開館します。' });
    const r = runCli(['--format', 'json', '--now', '2026-11-21', 'a.txt'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).results[0].findings).toEqual([]);
  });
});

import type { Report } from '../../../src/report/model.js';

/** A report with one clean file, one with findings (one masked) and one unreadable file. */
export const REPORT: Report = {
  tool: { name: 'sns-lint', version: '0.1.0', rulesHash: 'abc' },
  guideline: { id: 'akita', name: '秋田県ソーシャルメディア利用ガイドライン' },
  results: [
    { file: 'clean.txt', account: 'official', findings: [], displaySource: '今日は晴れ' },
    {
      file: 'bad.txt',
      account: 'private',
      displaySource: '一行目\nあいつはバカだ。電話 090-****-5678',
      findings: [
        {
          ruleId: 'insult/abusive-words',
          category: 'insult',
          severity: 'error',
          message: '他者を侮辱する表現「バカ」が含まれています。',
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 7,
          offset: 8,
          length: 2,
          text: 'バカ',
          clauses: [
            { guideline: 'akita', id: '4(5)', title: '他者を侮蔑するもの' },
            { guideline: 'law', id: '地方公務員法33条', title: '信用失墜行為の禁止' },
          ],
          suggestion: '事実だけを書いてください。',
        },
        {
          ruleId: 'personal-info/phone',
          category: 'personal-info',
          severity: 'warning',
          message: '電話番号「090-****-5678」',
          line: 2,
          column: 13,
          endLine: 2,
          endColumn: 26,
          offset: 16,
          length: 13,
          text: '090-****-5678',
          clauses: [],
        },
      ],
    },
    { file: 'photo.txt', account: 'official', findings: [], displaySource: '', problem: { kind: 'binary', message: 'バイナリファイルのため読み飛ばしました' } },
  ],
  summary: { files: 3, errors: 1, warnings: 1, infos: 0 },
};

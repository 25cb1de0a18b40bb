import type { Report, ReportFinding } from '../../../src/report/model.js';
import { REPORT } from './fixtures.js';

const [clean, bad, binary] = REPORT.results;
const insult = bad!.findings[0]!;

/** A finding whose matched text tries to issue workflow commands of its own. */
const hostile: ReportFinding = {
  ...insult,
  ruleId: 'local/echo',
  message: '「バカ\n::add-mask::secret\r\n::set-output name=x::100%」',
  line: 3,
  column: 1,
  endLine: 4,
  endColumn: 20,
};

/**
 * REPORT plus what CI formats must handle: a rule list, a suppressed finding, a CSV row (its
 * positions in the row, and where that is in the file), a file named with ":" and ",", a
 * hostile message, and an unreadable file with a line.
 */
export const CI_REPORT: Report = {
  ...REPORT,
  account: 'official',
  rules: [
    {
      id: 'insult/abusive-words',
      category: 'insult',
      severity: { official: 'error', private: 'error' },
      message: '他者を侮辱する表現「{match}」が含まれています。',
      suggestion: '事実だけを書いてください。',
      clauses: insult.clauses,
    },
    {
      id: 'work-hours/private-during-work',
      category: 'work-hours',
      severity: { official: 'off', private: 'error' },
      message: '予約日時 {time} が勤務時間中です。',
      clauses: [],
    },
  ],
  results: [
    clean!,
    {
      ...bad!,
      suppressed: [{ ...insult, offset: 0, suppression: { kind: 'inSource', justification: '映画の題名の引用' } }],
    },
    {
      file: 'posts/予定,案:1.csv#row=2',
      account: 'official',
      displaySource: 'あいつはバカだ',
      findings: [{ ...insult, line: 1, column: 5, endLine: 1, endColumn: 7, inFile: { file: 'posts/予定,案:1.csv', line: 3, column: 6, endLine: 3, endColumn: 8 } }],
    },
    { file: 'hostile.txt', account: 'official', displaySource: '', findings: [hostile] },
    binary!,
    { file: 'broken.md', account: 'official', findings: [], displaySource: '', problem: { kind: 'invalid', message: 'platform は x | instagram…', line: 3 } },
  ],
  summary: { files: 6, errors: 3, warnings: 1, infos: 0 },
};

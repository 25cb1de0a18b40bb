import { createRequire } from 'node:module';
import type { Account } from '../categories.js';
import { UserError } from '../errors.js';
import { parsePlatform, type Platform } from '../platforms.js';
import { LineIndex, type Position } from '../text/positions.js';
import { parseDateTime } from './date-time.js';
import type { Post } from './post.js';

/**
 * Bulk-scheduling files (what scheduling tools import and Excel exports): one post per row, the
 * columns found by their header. Header names are compared after NFKC, lower-casing and
 * removing spaces, `_` and `-`, so 「本 文」, "Publish_At" and "ＴＥＸＴ" are found too.
 */
const require = createRequire(import.meta.url);
/** Loaded for the first CSV file only. */
const csvParse = () => require('csv-parse/sync') as typeof import('csv-parse/sync');

const COLUMNS = {
  text: ['本文', '投稿内容', '投稿本文', '投稿文', '投稿テキスト', 'テキスト', 'メッセージ', '内容', 'キャプション', 'ツイート', 'text', 'message', 'content', 'body', 'post', 'caption', 'tweet', 'posttext'],
  date: ['予約日時', '投稿日時', '投稿予定日時', '配信日時', '公開日時', '予約投稿日時', '日時', 'publishat', 'scheduledat', 'scheduled', 'scheduledtime', 'date', 'datetime', 'publishdate', 'sendat'],
  time: ['予約時刻', '投稿時刻', '配信時刻', '時刻', 'time'],
  account: ['アカウント種別', 'アカウント', '種別', 'account', 'accounttype'],
  platform: ['プラットフォーム', '媒体', '投稿先', 'sns', 'platform', 'network', 'service', 'channel'],
} as const;

type Column = keyof typeof COLUMNS;

function headerKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[\s_\-]/g, '');
}

/** Index of each column the header names; the earliest name in a list wins over later ones. */
function findColumns(header: readonly string[]): Partial<Record<Column, number>> {
  const keys = header.map(headerKey);
  const found: Partial<Record<Column, number>> = {};
  for (const column of Object.keys(COLUMNS) as Column[]) {
    for (const name of COLUMNS[column]) {
      const index = keys.indexOf(headerKey(name));
      if (index >= 0) {
        found[column] = index;
        break;
      }
    }
  }
  return found;
}

const ACCOUNT_VALUES: Record<string, Account> = {
  official: 'official',
  公式: 'official',
  公式アカウント: 'official',
  private: 'private',
  私的: 'private',
  個人: 'private',
  私的アカウント: 'private',
  個人アカウント: 'private',
};

/** A row that could not be read: reported under the row's name. */
export interface RowProblem {
  readonly name: string;
  readonly error: UserError;
}

interface Row {
  readonly record: string[];
  readonly raw: string;
  readonly info: { readonly lines: number };
}

/**
 * The posts of a CSV file, named `file#row=N` with N the data row (the header is not counted:
 * row=1 is the first post). Positions count inside the row's text; `container` maps them back
 * to the file for formats that can only point into real files (SARIF, GitHub annotations).
 * Rows with an empty text cell are not posts and are skipped.
 */
export function csvPosts(file: string, source: string): { posts: Post[]; problems: RowProblem[] } {
  const { parse, CsvError } = csvParse();
  let rows: Row[];
  try {
    rows = parse(source, { raw: true, info: true, relax_column_count: true, skip_empty_lines: true, bom: true }) as unknown as Row[];
  } catch (err) {
    if (err instanceof CsvError) {
      const line = (err as { lines?: number }).lines;
      throw new UserError(`CSV として読めません（${err.message.replace(/^[^:]*:\s*/, '')}）`, file, line);
    }
    throw err;
  }
  const [header, ...data] = rows;
  if (!header) return { posts: [], problems: [] };
  const columns = findColumns(header.record);
  if (columns.text === undefined) {
    throw new UserError(
      `本文の列が見つかりません。1 行目の見出しに「本文」「投稿内容」「text」「message」などの列が必要です（見出し: ${header.record.join(', ')}）`,
      file,
      1,
    );
  }
  const lines = new LineIndex(source);
  const posts: Post[] = [];
  const problems: RowProblem[] = [];
  let cursor = header.raw.length;
  data.forEach((row, i) => {
    const recordStart = source.indexOf(row.raw, cursor);
    if (recordStart >= 0) cursor = recordStart + row.raw.length;
    const text = row.record[columns.text!] ?? '';
    if (text.trim() === '') return;
    const cell = recordStart >= 0 ? locateCell(row.raw, row.record, columns.text!) : undefined;
    const rowFile = `${file}#row=${i + 1}`;
    const cellValue = (c: Column) => (columns[c] === undefined ? undefined : row.record[columns[c]!]?.trim() || undefined);
    let meta: Post['meta'];
    try {
      meta = rowMeta({
        date: cellValue('date'),
        time: cellValue('time'),
        account: cellValue('account'),
        platform: cellValue('platform'),
      });
    } catch (err) {
      if (!(err instanceof UserError)) throw err;
      problems.push({ name: rowFile, error: err });
      return;
    }
    posts.push({
      file: rowFile,
      source: text,
      bodyStart: 0,
      body: text,
      meta,
      container: {
        path: file,
        position: (offset: number): Position =>
          cell ? lines.position(recordStart + cell(offset)) : lines.position(Math.max(recordStart, 0)),
      },
    });
  });
  return { posts, problems };
}

/** A cell that can't be read makes its row a problem, not the whole file. */
function rowMeta(
  cells: { date?: string; time?: string; account?: string; platform?: string },
): Post['meta'] {
  const meta: { account?: Account; platform?: Platform; publishAt?: Date } = {};
  if (cells.date) {
    const written = cells.time && !/\d{1,2}:\d{2}/.test(cells.date) ? `${cells.date} ${cells.time}` : cells.date;
    const publishAt = parseDateTime(written);
    if (!publishAt) throw new UserError(`予約日時「${written}」を読めません。2026/12/01 10:00 の形で書いてください`);
    meta.publishAt = publishAt;
  }
  if (cells.account) {
    const account = ACCOUNT_VALUES[cells.account.normalize('NFKC').toLowerCase()];
    if (!account) throw new UserError(`アカウント「${cells.account}」は official（公式）か private（私的）で書いてください`);
    meta.account = account;
  }
  if (cells.platform) {
    const platform = parsePlatform(cells.platform);
    if (!platform) throw new UserError(`投稿先「${cells.platform}」が分かりません（x・instagram・facebook・threads・line・bluesky）`);
    meta.platform = platform;
  }
  return meta;
}

/**
 * Where the `index`-th cell's text stands in its record's raw text, as a map from offsets in the
 * cell's (unquoted) text to offsets in the raw record. The parser has already split the record;
 * this only walks its raw text cell by cell, knowing each cell's value, to find the offsets.
 * Undefined when the raw text is not laid out as expected (then the row's start is used).
 */
function locateCell(raw: string, record: readonly string[], index: number): ((offset: number) => number) | undefined {
  let pos = 0;
  for (let i = 0; i <= index; i++) {
    const value = record[i] ?? '';
    const quoted = raw[pos] === '"';
    const written = quoted ? `"${value.replace(/"/g, '""')}"` : value;
    if (!raw.startsWith(written, pos)) return undefined;
    if (i === index) {
      const start = pos + (quoted ? 1 : 0);
      if (!quoted) return (offset) => start + offset;
      return (offset) => start + offset + countQuotes(value, offset);
    }
    pos += written.length + 1; // the delimiter
  }
  return undefined;
}

/** Each `"` in a quoted cell is written twice. */
function countQuotes(value: string, upTo: number): number {
  let n = 0;
  for (let i = value.indexOf('"'); i >= 0 && i < upTo; i = value.indexOf('"', i + 1)) n++;
  return n;
}

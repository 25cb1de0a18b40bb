/** Category ids are a public contract (DESIGN.md): reports, configs and profiles use them. */
export const CATEGORIES = [
  'insult',
  'discrimination',
  'illegal',
  'rumor',
  'obscene',
  'political',
  'religious',
  'unreleased-policy',
  'confidential',
  'personal-info',
  'security',
  'shortened-url',
  'accuracy',
  'disclaimer',
  'public-order',
  'spam',
  'work-hours',
  'length',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const ACCOUNTS = ['official', 'private'] as const;
export type Account = (typeof ACCOUNTS)[number];

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const ACCOUNT_LABELS: Record<Account, string> = {
  official: '公式アカウント',
  private: '私的アカウント',
};

export const SEVERITY_LABELS: Record<Severity, string> = {
  error: 'エラー',
  warning: '警告',
  info: '情報',
};

export function isCategory(s: string): s is Category {
  return (CATEGORIES as readonly string[]).includes(s);
}

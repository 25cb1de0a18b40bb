/** Where a post goes (front matter `platform:`, a CSV column, config `platform:`). */
export const PLATFORMS = ['x', 'instagram', 'facebook', 'threads', 'line', 'bluesky'] as const;
export type Platform = (typeof PLATFORMS)[number];

export const PLATFORM_LABELS: Record<Platform, string> = {
  x: 'X',
  instagram: 'Instagram',
  facebook: 'Facebook',
  threads: 'Threads',
  line: 'LINE',
  bluesky: 'Bluesky',
};

/** Other names scheduling tools and people use (compared after NFKC and lower-casing). */
const ALIASES: Record<string, Platform> = {
  twitter: 'x',
  'x(twitter)': 'x',
  'x(旧twitter)': 'x',
  ツイッター: 'x',
  エックス: 'x',
  インスタグラム: 'instagram',
  インスタ: 'instagram',
  ig: 'instagram',
  フェイスブック: 'facebook',
  fb: 'facebook',
  スレッズ: 'threads',
  ライン: 'line',
  line公式アカウント: 'line',
  ブルースカイ: 'bluesky',
  bsky: 'bluesky',
};

/** The platform a value names, or undefined. */
export function parsePlatform(value: string): Platform | undefined {
  const key = value.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, '');
  if ((PLATFORMS as readonly string[]).includes(key)) return key as Platform;
  return ALIASES[key];
}

import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../../src/match/lexicon.js';
import { doc } from '../helpers/doc.js';

async function matched(entries: string[], text: string, options: Parameters<typeof compileLexicon>[1] = { fields: ['surface', 'base'] }) {
  const d = await doc(text);
  return compileLexicon(entries, options)(d).map((m) => text.slice(m.start, m.end));
}

describe('lexicon matcher', () => {
  it('matches whole tokens only, never inside a longer word', async () => {
    expect(await matched(['バカ'], 'あいつはバカだ。')).toEqual(['バカ']);
    expect(await matched(['バカ'], '夏のバカンス')).toEqual([]);
    expect(await matched(['京都'], '東京都のアンテナショップ')).toEqual([]);
  });

  it('matches entries spanning several tokens', async () => {
    expect(await matched(['税金泥棒', '馬鹿野郎'], '税金泥棒の馬鹿野郎')).toEqual(['税金泥棒', '馬鹿野郎']);
  });

  it('prefers the longest entry at a position', async () => {
    expect(await matched(['馬鹿', '馬鹿野郎'], 'この馬鹿野郎')).toEqual(['馬鹿野郎']);
  });

  it('matches conjugated forms by base form when allowed', async () => {
    expect(await matched(['ムカつく'], 'ほんとムカついた')).toEqual(['ムカつい']);
    expect(await matched(['ムカつく'], 'ほんとムカついた', { fields: ['surface'] })).toEqual([]);
  });

  it('uses a base form only for the last token of a match, never to join it to the next', async () => {
    // か (base く) + ず would spell くず: the reading of a name, not the insult.
    expect(await matched(['クズ'], '当選人 松井 和彦（まつい かずひこ）')).toEqual([]);
    expect(await matched(['ぶっ殺す'], 'ぶっ殺してやる')).toEqual(['ぶっ殺し']);
    expect(await matched(['税金泥棒'], '税金泥棒め', { fields: ['base'] })).toEqual(['税金泥棒']);
  });

  it('tells known words with a long vowel from the entry without it', async () => {
    expect(await matched(['ブス'], '団体のブースが並びます')).toEqual([]);
    expect(await matched(['スパ'], 'スーパーで買い物')).toEqual([]);
    expect(await matched(['オナニー'], 'オナニー')).toEqual(['オナニー']);
    expect(await matched(['クソババア', 'クソババー'], 'あのクソババーが')).toEqual(['クソババー']);
  });

  it('ignores kana script, width and long-vowel marks', async () => {
    expect(await matched(['ばか'], 'ﾊﾞｶじゃないの')).toEqual(['ﾊﾞｶ']);
    expect(await matched(['バカ'], 'ばーかばーか')).toEqual(['ばーか', 'ばーか']);
    expect(await matched(['バカ'], 'バーカ！')).toEqual(['バーカ']);
  });

  it('lets masking symbols stand for letters when asked to (伏せ字)', async () => {
    const opts = { fields: ['surface', 'base'] as const, masked: true };
    expect(await matched(['ガイジ'], 'ここの職員ガ〇ジしかいない', opts)).toEqual(['ガ〇ジ']);
    expect(await matched(['アホ'], 'ア◯ホ市長', opts)).toEqual(['ア◯ホ']);
    expect(await matched(['死ね'], '全員〇ね', opts)).toEqual(['〇ね']);
    expect(await matched(['ころす'], 'コ□ス', opts)).toEqual(['コ□ス']);
    expect(await matched(['ガイジ'], 'ここの職員ガ〇ジしかいない')).toEqual([]);
  });

  it('never lets masking symbols outnumber the letters shown', async () => {
    const opts = { fields: ['surface', 'base'] as const, masked: true };
    expect(await matched(['バカ', 'アホ'], '○○さんから連絡がありました', opts)).toEqual([]);
    expect(await matched(['バカ'], '○○', opts)).toEqual([]);
  });

  it('matches readings only when asked to', async () => {
    expect(await matched(['ばか'], '馬鹿な話')).toEqual([]);
    expect(await matched(['ばか'], '馬鹿な話', { fields: ['reading'] })).toEqual(['馬鹿']);
  });

  it('keeps the keys of each set of fields apart when rules share a post', async () => {
    const d = await doc('馬鹿な話');
    const bySurface = compileLexicon(['ばか'], { fields: ['surface'] });
    const byReading = compileLexicon(['ばか'], { fields: ['reading'] });
    expect(byReading(d)).toHaveLength(1);
    expect(bySurface(d)).toEqual([]);
    expect(byReading(d)).toHaveLength(1);
  });

  it('maps matches in evasively spaced text back to the original characters', async () => {
    expect(await matched(['クズ'], 'マ ジ で ク ズ。')).toEqual(['ク ズ']);
  });

  it('applies part-of-speech constraints to every matched token', async () => {
    expect(await matched(['らしい'], 'すばらしい。できるらしい', { fields: ['surface'], pos: ['助動詞'] })).toEqual(['らしい']);
    expect(await matched(['らしい'], 'できるらしい', { fields: ['surface'], notPos: ['助動詞'] })).toEqual([]);
  });

  it('keeps the fields of each lexicon apart when several run over the same post', async () => {
    // Token keys are computed once per post and field set; a reading-only list must not see the
    // surface keys of a list that ran before it on the same document, nor the other way round.
    const d = await doc('馬鹿な話');
    const bySurface = compileLexicon(['ばか'], { fields: ['surface', 'base'] });
    const byReading = compileLexicon(['ばか'], { fields: ['reading'] });
    expect(bySurface(d)).toEqual([]);
    expect(byReading(d).map((m) => d.original.slice(m.start, m.end))).toEqual(['馬鹿']);
    expect(bySurface(d)).toEqual([]);
    const other = await doc('ばかな話');
    expect(bySurface(other).map((m) => other.original.slice(m.start, m.end))).toEqual(['ばか']);
  });

  it('costs the same per token whatever the size of the list', async () => {
    // Not a timing test: the walk from each token visits at most as many trie nodes as the
    // longest entry has characters, so 10,000 unrelated entries change nothing found.
    const noise = Array.from({ length: 10_000 }, (_, i) => `ダミー語${i}`);
    expect(await matched([...noise, 'バカ'], 'あいつはバカだ。バカンスだ')).toEqual(['バカ']);
  });
});

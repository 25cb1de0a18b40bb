import { describe, expect, it } from 'vitest';
import { personFinder } from '../../../src/detectors/personal-info/people.js';
import { resolveRulePath } from '../../../src/rules/dictionary.js';
import { ROOT } from '../../helpers/cli.js';
import { doc } from '../../helpers/doc.js';

const people = personFinder({ official: { domains: [], phones: [] }, resolvePath: (p) => resolveRulePath(`${ROOT}/rules/x.yaml`, p) });

async function mentions(text: string) {
  return people(await doc(text)).map((m) => `${text.slice(m.start, m.end)}:${m.kind}${m.publicRole ? ':public' : ''}`);
}

describe('personFinder', () => {
  it('finds names with honorifics, also given names kuromoji does not know', async () => {
    expect(await mentions('会長の高木さん（携帯）')).toEqual(['高木さん:honorific']);
    expect(await mentions('2年の森田ゆいさん（38冊！）')).toEqual(['森田ゆいさん:honorific']);
    expect(await mentions('ジョンさんと話した')).toEqual(['ジョンさん:honorific']);
  });

  it('finds names with titles and casual pointers', async () => {
    expect(await mentions('みどり小の田村先生、生徒と')).toEqual(['田村先生:title']);
    expect(await mentions('あの佐々木ってやつ')).toEqual(['佐々木ってやつ:title']);
  });

  it('marks people introduced in a public role', async () => {
    expect(await mentions('漫画家・水野ゆかりさんの原画展')).toEqual(['水野ゆかりさん:honorific:public']);
    expect(await mentions('大川誠一郎市長が訪問')).toEqual(['大川誠一郎市長:title:public']);
  });

  it('marks people cast in a public role by the words around the name', async () => {
    expect(await mentions('学校薬剤師の中村先生を講師に')).toEqual(['中村先生:title:public']);
    expect(await mentions('地域の方、高木和子さんを講師に迎えました')).toEqual(['高木和子さん:honorific:public']);
    expect(await mentions('田中さんが講師を務めます')).toEqual(['田中さん:honorific:public']);
    expect(await mentions('佐藤さんが院長に叱られた')).toEqual(['佐藤さん:honorific']);
    expect(await mentions('みどり小の田村先生が休んだ')).toEqual(['田村先生:title']);
  });

  it('does not take generic honorific words for names', async () => {
    expect(await mentions('皆さん、お客様、八幡さま、お母さん')).toEqual([]);
  });
});

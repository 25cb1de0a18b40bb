import { describe, expect, it } from 'vitest';
import { looksShortened, type ShortenerHints } from '../../src/detectors/shortened-url.js';
import { detect, found } from '../helpers/detect.js';

const known = { options: { guess: false } };
const guessed = { options: { known: false } };
const platform = { options: { dict: 'dict/url-platform-short-links.txt', guess: false } };

describe('shortened-url detector: listed services', () => {
  it.each([
    ['地図 https://is.gd/kitayama', 'https://is.gd/kitayama'],
    ['フォーム→ goo.gl/forms/Xk29bQ', 'goo.gl/forms/Xk29bQ'],
    ['マップ ｈｔｔｐｓ：／／ｂｉｔ．ｌｙ／ｍａｐ', 'ｈｔｔｐｓ：／／ｂｉｔ．ｌｙ／ｍａｐ'],
    ['会場 https://maps.app.goo.gl/Tz4kq9WbC1', 'https://maps.app.goo.gl/Tz4kq9WbC1'],
    ['申込 forms.gle/a8Xk2PqR7', 'forms.gle/a8Xk2PqR7'],
    ['一覧 https://t.co/Zq8mLk2Pq', 'https://t.co/Zq8mLk2Pq'],
    ['記事 https://lnkd.in/gAbC123', 'https://lnkd.in/gAbC123'],
    ['本 amzn.asia/d/9aBcD3e', 'amzn.asia/d/9aBcD3e'],
    ['友だち追加 https://lin.ee/Ab3dEf9', 'https://lin.ee/Ab3dEf9'],
    ['動画 https://vm.tiktok.com/ZMabc123/', 'https://vm.tiktok.com/ZMabc123/'],
    ['回答 https://forms.office.com/r/AbCdE12345', 'https://forms.office.com/r/AbCdE12345'],
    ['メールのリンク https://jpn01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fexample.jp', 'https://jpn01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fexample.jp'],
    ['おすすめ https://px.a8.net/svt/ejp?a8mat=ABC123', 'https://px.a8.net/svt/ejp?a8mat=ABC123'],
  ])('flags %s', async (text, url) => {
    expect(await found('shortened-url', text, known)).toEqual([url]);
  });

  it('names the service for the message', async () => {
    expect((await detect('shortened-url', 'こちら https://bit.ly/3xAnmeF', known))[0]?.vars).toEqual({ host: 'bit.ly' });
  });

  it.each([
    ['https://www.city.sakura.example.lg.jp/kosodate/hoiku/nyuen.html'],
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ'],
    ['https://note.com/sakura_city/n/n1a2b3c'],
    ['https://docs.google.com/forms/d/e/1FAIpQLSeX3kq/viewform'],
    ['https://forms.office.com/Pages/ResponsePage.aspx?id=abc123'],
    ['https://www.instagram.com/sakura_city/'],
    ['https://line.me/R/ti/p/@sakura_city'],
    ['https://www.tiktok.com/@sakura_city/video/7312345678901234567'],
    ['https://www.google.com/maps/place/Sakura+City+Hall/'],
    ['hiroko@example.ne.jp'],
  ])('leaves ordinary full links alone: %s', async (text) => {
    expect(await found('shortened-url', text)).toEqual([]);
  });
});

describe('shortened-url detector: guessing unknown services', () => {
  it.each([
    ['こちら https://zz.vg/a8Kd2', 'https://zz.vg/a8Kd2'],
    ['記事 https://nwsx.ly/3Fq9zT', 'https://nwsx.ly/3Fq9zT'],
    ['詳細 https://go.example-shop.com/Xk29bQ', 'https://go.example-shop.com/Xk29bQ'],
    ['詳細 https://on.example.org/3Fq9zT', 'https://on.example.org/3Fq9zT'],
    ['詳細 https://myshorturl.com/aB3kR9', 'https://myshorturl.com/aB3kR9'],
  ])('guesses %s', async (text, url) => {
    expect(await found('shortened-url', text, guessed)).toEqual([url]);
  });

  it('does not guess a listed service twice (the list reports it)', async () => {
    expect(await found('shortened-url', 'https://bit.ly/3xAnmeF', guessed)).toEqual([]);
  });

  it.each([
    ['https://www.pref.kitayama.lg.jp/a1B2c3'],
    ['https://www.mhlw.go.jp/Ab12Cd'],
    ['https://school.sakura-city.ed.jp/abc123'],
    ['https://x.com/sakura2026'],
    ['https://note.com/sakura2026'],
    ['https://lit.link/sakuracity2026'],
    ['https://vimeo.com/123456789'],
    ['https://t.me/sakura2026'],
    ['https://www.sakura-kanko.jp/Ab12Cd'],
    ['https://sakura.bike/rent-a-bike'],
    ['https://www.amazon.co.jp/dp/B0ABCDE123'],
    ['https://ameblo.jp/sakura-blog/entry-12812345678.html'],
  ])('does not guess ordinary sites and public bodies: %s', async (text) => {
    expect(await found('shortened-url', text, guessed)).toEqual([]);
  });

  it('never flags the municipality\'s own domains from the config', async () => {
    expect(await found('shortened-url', 'https://sak.ly/a8Kd2', { official: { domains: ['sak.ly'] } })).toEqual([]);
    expect(await found('shortened-url', 'https://sak.ly/a8Kd2')).toEqual(['https://sak.ly/a8Kd2']);
  });
});

describe('looksShortened', () => {
  const hints: ShortenerHints = { vanityTlds: new Set(['link']), nameParts: ['url'], prefixes: new Set(['go']) };

  it('needs a short random code as the path', () => {
    expect(looksShortened('ab.cd', '/3xAnmeF', hints)).toBe(true);
    expect(looksShortened('ab.cd', '/kawabe-map', hints)).toBe(false);
    expect(looksShortened('ab.cd', '/news/2026/3xAnmeF', hints)).toBe(false);
    expect(looksShortened('ab.cd', '', hints)).toBe(false);
  });

  it('needs a host that looks like a shortener', () => {
    expect(looksShortened('longername.com', '/3xAnmeF', hints)).toBe(false);
    expect(looksShortened('abcdef.link', '/3xAnmeF', hints)).toBe(true);
    expect(looksShortened('go.longername.com', '/3xAnmeF', hints)).toBe(true);
    expect(looksShortened('www.longername.com', '/3xAnmeF', hints)).toBe(false);
    expect(looksShortened('myurl.com', '/3xAnmeF', hints)).toBe(true);
    expect(looksShortened('abcdefgh.jp', '/3xAnmeF', hints)).toBe(false);
  });
});

describe('shortened-url detector: platform short forms', () => {
  it('gives the original form of a youtu.be link', async () => {
    expect(await detect('shortened-url', '動画 https://youtu.be/dQw4w9WgXcQ?si=abc', platform)).toEqual([
      { text: 'https://youtu.be/dQw4w9WgXcQ?si=abc', vars: { host: 'youtu.be', original: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' } },
    ]);
  });

  it('is not guessed as a hiding shortener', async () => {
    expect(await found('shortened-url', '動画 https://youtu.be/dQw4w9WgXcQ', guessed)).toEqual([]);
  });
});

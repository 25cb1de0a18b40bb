import { describe, expect, it } from 'vitest';
import { domainIndex, domainsOf, findUrls, findUrlsIn, hostIsUnder } from '../../src/detectors/urls.js';
import { createDocument } from '../../src/engine/document.js';
import { normalize } from '../../src/text/normalize.js';

const urls = (text: string) => findUrlsIn(normalize(text).nfkc).map((u) => ({ url: u.url, host: u.host, path: u.path }));

describe('findUrls', () => {
  it('finds URLs with a scheme, stopping at Japanese text and trailing punctuation', () => {
    expect(urls('地図はこちら https://is.gd/kitayama_ukairo。')).toEqual([
      { url: 'https://is.gd/kitayama_ukairo', host: 'is.gd', path: '/kitayama_ukairo' },
    ]);
  });

  it('finds bare host/path links with a real top-level domain', () => {
    expect(urls('ここで見れる👉 bit.ly/3xAnmeF\n違法')).toEqual([{ url: 'bit.ly/3xAnmeF', host: 'bit.ly', path: '/3xAnmeF' }]);
    expect(urls('Node.js の勉強会')).toEqual([]);
  });

  it('reads full-width URLs through NFKC', () => {
    expect(urls('ｈｔｔｐｓ：／／ｂｉｔ．ｌｙ／ｋａｗａｂｅ')[0]?.host).toBe('bit.ly');
  });

  it('does not take the domain of an e-mail address for a link', () => {
    expect(urls('hiroko.t1985@example.ne.jp まで')).toEqual([]);
  });

  it('drops a leading www. from hosts and matches subdomains', () => {
    expect(urls('https://www.city.sakura.example.lg.jp/bousai/')[0]?.host).toBe('city.sakura.example.lg.jp');
    expect(hostIsUnder('maps.app.goo.gl', 'goo.gl')).toBe(true);
    expect(hostIsUnder('notgoo.gl', 'goo.gl')).toBe(false);
  });
});

describe('domainIndex', () => {
  it('finds the first entry, in list order, that the host is under and that is accepted, as trying each would', () => {
    const entries = ['bit.ly', 'WWW.Example.COM', 'sub.example.com', 'example.com', 'ly', 'go.jp', 'city.sakura.lg.jp', ''].map((d, i) => ({ d, i }));
    const index = domainIndex(entries, (e) => e.d);
    const hosts = ['bit.ly', 'a.bit.ly', 'bbit.ly', 'example.com', 'x.sub.example.com', 'example.com.', 'www.city.sakura.lg.jp', 'x.go.jp', 'jp', 'ly'];
    for (const host of hosts) {
      for (const accept of [() => true, (e: { i: number }) => e.i % 2 === 1]) {
        expect(index(host, accept), host).toEqual(entries.find((e) => hostIsUnder(host, e.d) && accept(e)));
      }
    }
  });

  it('lists the domains a host is under', () => {
    expect(domainsOf('a.b.example.com')).toEqual(['a.b.example.com', 'b.example.com', 'example.com', 'com']);
  });
});

describe('findUrls, once per post', () => {
  it('gives the same URLs to every detector that asks about the same text', () => {
    // The tokens play no part in finding URLs.
    const noTokens = { tokenize: () => [] };
    const doc = createDocument('詳しくは https://bit.ly/3xAnmeF と example.com/page', { account: 'official', now: new Date() }, noTokens);
    expect(findUrls(doc)).toBe(findUrls(doc));
    expect(findUrls(doc).map((u) => u.host)).toEqual(['bit.ly', 'example.com']);
  });
});

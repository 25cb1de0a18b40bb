import { describe, expect, it } from 'vitest';
import { findUrls, hostIsUnder } from '../../src/detectors/urls.js';
import { normalize } from '../../src/text/normalize.js';

const urls = (text: string) => findUrls(normalize(text).nfkc).map((u) => ({ url: u.url, host: u.host, path: u.path }));

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

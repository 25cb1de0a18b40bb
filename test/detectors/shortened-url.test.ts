import { describe, expect, it } from 'vitest';
import { shortenedUrl } from '../../src/detectors/shortened-url.js';
import { resolveRulePath } from '../../src/rules/dictionary.js';
import { doc } from '../helpers/doc.js';
import { ROOT } from '../helpers/cli.js';

const env = (domains: string[] = []) => ({
  official: { domains, phones: [] },
  resolvePath: (p: string) => resolveRulePath(`${ROOT}/rules/x.yaml`, p),
});

async function found(text: string, domains: string[] = []) {
  const detect = shortenedUrl.create(shortenedUrl.options.parse({}), env(domains));
  return detect(await doc(text)).map((m) => text.slice(m.start, m.end));
}

describe('shortened-url detector', () => {
  it('flags known shortening services, with or without scheme, full-width too', async () => {
    expect(await found('地図 https://is.gd/kitayama')).toEqual(['https://is.gd/kitayama']);
    expect(await found('フォーム→ goo.gl/forms/Xk29bQ')).toEqual(['goo.gl/forms/Xk29bQ']);
    expect(await found('マップ ｈｔｔｐｓ：／／ｂｉｔ．ｌｙ／ｍａｐ')).toEqual(['ｈｔｔｐｓ：／／ｂｉｔ．ｌｙ／ｍａｐ']);
  });

  it('guesses unknown shorteners from a tiny host and a random path', async () => {
    expect(await found('こちら https://zz.vg/a8Kd2')).toEqual(['https://zz.vg/a8Kd2']);
  });

  it('leaves full official and ordinary links alone', async () => {
    expect(await found('https://www.city.sakura.example.lg.jp/kosodate/hoiku/nyuen.html')).toEqual([]);
    expect(await found('https://www.youtube.com/watch?v=dQw4w9WgXcQ')).toEqual([]);
    expect(await found('https://note.com/sakura_city/n/n1a2b3c')).toEqual([]);
  });

  it('never flags the municipality\'s own domains from the config', async () => {
    expect(await found('https://sak.ly/a8Kd2', ['sak.ly'])).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { ownerJudge, personNearer } from '../../../src/detectors/personal-info/contact-owner.js';
import { resolveRulePath } from '../../../src/rules/dictionary.js';
import { ROOT } from '../../helpers/cli.js';
import { doc } from '../../helpers/doc.js';

const judge = ownerJudge({ official: { domains: [], phones: [] }, resolvePath: (p) => resolveRulePath(`${ROOT}/rules/x.yaml`, p) });

async function evidence(text: string, contact: string) {
  const start = text.indexOf(contact);
  return judge(await doc(text), { start, end: start + contact.length });
}

describe('ownerJudge', () => {
  it('sees a person next to a number given as theirs', async () => {
    const e = await evidence('会長の高木さん（携帯 080-4417-2093）まで', '080-4417-2093');
    expect(e.person).toBe(1);
    expect(personNearer(e)).toBe(true);
  });

  it('sees an office next to a number given as its own', async () => {
    const e = await evidence('環境課（0299-52-1184）までご連絡ください', '0299-52-1184');
    expect(e).toEqual({ organization: 1 });
    expect(personNearer(e)).toBe(false);
  });

  it('reads 公用携帯 as an office\'s phone, not a person\'s 携帯', async () => {
    expect(await evidence('観光課公用携帯 090-7788-1020', '090-7788-1020')).toEqual({ organization: 1 });
  });

  it('looks only within the sentence', async () => {
    expect(await evidence('環境課です。ご質問は 090-1234-5678 へ', '090-1234-5678')).toEqual({});
  });
});

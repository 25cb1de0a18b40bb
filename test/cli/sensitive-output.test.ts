import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FORMAT_NAMES } from '../../src/report/formatters/index.js';
import { makeTree, runCli, type CliRun } from '../helpers/cli.js';
import { leakedSecrets } from '../helpers/leaks.js';

/** Personal data and secrets of every kind the detectors mask, some written twice or full-width. */
const SECRETS = {
  phone: '090-4417-2093',
  fullWidthPhone: '０８０－５５１２－３３９０',
  myNumber: '1234 5678 9018',
  email: 'hiroko.t1985@example.ne.jp',
  password: 'Kk#2026hoiku',
  pin: '0815',
  doorCode: '5521#',
  token: 'ghp_1234567890abcdefghijklmnopqrstuvwxyzAB',
  pairedPassword: 'Hk29xq!m',
  unlabelledPassword: 'sakura1234',
  nearbyCode: '7391',
};

const POST = [
  `会長の高木さん（携帯 ${SECRETS.phone}）まで。もう一度書きます: ${SECRETS.phone}`,
  `副会長の森さん（携帯 ${SECRETS.fullWidthPhone}）`,
  `申請者の番号は ${SECRETS.myNumber} です`,
  `担任の先生の個人アドレスは ${SECRETS.email} です`,
  `共有フォルダ ID: kikaku01 / PW: ${SECRETS.password}`,
  `金庫（暗証番号${SECRETS.pin}）、入室コードは${SECRETS.doorCode}です`,
  `連携用トークン ${SECRETS.token}`,
  `共有アカウントは soumu01 / ${SECRETS.pairedPassword} でログイン`,
  `課のWi-Fi、いまだに ${SECRETS.unlabelledPassword} なの`,
  `通用口のロックが変わりました。これからは ${SECRETS.nearbyCode} を押して入ってください`,
  // Another rule's finding on the same line as a secret must not show it in its context either.
  `あいつはバカだ。PW: ${SECRETS.password}`,
].join('\n');

describe('sensitive data in reports', () => {
  // One run per format, shared by the checks below: each run starts a process and loads kuromoji.
  const dir = makeTree({ 'post.txt': POST });
  const runs = new Map<string, CliRun>();
  beforeAll(() => {
    for (const format of FORMAT_NAMES) runs.set(format, runCli(['--format', format, 'post.txt'], { cwd: dir }));
  });

  it.each(FORMAT_NAMES)('--format %s never repeats a phone number, マイナンバー, e-mail address or secret in clear', (format) => {
    const r = runs.get(format)!;
    expect(r.code).toBe(1);
    expect(r.stdout.length).toBeGreaterThan(0);
    expect(leakedSecrets(r.stdout + r.stderr, Object.values(SECRETS))).toEqual([]);
  });

  it('writes a masked report with -o too', () => {
    const r = runCli(['--format', 'json', '-o', 'report.json', 'post.txt'], { cwd: dir });
    expect(r.code).toBe(1);
    const written = readFileSync(path.join(dir, 'report.json'), 'utf8');
    expect(JSON.parse(written).summary.errors).toBeGreaterThan(0);
    expect(leakedSecrets(written, Object.values(SECRETS))).toEqual([]);
  });

  it('still says what was found and where, masked in the way of each kind', () => {
    const report = JSON.parse(runs.get('json')!.stdout);
    const byRule = (id: string) => report.results[0].findings.filter((f: { ruleId: string }) => f.ruleId === id).map((f: { text: string }) => f.text);
    expect(byRule('personal-info/phone-number')).toEqual(['090-****-2093', '090-****-2093', '０８０－＊＊＊＊－３３９０'.replace(/＊/g, '*')]);
    expect(byRule('personal-info/my-number')).toEqual(['**** **** ****']);
    expect(byRule('personal-info/email-address')).toEqual(['************@example.ne.jp']);
    expect(byRule('security/password')).toEqual(['************', '************']);
    expect(byRule('security/lock-code')).toEqual(['****', '*****', '****']);
    expect(byRule('security/credential-pair')).toEqual(['******* * ********']);
    expect(byRule('security/unlabelled-password')).toEqual(['**********']);
    const phone = report.results[0].findings.find((f: { ruleId: string }) => f.ruleId === 'personal-info/phone-number');
    expect(phone).toMatchObject({ line: 1, column: 12, length: 13, message: '個人の携帯電話番号「090-****-2093」が書かれています。' });
  });

  it('stylish shows the masked line around each finding', () => {
    const out = runs.get('stylish')!.stdout;
    expect(out).toContain('あいつはバカだ。PW: ************');
    expect(out).toContain('会長の高木さん（携帯 090-****-2093）');
  });
});

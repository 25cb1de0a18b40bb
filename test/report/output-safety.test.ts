import { describe, expect, it } from 'vitest';
import { makeTree, runCliAsync } from '../helpers/cli.js';

const RULES = `- id: personal-info/test-phone-number
  category: personal-info
  severity: warning
  message: 電話番号「{match}」が含まれています。
  mask: true
  pattern: '0\\d{1,4}-\\d{1,4}-\\d{4}'
  examples: { invalid: [090-1234-5678], valid: [2026-11-21] }
- id: confidential/test-contact-line
  category: confidential
  severity: error
  message: 内部の連絡先「{match}」を載せないでください。
  pattern: '直通[:：].{0,20}'
  examples: { invalid: [直通：内線123], valid: [直通バス] }
`;

const PHONE = '090-1234-5678';
const FORMATS = [['--format', 'json'], ['--format', 'stylish'], ['--format', 'stylish', '--no-color']];

async function lint(draft: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const dir = makeTree({ '.sns-lint.yaml': 'rules: [local.yaml]\n', 'local.yaml': RULES, 'a.txt': draft });
  return runCliAsync([...args, 'a.txt'], { cwd: dir, env });
}

describe('personal data is masked in every format', () => {
  it('the number itself, its line shown as context, and another finding that overlaps it', async () => {
    const draft = `お問い合わせは担当の直通：${PHONE}まで。\n控え ${PHONE}`;
    for (const args of FORMATS) {
      const r = await lint(draft, args, { FORCE_COLOR: '1' });
      expect(r.code).toBe(1);
      expect(r.stdout, args.join(' ')).not.toContain('1234');
      expect(r.stdout).toContain('090-****-5678');
    }
  });
});

describe('post text cannot break the report', () => {
  // (NUL would make the file binary; the fuzz test feeds NUL to the linter in-process.)
  const nasty = `直通："}],\\"x\\":1,\u2028</script>\u001b]0;title\u0007\u001b[2J`;

  it('JSON stays valid and round-trips the text', async () => {
    const r = await lint(nasty, ['--format', 'json']);
    const finding = JSON.parse(r.stdout).results[0].findings[0];
    expect(nasty.slice(finding.offset, finding.offset + finding.length)).toBe(finding.text);
    expect(finding.message).toContain(finding.text);
  });

  it('stylish output carries no terminal control sequences from the post', async () => {
    for (const args of FORMATS.slice(1)) {
      const r = await lint(nasty, args);
      expect(r.stdout).toContain('内部の連絡先');
      expect(r.stdout).not.toMatch(/[\u0000\u0007\u001b]/);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { makeTree, runCliAsync } from '../helpers/cli.js';
import { MASKED_PHONE_RULE } from '../helpers/masked-rule.js';

const RULES = `${MASKED_PHONE_RULE}- id: confidential/test-contact-line
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

describe('GitHub workflow commands and SARIF (CI formats)', () => {
  // Lines a post might carry to take over the CI runner, alone on a line or after an encoded newline.
  const attacks = [
    '直通：::error::pwned',
    '直通：x\n::error file=a.txt,line=1::pwned',
    '直通：%0A::set-output name=x::pwned',
    '直通：\r::add-mask::secret',
    '直通：\u2028::stop-commands::tok',
    '直通：\u0085##[error]legacy',
  ];

  it('post text never starts a workflow command of its own', async () => {
    for (const attack of attacks) {
      const r = await lint(`お知らせ\n${attack}\n`, ['--format', 'github']);
      expect(r.code).toBe(1);
      const lines = r.stdout.split('\n').filter((l) => l !== '');
      for (const line of lines) expect(line, JSON.stringify(attack)).toMatch(/^(::(error|warning|notice) file=[^:\n]*::|sns-lint: )/);
      // %0A in the post must stay text: the runner decodes %0A in a message into a line break.
      // The attack is still shown, as data inside our annotation, never at the start of a line.
      expect(r.stdout).not.toMatch(/^(::(error|set-output|add-mask|stop-commands)::|##\[)/m);
      if (attack.includes('%0A')) expect(r.stdout).toContain('%250A');
    }
  });

  it('a file name cannot inject properties or commands either', async () => {
    const dir = makeTree({ '.sns-lint.yaml': 'rules: [local.yaml]\n', 'local.yaml': RULES, 'x,line=9::pwned.txt': '直通：内線1' });
    const r = await runCliAsync(['--format', 'github', 'x,line=9::pwned.txt'], { cwd: dir });
    expect(r.stdout).toContain('file=x%2Cline=9%3A%3Apwned.txt,line=1');
    expect(r.stdout).not.toContain('::pwned');
  });

  it('personal data is masked in github and sarif output too', async () => {
    const draft = `担当の直通：${PHONE}まで\n控え ${PHONE}`;
    for (const format of ['github', 'sarif']) {
      const r = await lint(draft, ['--format', format]);
      expect(r.code).toBe(1);
      expect(r.stdout, format).not.toContain('1234');
      expect(r.stdout).toContain('090-****-5678');
    }
  });

  it('SARIF stays valid JSON whatever the post holds', async () => {
    const r = await lint(`直通："}],\\"x\\":1,\u2028</script>\u001b[2J\uD83D\n`, ['--format', 'sarif']);
    const log = JSON.parse(r.stdout);
    const result = log.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'confidential/test-contact-line');
    expect(result.message.text).toContain('"}],');
  });
});

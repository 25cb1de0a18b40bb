import type { CommanderError, Help, Option } from 'commander';

/** Commander's English help headings, in Japanese. */
const TITLES: Record<string, string> = {
  'Usage:': '使い方:',
  'Options:': 'オプション:',
  'Commands:': 'コマンド:',
  'Arguments:': '引数:',
  'Global Options:': '共通オプション:',
};

/** Help overrides that make `--help` Japanese throughout. */
export const japaneseHelp: Partial<Help> = {
  styleTitle: (title: string) => TITLES[title] ?? title,
  optionDescription(option: Option): string {
    const extra: string[] = [];
    if (option.argChoices) extra.push(`${option.argChoices.join(' | ')}`);
    if (option.defaultValue !== undefined && (option.required || option.optional)) {
      extra.push(`既定: ${option.defaultValueDescription ?? String(option.defaultValue)}`);
    }
    return extra.length > 0 ? `${option.description}（${extra.join('、')}）` : option.description;
  },
};

/** Commander's own error messages (English) as one Japanese line. */
export function translateCommanderError(err: CommanderError): string {
  const m = err.message.replace(/^error:\s*/, '');
  const quoted = [...m.matchAll(/'([^']*)'/g)].map((q) => q[1]!);
  switch (err.code) {
    case 'commander.unknownOption': {
      const hint = /Did you mean (\S+)\?/.exec(m)?.[1];
      return `不明なオプション「${quoted[0]}」です。${hint ? `「${hint}」のことですか？ ` : ''}使い方は sns-lint --help で確認してください`;
    }
    case 'commander.unknownCommand':
      return `不明なコマンド「${quoted[0]}」です。使い方は sns-lint --help で確認してください`;
    case 'commander.optionMissingArgument':
      return `オプション「${quoted[0]}」に値を指定してください`;
    case 'commander.missingArgument':
      return `引数「${quoted[0]}」を指定してください`;
    case 'commander.excessArguments':
      return `引数が多すぎます。使い方は sns-lint --help で確認してください`;
    case 'commander.invalidArgument': {
      const choices = /Allowed choices are (.*)\.$/.exec(m)?.[1];
      if (choices) return `${quoted[0]} の値「${quoted[1]}」は使えません（使える値: ${choices}）`;
      // Our own argument parsers throw Japanese messages; commander appends them after "is invalid.".
      return m.replace(/^.*? is invalid\.\s*/, '');
    }
    default:
      return m;
  }
}

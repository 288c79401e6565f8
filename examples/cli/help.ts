/**
 * `--help`, generated from the command table.
 */
import { COMMANDS, type CommandSpec, GLOBAL_OPTIONS, NOUNS, type OptionSpec } from './commands.js';
import type { Lang, Painter } from './text.js';
import { pad } from './text.js';

const DOCS = 'https://to-cong-nghe-so.github.io/to-cong-nghe-so/';

const W = {
  title: {
    vi: 'tcns — Tổ công nghệ số cộng đồng trên dòng lệnh',
    en: 'tcns — the Community Digital Technology Team on the command line',
  },
  usage: { vi: 'Cách dùng', en: 'Usage' },
  commands: { vi: 'Lệnh', en: 'Commands' },
  options: { vi: 'Tùy chọn', en: 'Options' },
  globals: { vi: 'Tùy chọn chung', en: 'Global options' },
  args: { vi: 'Đối số', en: 'Arguments' },
  examples: { vi: 'Ví dụ', en: 'Examples' },
  more: {
    vi: 'Xem hướng dẫn của một lệnh: tcns <lệnh> --help. Tài liệu:',
    en: 'Help on a command: tcns <command> --help. Documentation:',
  },
  exits: {
    vi: 'Mã thoát: 0 thành công, 1 dữ liệu có lỗi hoặc thiếu tệp, 2 sai cách dùng.',
    en: 'Exit codes: 0 success, 1 invalid data or a missing file, 2 wrong usage.',
  },
} as const;

function optionLines(options: Readonly<Record<string, OptionSpec>>, lang: Lang): string[] {
  const rows = Object.entries(options).map(([name, spec]) => {
    const flag = `${spec.short ? `-${spec.short}, ` : '    '}--${name}${spec.value ? ` ${spec.value}` : ''}`;
    return [flag, spec.description[lang]] as const;
  });
  const width = Math.max(...rows.map(([flag]) => flag.length)) + 2;
  return rows.map(([flag, text]) => `  ${pad(flag, width)}${text}`);
}

function usageLine(command: CommandSpec): string {
  const args = (command.args ?? []).map((arg) => {
    const name = `${arg.name}${arg.variadic ? '…' : ''}`;
    return arg.required ? name : `[${name}]`;
  });
  const options = Object.keys(command.options ?? {}).length > 0 ? ['[options]'] : [];
  return ['tcns', ...command.path, ...args, ...options].join(' ');
}

function commandList(commands: readonly CommandSpec[], lang: Lang, paint: Painter): string[] {
  const names = commands.map((c) => c.path.join(' '));
  const width = Math.max(...names.map((n) => n.length)) + 2;
  return commands.map((c, i) => `  ${paint('bold', pad(names[i] ?? '', width))}${c.summary[lang]}`);
}

/** The help of `tcns` itself. */
export function mainHelp(lang: Lang, paint: Painter): string {
  const lines = [
    paint('bold', W.title[lang]),
    '',
    `${W.usage[lang]}: tcns <${lang === 'vi' ? 'lệnh' : 'command'}> [options]`,
    '',
    `${W.commands[lang]}:`,
    ...commandList(
      COMMANDS.filter((c) => c.path.length === 1),
      lang,
      paint,
    ),
  ];
  for (const noun of NOUNS) {
    lines.push('', `${noun.summary[lang]}:`);
    lines.push(
      ...commandList(
        COMMANDS.filter((c) => c.path[0] === noun.name),
        lang,
        paint,
      ),
    );
  }
  lines.push('', `${W.globals[lang]}:`, ...optionLines(GLOBAL_OPTIONS, lang));
  lines.push('', W.exits[lang], `${W.more[lang]} ${DOCS}`);
  return `${lines.join('\n')}\n`;
}

/** The help of a namespace: `tcns team --help`. */
export function nounHelp(noun: string, lang: Lang, paint: Painter): string {
  const summary = NOUNS.find((n) => n.name === noun)?.summary[lang] ?? '';
  const lines = [
    paint('bold', `tcns ${noun} — ${summary}`),
    '',
    `${W.commands[lang]}:`,
    ...commandList(
      COMMANDS.filter((c) => c.path[0] === noun),
      lang,
      paint,
    ),
    '',
    W.more[lang].split('.')[0] ?? '',
  ];
  return `${lines.join('\n')}\n`;
}

/** The help of one command. */
export function commandHelp(command: CommandSpec, lang: Lang, paint: Painter): string {
  const lines = [
    paint('bold', `tcns ${command.path.join(' ')} — ${command.summary[lang]}`),
    '',
    `${W.usage[lang]}: ${usageLine(command)}`,
  ];
  if (command.description) lines.push('', command.description[lang]);
  if (command.args?.length) {
    const width = Math.max(...command.args.map((a) => a.name.length)) + 2;
    lines.push('', `${W.args[lang]}:`);
    for (const arg of command.args) lines.push(`  ${pad(arg.name, width)}${arg.description[lang]}`);
  }
  if (command.options && Object.keys(command.options).length > 0) {
    lines.push('', `${W.options[lang]}:`, ...optionLines(command.options, lang));
  }
  lines.push('', `${W.globals[lang]}:`, ...optionLines(GLOBAL_OPTIONS, lang));
  lines.push('', `${W.examples[lang]}:`);
  for (const example of command.examples) {
    lines.push(`  ${paint('cyan', example.command)}`, `      ${example.description[lang]}`);
  }
  return `${lines.join('\n')}\n`;
}

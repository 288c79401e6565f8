/** @internal A block of a rendered document, written out as text or Markdown. */
export type Block =
  | {
      readonly kind: 'header';
      readonly left: readonly string[];
      readonly right: readonly string[];
      readonly number: string;
      readonly placeDate: string;
    }
  | {
      readonly kind: 'paragraph';
      readonly text: string;
      readonly lead?: string;
      readonly style?: 'bold' | 'italic';
    }
  | { readonly kind: 'list'; readonly items: readonly ListItem[] }
  | { readonly kind: 'signature'; readonly lines: readonly string[]; readonly name: string };

/** @internal An item of a list, with its "+" points. */
export interface ListItem {
  /** The item's text. */
  readonly text: string;
  /** Its points. */
  readonly points: readonly string[];
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\*_]/gu, (c) => `\\${c}`);
}

function markdownBlock(block: Block): string {
  const md = (text: string) => escapeMarkdown(text).replaceAll('\n', '  \n');
  if (block.kind === 'header') {
    const cell = (lines: readonly string[]) =>
      lines.map((line) => `**${escapeMarkdown(line)}**`).join('<br>');
    return `| ${cell(block.left)} | ${cell(block.right)} |\n|:-:|:-:|\n| ${md(block.number)} | *${md(block.placeDate)}* |`;
  }
  if (block.kind === 'paragraph') {
    if (block.style === 'bold') return `**${md(block.text)}**`;
    if (block.style === 'italic') return `*${md(block.text)}*`;
    return block.lead === undefined
      ? md(block.text)
      : `**${md(block.lead)}**${block.text ? ` ${md(block.text)}` : ''}`;
  }
  if (block.kind === 'list') {
    return block.items
      .map((item) => [`- ${md(item.text)}`, ...item.points.map((p) => `  + ${md(p)}`)].join('\n'))
      .join('\n');
  }
  return `${block.lines.map((l) => `**${md(l)}**`).join('  \n')}\n\n**${md(block.name)}**`;
}

const WIDTH = 44;

function textBlock(block: Block): string {
  if (block.kind === 'header') {
    const rows = Math.max(block.left.length, block.right.length);
    const lines = Array.from({ length: rows }, (_, i) =>
      `${(block.left[i] ?? '').padEnd(WIDTH)}${block.right[i] ?? ''}`.trimEnd(),
    );
    return [...lines, '', `${block.number.padEnd(WIDTH)}${block.placeDate}`].join('\n');
  }
  if (block.kind === 'paragraph') {
    return block.lead === undefined
      ? block.text
      : `${block.lead}${block.text ? ` ${block.text}` : ''}`;
  }
  if (block.kind === 'list') {
    return block.items
      .map((item) => [`- ${item.text}`, ...item.points.map((p) => `  + ${p}`)].join('\n'))
      .join('\n');
  }
  return `${block.lines.join('\n')}\n\n${block.name}`;
}

/** @internal Writes blocks as Markdown. */
export function toMarkdown(blocks: readonly Block[]): string {
  return `${blocks.map(markdownBlock).join('\n\n')}\n`;
}

/** @internal Writes blocks as plain text. */
export function toText(blocks: readonly Block[]): string {
  return `${blocks.map(textBlock).join('\n\n')}\n`;
}

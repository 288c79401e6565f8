import { markdownCell, markdownInline, plainLine } from './escape.js';

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

/** Each intended line of a block's text (split at LF), escaped for a Markdown line. */
function markdownLines(text: string): string {
  return text.split('\n').map(markdownInline).join('  \n');
}

function markdownBlock(block: Block): string {
  const md = markdownLines;
  if (block.kind === 'header') {
    const cell = (lines: readonly string[]) =>
      lines.map((line) => `**${markdownCell(line)}**`).join('<br>');
    return `| ${cell(block.left)} | ${cell(block.right)} |\n|:-:|:-:|\n| ${markdownCell(block.number)} | *${markdownCell(block.placeDate)}* |`;
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
      .map((item) =>
        [
          `- ${markdownInline(item.text)}`,
          ...item.points.map((p) => `  + ${markdownInline(p)}`),
        ].join('\n'),
      )
      .join('\n');
  }
  return `${block.lines.map((l) => `**${markdownInline(l)}**`).join('  \n')}\n\n**${markdownInline(block.name)}**`;
}

/** Each intended line of a block's text (split at LF), as one plain line. */
function textLines(text: string): string {
  return text.split('\n').map(plainLine).join('\n');
}

const WIDTH = 44;

function textBlock(block: Block): string {
  const line = plainLine;
  if (block.kind === 'header') {
    const rows = Math.max(block.left.length, block.right.length);
    const lines = Array.from({ length: rows }, (_, i) =>
      `${line(block.left[i] ?? '').padEnd(WIDTH)}${line(block.right[i] ?? '')}`.trimEnd(),
    );
    return [...lines, '', `${line(block.number).padEnd(WIDTH)}${line(block.placeDate)}`].join('\n');
  }
  if (block.kind === 'paragraph') {
    return block.lead === undefined
      ? textLines(block.text)
      : `${textLines(block.lead)}${block.text ? ` ${textLines(block.text)}` : ''}`;
  }
  if (block.kind === 'list') {
    return block.items
      .map((item) =>
        [`- ${line(item.text)}`, ...item.points.map((p) => `  + ${line(p)}`)].join('\n'),
      )
      .join('\n');
  }
  return `${block.lines.map(line).join('\n')}\n\n${line(block.name)}`;
}

/** @internal Writes blocks as Markdown. */
export function toMarkdown(blocks: readonly Block[]): string {
  return `${blocks.map(markdownBlock).join('\n\n')}\n`;
}

/** @internal Writes blocks as plain text. */
export function toText(blocks: readonly Block[]): string {
  return `${blocks.map(textBlock).join('\n\n')}\n`;
}

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

function escape(text: string): string {
  return text.replace(/[\\*_]/gu, (c) => `\\${c}`);
}

/** @internal Writes blocks as Markdown. */
export function toMarkdown(blocks: readonly Block[]): string {
  const md = (text: string) => escape(text).replaceAll('\n', '  \n');
  return `${blocks
    .map((block) => {
      switch (block.kind) {
        case 'header': {
          const cell = (lines: readonly string[]) =>
            lines.map((line) => `**${escape(line)}**`).join('<br>');
          const left = cell(block.left);
          const right = cell(block.right);
          return `| ${left} | ${right} |\n|:-:|:-:|\n| ${escape(block.number)} | *${escape(block.placeDate)}* |`;
        }
        case 'paragraph': {
          if (block.style === 'bold') return `**${md(block.text)}**`;
          if (block.style === 'italic') return `*${md(block.text)}*`;
          return block.lead === undefined
            ? md(block.text)
            : `**${md(block.lead)}**${block.text ? ` ${md(block.text)}` : ''}`;
        }
        case 'list':
          return block.items
            .map((item) =>
              [`- ${md(item.text)}`, ...item.points.map((p) => `  + ${md(p)}`)].join('\n'),
            )
            .join('\n');
        case 'signature':
          return `${block.lines.map((l) => `**${md(l)}**`).join('  \n')}\n\n**${md(block.name)}**`;
      }
    })
    .join('\n\n')}\n`;
}

/** @internal Writes blocks as plain text. */
export function toText(blocks: readonly Block[]): string {
  const width = 44;
  return `${blocks
    .map((block) => {
      switch (block.kind) {
        case 'header': {
          const rows = Math.max(block.left.length, block.right.length);
          const lines = Array.from({ length: rows }, (_, i) =>
            `${(block.left[i] ?? '').padEnd(width)}${block.right[i] ?? ''}`.trimEnd(),
          );
          return [...lines, '', `${block.number.padEnd(width)}${block.placeDate}`].join('\n');
        }
        case 'paragraph':
          return block.lead === undefined
            ? block.text
            : `${block.lead}${block.text ? ` ${block.text}` : ''}`;
        case 'list':
          return block.items
            .map((item) => [`- ${item.text}`, ...item.points.map((p) => `  + ${p}`)].join('\n'))
            .join('\n');
        case 'signature':
          return `${block.lines.join('\n')}\n\n${block.name}`;
      }
    })
    .join('\n\n')}\n`;
}

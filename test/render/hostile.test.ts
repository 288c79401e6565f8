import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Report,
  ReportSchema,
  renderCommuneReport,
  renderGroupMessage,
  renderReportMarkdown,
  type Team,
  TextSchema,
} from '../../src/index.js';
import { markdownCell, markdownInline, mermaidLabel, plainLine } from '../../src/render/escape.js';
import { dakNia2022Team } from '../../src/samples/index.js';
import { sampleMonth } from './sample-month.js';

/** Names a user could type, or paste, that must come out as written and break nothing. */
const HOSTILE: readonly (readonly [string, string])[] = [
  ['a pipe', 'Bu | Sir'],
  ['an escaped pipe', 'Bu \\| Sir'],
  ['a trailing backslash', 'Nam Đà \\'],
  ['a newline forging a figure', 'Nam Rạ\n- Số lượt hỗ trợ cài đặt VNeID: 999999'],
  ['a CR LF heading', 'Cây Xoài\r\n# TIÊU ĐỀ GIẢ'],
  ['a line separator', 'Nam Đà\u2028II. TÌNH HÌNH GIẢ'],
  ['raw HTML', '<img src=x onerror=alert(1)>'],
  ['a javascript: link', '[bấm vào đây](javascript:alert(1))'],
  ['an autolink', '<javascript:alert(1)>'],
  ['an entity', '&lt;b&gt; &#60;'],
  ['a formula prefix', '=HYPERLINK("http://x","y")'],
  ['a plus, minus and at', '+1 -2 @cmd'],
  ['an ordered item', '1. Thôn giả'],
  ['a thematic break', '---'],
  ['a block quote', '> trích'],
  ['emphasis and code', '*đậm* _nghiêng_ `mã` ~~gạch~~ $x$'],
  ['a Mermaid label end', 'Bon"] --> x["giả'],
  ['Mermaid entities', '#quot; #35; A&B'],
  ['RTL override', 'Bon \u202eriS uB\u202c'],
  ['RTL marks', '\u200fبون\u200f Bu Sir'],
  ['control characters', 'Bu\u0000Sir\u0007\u001b[31m'],
  ['tabs', 'Bu\tSir\t\t|'],
  ['a very long name', `Bon ${'Bu Sir '.repeat(300)}`],
  ['NFD text', 'Đắk Nia'.normalize('NFD')],
  ['nothing once made one line', '\u202e\u0000'],
];

const team = dakNia2022Team();
const { leader } = sampleMonth();
const VILLAGES = ['bon-bu-sir', 'bon-njrieng', 'thon-nam-ra', 'thon-nam-da', 'thon-cay-xoai'];

/** The team with every village and person named `name`. */
function renamed(name: string): Team {
  return {
    ...team,
    places: team.places.map((p) => (VILLAGES.includes(p.id) ? { ...p, name } : p)),
    people: team.people.map((p) => ({ ...p, name })),
  };
}

/** The leader's report with one result, obstacle and proposal of each text. */
function withNotes(texts: readonly string[]): Report {
  return ReportSchema.parse({
    ...leader,
    results: texts.map((text) => ({ text, from: 'leader/1' })),
    obstacles: texts.map((text) => ({ text, place: 'bon-bu-sir' })),
    proposals: texts,
  });
}

/** The cells of a GFM table row: split at pipes, except a pipe escaped by a backslash. */
function cells(row: string): string[] {
  const out: string[] = [];
  let cell = '';
  for (let i = 0; i < row.length; i += 1) {
    const c = row[i] as string;
    if (c === '\\') {
      cell += c + (row[i + 1] ?? '');
      i += 1;
    } else if (c === '|') {
      out.push(cell);
      cell = '';
    } else cell += c;
  }
  out.push(cell);
  return out.slice(1, -1);
}

/** Every table of a Markdown text keeps its header's column count. */
function tableShapes(markdown: string): number[][] {
  const tables: number[][] = [];
  let current: number[] | undefined;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('|')) {
      if (current === undefined) {
        current = [];
        tables.push(current);
      }
      current.push(cells(line).length);
    } else current = undefined;
  }
  return tables;
}

const message = (t: Team, r: Report) => renderGroupMessage(t, r, { maxLength: 1_000_000 })[0] ?? '';
/** The lines of a section: after its heading (and the blank line after it, in a document). */
const sectionLines = (text: string, heading: string, skip = 0) => {
  const lines = text.split('\n');
  const start = lines.indexOf(heading) + skip;
  const end = lines.indexOf('', start + 1);
  return lines.slice(start + 1, end === -1 ? undefined : end);
};

describe('the escaping layer', () => {
  it.each(HOSTILE)('makes %s one line of each format', (_, name) => {
    for (const out of [
      plainLine(name),
      markdownInline(name),
      markdownCell(name),
      mermaidLabel(name),
    ]) {
      expect(out).not.toMatch(
        // biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to find them.
        /[\n\r\u2028\u2029\u0085\v\f\t\u202a-\u202e\u2066-\u2069\u0000-\u001f]/u,
      );
    }
    expect(markdownInline(name)).not.toMatch(/^(?:[-+=>#]|\d+[.)](?: |$))/u);
    expect(markdownInline(name)).not.toMatch(/(?<!\\)(?:\\\\)*[<[\]|`*_]/u);
    expect(cells(`| ${markdownCell(name)} |`)).toHaveLength(1);
    expect(mermaidLabel(name)).not.toMatch(/["<>`]/u);
    expect(plainLine(name).normalize('NFC')).toBe(plainLine(name));
  });

  it('escapes a pipe once, so a village named "Bu | Sir" keeps the table whole', () => {
    expect(markdownCell('Bu | Sir')).toBe('Bu \\| Sir');
    expect(markdownCell('Bu \\| Sir')).toBe('Bu \\\\\\| Sir');
    expect(markdownCell('1.880/3.080')).toBe('1.880/3.080');
    expect(markdownInline('1. Thôn giả')).toBe('1\\. Thôn giả');
    expect(mermaidLabel('A "B" <br> & C')).toBe('A #34;B#34; #60;br#62; #38; C');
    expect(plainLine('Bon \u202eriS uB\u202c')).toBe('Bon riS uB');
    expect(plainLine('\u200fبون\u200f')).toBe('\u200fبون\u200f');
  });
});

describe('every renderer, with hostile names', () => {
  const plainMessage = message(team, leader).split('\n');
  const plainMarkdown = renderReportMarkdown(team, leader);
  const plainDocument = renderCommuneReport(team, leader, { number: 5 })._unsafeUnwrap();

  it.each(HOSTILE)('keeps its structure with %s for every village and person', (_, name) => {
    const odd = renamed(name);
    const lines = message(odd, leader).split('\n');
    expect(lines).toHaveLength(plainMessage.length);
    expect(lines.join('\n')).not.toMatch(/\(\s*\)/u);
    expect(lines.filter((l) => l.includes('999999'))).toEqual(
      lines.filter((l) => l.includes('999999') && !l.startsWith('- Số lượt hỗ trợ cài đặt VNeID')),
    );
    const markdown = renderReportMarkdown(odd, leader);
    expect(markdown.split('\n')).toHaveLength(plainMarkdown.split('\n').length);
    expect(tableShapes(markdown)).toEqual(tableShapes(plainMarkdown));
    expect(markdown.split('\n').filter((l) => l.startsWith('#'))).toEqual(
      plainMarkdown.split('\n').filter((l) => l.startsWith('#')),
    );
    expect(markdown).not.toMatch(/(?<!\\)<(?:img|script|javascript)/iu);
    expect(markdown).not.toMatch(/(?<!\\)\]\(javascript:/iu);
    const document = renderCommuneReport(odd, leader, { number: 5 })._unsafeUnwrap();
    expect(document.text.split('\n')).toHaveLength(plainDocument.text.split('\n').length);
    expect(document.markdown.split('\n')).toHaveLength(plainDocument.markdown.split('\n').length);
  });

  it.each(HOSTILE)('keeps one line per result, obstacle and proposal with %s', (_, text) => {
    const report = withNotes([text, text]);
    const out = message(team, report);
    expect(sectionLines(out, 'KẾT QUẢ')).toHaveLength(2);
    expect(sectionLines(out, 'KHÓ KHĂN, VƯỚNG MẮC')).toHaveLength(2);
    expect(sectionLines(out, 'ĐỀ XUẤT, KIẾN NGHỊ')).toHaveLength(2);
  });
});

/** Any text a schema accepts, with the characters that mean something in some format. */
const SPECIAL = [...'|\\\n\r\t<>[]()`*_#-=+>!&"~$:@ ', '\u2028', '\u202e', '\u0085', '1.', 'Đ'];
const anyText = fc
  .oneof(
    fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }),
    fc.string({ unit: fc.constantFrom(...SPECIAL), minLength: 1, maxLength: 40 }),
  )
  .filter((text) => TextSchema.safeParse(text).success);

describe('property: any names keep every renderer’s structure', () => {
  it('keeps the group message one line per item, and every Markdown table its columns', () => {
    const plainShapes = tableShapes(renderReportMarkdown(team, leader));
    const plainDocumentShapes = tableShapes(
      renderCommuneReport(team, leader, { number: 5 })._unsafeUnwrap().markdown,
    );
    fc.assert(
      fc.property(anyText, fc.array(anyText, { minLength: 1, maxLength: 6 }), (name, texts) => {
        const odd = renamed(name);
        expect(message(odd, leader).split('\n')).toHaveLength(
          message(team, leader).split('\n').length,
        );
        expect(tableShapes(renderReportMarkdown(odd, leader))).toEqual(plainShapes);
        const report = withNotes(texts);
        const out = message(odd, report);
        expect(sectionLines(out, 'KẾT QUẢ')).toHaveLength(texts.length);
        expect(sectionLines(out, 'ĐỀ XUẤT, KIẾN NGHỊ')).toHaveLength(texts.length);
        const markdown = renderReportMarkdown(odd, report);
        expect(tableShapes(markdown)).toEqual(plainShapes);
        const document = renderCommuneReport(odd, report, { number: 5 })._unsafeUnwrap();
        expect(sectionLines(document.text, 'III. KHÓ KHĂN, VƯỚNG MẮC', 1)).toHaveLength(
          texts.length,
        );
        expect(tableShapes(document.markdown)).toEqual(plainDocumentShapes);
      }),
      { numRuns: 30 },
    );
  }, 60_000);
});

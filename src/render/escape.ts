// One escaping layer per output format. Every renderer passes the text it did not write itself
// (names of places, seats, people and bodies, results, obstacles, proposals, titles) through the
// function of its format, once, at the point where the text is placed:
// - `plainLine`: one line of plain text (the group message, the plain-text document);
// - `markdownInline`: text inside a Markdown line (a paragraph, a list item, a heading);
// - `markdownCell`: text inside a cell of a Markdown (GFM) table;
// - `mermaidLabel`: text inside a quoted Mermaid label.
// CSV cells are escaped where CSV is written (`writeCsv` in the indicators module).

/** Every kind of line break: CR LF, LF, VT, FF, CR, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR. */
// VT is written `\u000b`, not `\v`: mutation testing turns `\v` into `\V`, which a `u` expression
// refuses when the module loads.
// biome-ignore lint/suspicious/noControlCharactersInRegex: VT is one of the line breaks.
const LINE_BREAKS = /\r\n|[\n\u000b\f\r\u0085\u2028\u2029]/gu;

/** Control characters other than line breaks and tab: C0, DEL, C1. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to remove them.
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f]/gu;

/**
 * Bidirectional embeddings, overrides and isolates (LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI):
 * they reorder the text that follows them, so a name could make the rest of a line read
 * differently from what it says. The marks LRM, RLM and ALM, which reorder nothing beyond
 * themselves, are kept.
 */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/gu;

/**
 * One line of plain text: NFC; every line break and tab becomes one space; control characters
 * and bidirectional overrides are removed; runs of spaces become one; no space at either end.
 * Whatever the input, the result holds no line break, so it cannot start a line of its own.
 */
export function plainLine(text: string): string {
  return text
    .normalize('NFC')
    .replace(LINE_BREAKS, ' ')
    .replace(/\t/gu, ' ')
    .replace(CONTROLS, '')
    .replace(BIDI_CONTROLS, '')
    .replace(/ {2,}/gu, ' ')
    .trim();
}

/**
 * The ASCII punctuation that means something anywhere inside a Markdown line (CommonMark and
 * GFM): backslash, code, emphasis, links and images (an image is `!` then a link), raw HTML and
 * autolinks, entities, headings (a closing `#` too), table pipes, strikethrough, math. Each is escaped with one backslash, in
 * one pass, so that no escape is escaped again (the order that once turned `|` into `\\|`, a
 * live pipe).
 */
const MARKDOWN_SPECIAL = /[\\`*_[\]<&#|~$]/gu;

/**
 * What starts a block when it begins a line (or a list item): a bullet, a setext underline or
 * thematic break, a block quote (always escaped), and an ordered item — a number followed by `.`
 * or `)` and a space or the end of the line (so `1.880/3.080` stays as written). `#`, `*` and `_`
 * are escaped wherever they are.
 */
const LINE_START = /^(?:[-+=>]|\d{1,9}[.)](?=[ \t]|$))/u;

/**
 * Text inside one Markdown line: {@link plainLine}, then every character that Markdown reads as
 * markup escaped with a backslash, and a leading list, quote or underline marker escaped too —
 * so the text reads as written wherever it is placed: no heading, list, link, image, raw HTML or
 * `javascript:` link can come out of it.
 */
export function markdownInline(text: string): string {
  return markdownCell(text).replace(LINE_START, (start) =>
    /^\d/u.test(start) ? `${start.slice(0, -1)}\\${start.slice(-1)}` : `\\${start}`,
  );
}

/**
 * Text inside a cell of a Markdown (GFM) table: {@link plainLine}, then every character that
 * Markdown reads as markup escaped with a backslash, in one pass — an escaped pipe (`\|`) does
 * not end the cell. A cell holds inline content only, so nothing at its start needs escaping.
 */
export function markdownCell(text: string): string {
  return plainLine(text).replace(MARKDOWN_SPECIAL, (c) => `\\${c}`);
}

/** What Mermaid reads inside a quoted label: entities, quotes, HTML, Markdown strings. */
const MERMAID_SPECIAL = /[#"<>&`]/gu;

/**
 * Text inside a quoted Mermaid label (`["…"]`): {@link plainLine}, then `#`, `"`, `<`, `>`, `&`
 * and the backtick written as Mermaid's numeric entities (`#35;`, `#34;` …), so that no quote
 * ends the label, no HTML reaches the chart and no entity the user typed is decoded.
 */
export function mermaidLabel(text: string): string {
  return plainLine(text).replace(MERMAID_SPECIAL, (c) => `#${c.codePointAt(0)};`);
}

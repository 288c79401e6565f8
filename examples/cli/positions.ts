/**
 * Where a problem is in the user's file: a JSON path mapped to the line and column of the value
 * (with a JSON parser that keeps locations), a JSON syntax error's line and column, and the
 * column of a CSV cell.
 */
import type { AnyNode } from '@humanwhocodes/momoa';

/** A 1-based line and column. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** The syntax tree of a JSON text, or the position of its first syntax error. */
export type JsonTree =
  | { readonly ok: true; readonly root: AnyNode }
  | { readonly ok: false; readonly at: Position; readonly message: string };

/** Parses JSON text keeping locations (the parser is loaded only when a position is needed). */
export async function jsonTree(text: string): Promise<JsonTree> {
  const { parse } = await import('@humanwhocodes/momoa');
  try {
    return { ok: true, root: parse(text, { mode: 'json' }).body };
  } catch (error) {
    const e = error as { line?: unknown; column?: unknown; message?: unknown };
    const line = typeof e.line === 'number' ? e.line : 1;
    const column = typeof e.column === 'number' ? e.column : 1;
    const message = String(e.message ?? error).replace(/ \(\d+:\d+\)$/u, '');
    return { ok: false, at: { line, column }, message };
  }
}

/**
 * The position of the value at `path` in a JSON tree; where the path goes beyond the file (a
 * missing field), the position of the deepest value that exists on the way.
 */
export function positionOf(root: AnyNode, path: readonly (string | number)[]): Position {
  let node: AnyNode = root;
  for (const key of path) {
    let next: AnyNode | undefined;
    if (node.type === 'Object') {
      const member = node.members.find(
        (m) => m.name.type === 'String' && m.name.value === String(key),
      );
      next = member?.value;
    } else if (node.type === 'Array' && typeof key === 'number') {
      next = node.elements[key]?.value;
    }
    if (!next) break;
    node = next;
  }
  const start = node.loc.start;
  return { line: start.line, column: start.column };
}

/** Splits one CSV line into the start columns (1-based) of its cells. */
function cellStarts(line: string, delimiter: string): number[] {
  const starts = [1];
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (c === delimiter && !quoted) starts.push(i + 2);
  }
  return starts;
}

/** The delimiter of a CSV header line: `;` when it has more of them than `,`. */
function delimiterOf(header: string): string {
  const count = (c: string) => header.split(c).length;
  return count(';') > count(',') ? ';' : ',';
}

/**
 * A reader of CSV positions: the column where a named cell of a line begins (the library's CSV
 * problems carry `[line, columnName]`).
 */
export function csvPositions(text: string): (line: number, columnName?: string) => Position {
  const lines = text.split(/\r?\n/u);
  const header = lines[0] ?? '';
  const delimiter = delimiterOf(header);
  const names = header.split(delimiter).map((cell) => cell.replace(/^"|"$/gu, '').trim());
  return (line, columnName) => {
    if (columnName === undefined) return { line, column: 1 };
    const index = names.findIndex((n) => n === columnName || n.split(' ')[0] === columnName);
    const starts = cellStarts(lines[line - 1] ?? '', delimiter);
    return { line, column: index < 0 ? 1 : (starts[index] ?? 1) };
  };
}

import { readdirSync, readFileSync } from 'node:fs';
import { err, ok } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import * as library from '../../src/index.js';

/**
 * Runs the `ts` examples of the calendar's TSDoc and of its guide, checking that every value
 * written in a `// comment` after a statement is what the statement returns.
 */

const root = new URL('../../', import.meta.url);

function codeBlocks(text: string): string[] {
  return [...text.matchAll(/```ts\n([\s\S]*?)```/gu)].map((m) => m[1] ?? '');
}

function tsdocText(source: string): string {
  return [...source.matchAll(/\/\*\*([\s\S]*?)\*\//gu)]
    .map((m) => (m[1] ?? '').replace(/^[ \t]*\* ?/gmu, ''))
    .join('\n');
}

interface Statement {
  code: string;
  expected?: string;
}

/** Splits example code into statements, each with the value its trailing comment states. */
function statements(code: string): Statement[] {
  const body = code
    .replace(/^import[\s\S]*?from '[^']+';$/gmu, '')
    .replace(/ as const/gu, '')
    .replace(/const (\w+): [\w<>[\]]+ =/gu, 'const $1 =');
  const result: Statement[] = [];
  let pending: string[] = [];
  for (const line of body.split('\n')) {
    if (line.trim() === '' && pending.length === 0) continue;
    const comment = /^\s*\/\/ (.*)$/u.exec(line);
    if (comment && pending.length === 0) {
      const last = result.at(-1);
      if (last !== undefined && last.expected === undefined) last.expected = comment[1] ?? '';
      continue;
    }
    const end = /^(.*;)\s*(?:\/\/ (.*))?$/u.exec(line);
    pending.push(end ? (end[1] ?? '') : line);
    if (end) {
      const statement: Statement = { code: pending.join('\n') };
      if (end[2] !== undefined) statement.expected = end[2];
      result.push(statement);
      pending = [];
    }
  }
  return result;
}

/** The value a comment states, without a trailing explanation in parentheses. */
function expectedValue(comment: string): string {
  return comment.replace(/\s+\([^()]*\)$/u, '');
}

function run(code: string): number {
  let count = 0;
  const checks = statements(code).map(({ code: statement, expected }) => {
    if (expected === undefined) return statement;
    count += 1;
    const value = expectedValue(expected);
    const declared = /^const (\w+) =/u.exec(statement);
    const actual = declared ? declared[1] : statement.replace(/;$/u, '');
    return `${declared ? statement : ''}\n__check((${actual}), (${value}), ${JSON.stringify(statement)});`;
  });
  const entries = Object.entries(library);
  const names = entries.map(([name]) => name);
  const fn = new Function(...names, 'ok', 'err', '__check', checks.join('\n'));
  fn(
    ...entries.map(([, value]) => value),
    ok,
    err,
    (actual: unknown, wanted: unknown, statement: string) => {
      expect(actual, statement).toEqual(wanted);
    },
  );
  return count;
}

const sources = readdirSync(new URL('src/calendar/', root))
  .filter((file) => file.endsWith('.ts'))
  .map((file) => [
    `src/calendar/${file}`,
    codeBlocks(tsdocText(readFileSync(new URL(`src/calendar/${file}`, root), 'utf8'))),
  ]) as [string, string[]][];
const guide = codeBlocks(readFileSync(new URL('docs/calendar.md', root), 'utf8'));

describe('examples', () => {
  it.each(sources.filter(([, blocks]) => blocks.length > 0))('of %s are correct', (_, blocks) => {
    const checked = blocks.reduce((sum, block) => sum + run(block), 0);
    expect(checked).toBeGreaterThan(0);
  });

  it('of docs/calendar.md are correct', () => {
    const checked = guide.reduce((sum, block) => sum + run(block), 0);
    expect(checked).toBeGreaterThan(40);
  });

  it('are really checked', () => {
    expect(() => run("formatPeriod({ kind: 'year', year: 2026, index: 1 }); // '2027'")).toThrow();
    expect(statements('a(\n  1,\n);\n// 2\nb; // 3 (note)')).toEqual([
      { code: 'a(\n  1,\n);', expected: '2' },
      { code: 'b;', expected: '3 (note)' },
    ]);
  });
});

/**
 * Runs every code example users read: the `@example` blocks of the TSDoc in `src/`, and the
 * ```ts blocks of README.md and docs/*.md. Each example is transpiled and executed against the
 * library's public barrel; a statement followed by a `// value` comment on the same line is
 * checked against that value when the comment is a JavaScript expression (`ok(…)`, `err(…)`,
 * strings, numbers, arrays, objects; a trailing "(note)" is ignored; a string ending in "…" is
 * compared as a prefix).
 */
import * as neverthrow from 'neverthrow';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as zod from 'zod';
import * as lib from '../../src/index.js';
import { collectExamples, type Example } from './collect.js';

/** Wraps `expr; // expected` statements in a check. */
function instrument(code: string): string {
  const file = ts.createSourceFile('example.ts', code, ts.ScriptTarget.ES2022, true);
  let out = '';
  let last = 0;
  for (const statement of file.statements) {
    if (!ts.isExpressionStatement(statement)) continue;
    const comment = ts.getTrailingCommentRanges(code, statement.end)?.[0];
    if (!comment || comment.kind !== ts.SyntaxKind.SingleLineCommentTrivia) continue;
    const expected = code.slice(comment.pos + 2, comment.end).trim();
    out += code.slice(last, statement.getStart(file));
    out += `__check(() => (${statement.expression.getText(file)}), ${JSON.stringify(expected)});`;
    last = statement.end;
  }
  return out + code.slice(last);
}

const MODULES: Record<string, unknown> = { 'to-cong-nghe-so': lib, zod, neverthrow };

function evaluateExpected(text: string): { value: unknown } | undefined {
  const attempts = [text, text.replace(/\s*\([^()]*\)$/u, '')];
  for (const attempt of attempts) {
    try {
      return {
        value: new Function('ok', 'err', `return (${attempt});`)(neverthrow.ok, neverthrow.err),
      };
    } catch {
      // not an expression: try without a trailing note, then give up
    }
  }
  return undefined;
}

function run(example: Example): number {
  let checked = 0;
  const check = (actual: () => unknown, expectedText: string): void => {
    const value = actual();
    const expected = evaluateExpected(expectedText);
    if (!expected) return;
    checked += 1;
    if (typeof expected.value === 'string' && expected.value.endsWith('…')) {
      expect(String(value)).toContain(expected.value.slice(0, -1));
    } else {
      expect(value, `${example.source}: ${expectedText}`).toEqual(expected.value);
    }
  };
  const js = ts.transpileModule(instrument(example.code), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  const require = (name: string): unknown => {
    const found = MODULES[name];
    if (!found) throw new Error(`${example.source}: example imports unknown module ${name}`);
    return found;
  };
  const quiet = { ...console, log: () => {}, error: () => {}, warn: () => {} };
  new Function('require', 'exports', '__check', 'console', js)(require, {}, check, quiet);
  return checked;
}

const examples = collectExamples();

describe('code examples in the docs', () => {
  it('finds examples', () => {
    expect(examples.length).toBeGreaterThan(20);
  });

  it.each(examples.map((example) => [example.source, example] as const))('%s', (_, example) => {
    run(example);
  });
});

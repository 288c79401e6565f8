/**
 * Runs every code example users read: the `@example` blocks of the TSDoc in `src/`, and the
 * ```ts blocks of README.md and docs/*.md. Each example is transpiled and executed against the
 * library's public barrel (with `TCNS_EXAMPLES_BUILT=1`, a step of `npm test` after the build:
 * against the built package, as users install it); a statement followed by a `// value` comment on the same line is
 * checked against that value when the comment is a JavaScript expression (`ok(…)`, `err(…)`,
 * strings, numbers, arrays, objects; a trailing "(note)" is ignored; a string ending in "…" is
 * compared as a prefix).
 */
import { readFileSync } from 'node:fs';
import * as neverthrow from 'neverthrow';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as zod from 'zod';
import { collectExamples, type Example } from './collect.js';

/**
 * The expectation written after an expression statement: a `// value` comment on the same line,
 * or `//` comment lines right below it (date-fns's style). `undefined` when there is none.
 */
function expectationOf(code: string, end: number): string | undefined {
  const sameLine = /^[ \t]*\/\/(.*)/u.exec(code.slice(end).split('\n')[0] ?? '');
  if (sameLine) return sameLine[1]?.trim();
  const below: string[] = [];
  for (const line of code.slice(end).split('\n').slice(1)) {
    const comment = /^\s*\/\/(.*)$/u.exec(line);
    if (!comment) break;
    below.push(comment[1] ?? '');
  }
  return below.length > 0 ? below.join('\n').trim() : undefined;
}

/** Wraps every expression statement followed by an expectation in a check. */
function instrument(code: string): { code: string; expectations: number } {
  const file = ts.createSourceFile('example.ts', code, ts.ScriptTarget.ES2022, true);
  let out = '';
  let last = 0;
  let expectations = 0;
  const visit = (statements: ts.NodeArray<ts.Statement>) => {
    for (const statement of statements) {
      if (ts.isBlock(statement)) visit(statement.statements);
      if (ts.isTryStatement(statement)) {
        visit(statement.tryBlock.statements);
        if (statement.catchClause) visit(statement.catchClause.block.statements);
      }
      if (ts.isIfStatement(statement) && ts.isExpressionStatement(statement.thenStatement)) {
        // `if (x) expr; // expected` — check the expression when the branch runs.
        const inner = statement.thenStatement;
        const expected = expectationOf(code, inner.end);
        if (expected === undefined) continue;
        expectations += 1;
        out += code.slice(last, inner.getStart(file));
        out += `__check(() => (${inner.expression.getText(file)}), ${JSON.stringify(expected)});`;
        last = inner.end;
        continue;
      }
      if (!ts.isExpressionStatement(statement)) continue;
      const expected = expectationOf(code, statement.end);
      if (expected === undefined) continue;
      expectations += 1;
      out += code.slice(last, statement.getStart(file));
      out += `__check(() => (${statement.expression.getText(file)}), ${JSON.stringify(expected)});`;
      last = statement.end;
    }
  };
  visit(file.statements);
  return { code: out + code.slice(last), expectations };
}

/**
 * Whether an example does something whose result a reader would want to see (an expression
 * statement), rather than only showing the shape of a value or a type.
 */
function runsCode(code: string): boolean {
  const file = ts.createSourceFile('example.ts', code, ts.ScriptTarget.ES2022, true);
  return file.statements.some((s) => ts.isExpressionStatement(s));
}

/** Every entry point of the package (`to-cong-nghe-so`, `to-cong-nghe-so/csv` …), loaded. */
async function entryPoints(): Promise<Record<string, unknown>> {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    name: string;
    exports: Record<string, unknown>;
  };
  const built = process.env.TCNS_EXAMPLES_BUILT === '1';
  const loaded: Record<string, unknown> = {};
  for (const key of Object.keys(pkg.exports).filter((k) => !k.endsWith('.json'))) {
    const dir = key === '.' ? '' : `${key.slice(2)}/`;
    const file = built ? `../../dist/node/${dir}index.js` : `../../src/${dir}index.ts`;
    loaded[key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`] = await import(
      new URL(file, import.meta.url).href
    );
  }
  return loaded;
}

const MODULES: Record<string, unknown> = { ...(await entryPoints()), zod, neverthrow };

function evaluateExpected(text: string): { value: unknown } | undefined {
  const attempts = [text, text.replace(/\s*\([^()]*\)$/su, '')];
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
    if (!expected) {
      throw new Error(
        `${example.source}: the expectation "${expectedText}" is not a JavaScript value; write the value (a trailing "(note)" is allowed) or put prose before the statement`,
      );
    }
    checked += 1;
    if (typeof expected.value === 'string' && expected.value.endsWith('…')) {
      expect(String(value)).toContain(expected.value.slice(0, -1));
    } else {
      expect(value, `${example.source}: ${expectedText}`).toEqual(expected.value);
    }
  };
  const instrumented = instrument(example.code);
  const js = ts.transpileModule(instrumented.code, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  const require = (name: string): unknown => {
    const found = MODULES[name];
    if (!found) throw new Error(`${example.source}: example imports unknown module ${name}`);
    return found;
  };
  const quiet = { ...console, log: () => {}, error: () => {}, warn: () => {} };
  new Function('require', 'exports', '__check', 'console', js)(require, {}, check, quiet);
  if (checked < instrumented.expectations) {
    throw new Error(
      `${example.source}: ${instrumented.expectations - checked} expectation(s) never compared`,
    );
  }
  if (checked === 0 && runsCode(example.code)) {
    throw new Error(
      `${example.source}: the example compares nothing; add a "// value" expectation`,
    );
  }
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

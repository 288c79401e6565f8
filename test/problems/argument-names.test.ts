/**
 * A refused argument is named as the function's signature names it: for every exported function
 * the fuzz suite knows how to call, each parameter in turn is replaced by a value no parameter
 * takes, in a call whose arguments are otherwise taken, and the `invalid_argument` that follows
 * must name that parameter (`options`, or a field or item of it: `options.asOf`, `values[3]`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../src/index.js';
import { SPECS } from '../fuzz/specs/index.js';
import { lib } from '../support/package.js';

/** The names of a function's parameters, from its source; `undefined` for a destructured one. */
function parameterNames(fn: (...args: unknown[]) => unknown): (string | undefined)[] {
  const text = Function.prototype.toString.call(fn);
  const open = text.indexOf('(');
  let depth = 0;
  let current = '';
  const parts: string[] = [];
  for (let i = open + 1; i < text.length; i += 1) {
    const c = text[i] as string;
    if (depth === 0 && c === ')') break;
    if ('([{'.includes(c)) depth += 1;
    if (')]}'.includes(c)) depth -= 1;
    if (depth === 0 && c === ',') {
      parts.push(current);
      current = '';
    } else current += c;
  }
  if (current.trim() !== '') parts.push(current);
  return parts.map((part) => /^\s*([A-Za-z_$][\w$]*)\s*(=|$)/u.exec(part)?.[1]);
}

/**
 * What a call does with its arguments: `null` when it throws something other than an
 * {@link InvalidArgumentError}, else the argument it refuses (`undefined`: none).
 */
function refused(call: () => unknown): string | undefined | null {
  let result: unknown;
  try {
    result = call();
  } catch (error) {
    return error instanceof InvalidArgumentError ? error.argument : null;
  }
  const outcome = result as { isErr?: () => boolean; error?: unknown };
  if (typeof outcome?.isErr !== 'function' || !outcome.isErr()) return undefined;
  const problems = [outcome.error].flat() as { code?: string; path?: unknown[] }[];
  const problem = problems.find((p) => p?.code === 'invalid_argument');
  return problem === undefined ? undefined : String(problem.path?.[0]);
}

const NOT_AN_ARGUMENT = Symbol('not an argument');
/** Whether an argument's name is the parameter, a part of it, or a list of names with it. */
const names = (argument: string, parameter: string) =>
  argument
    .split(', ')
    .some(
      (name) =>
        name === parameter || name.startsWith(`${parameter}.`) || name.startsWith(`${parameter}[`),
    );

describe('a refused argument', () => {
  it('is named as the signature names it, for every parameter of every function', () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const [name, spec] of Object.entries(SPECS)) {
      const fn = lib[name];
      if (typeof fn !== 'function' || /^class\b/u.test(Function.prototype.toString.call(fn))) {
        continue;
      }
      const call = (args: readonly unknown[]) => () =>
        (fn as (...a: unknown[]) => unknown)(...args);
      const valid = fc
        .sample(spec.args, { numRuns: 40, seed: 19 })
        .find((args) => refused(call(args)) === undefined);
      if (valid === undefined) continue;
      parameterNames(fn as (...args: unknown[]) => unknown).forEach((parameter, k) => {
        if (parameter === undefined) return;
        const args = [...valid];
        args[k] = NOT_AN_ARGUMENT;
        const argument = refused(call(args));
        if (argument === undefined || argument === null) return;
        checked += 1;
        if (!names(argument, parameter))
          wrong.push(`${name}: ${parameter} refused as "${argument}"`);
      });
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(200);
  });
});

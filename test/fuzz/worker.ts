/**
 * Runs the fuzz specs in a worker thread, so that a call that never returns can be stopped and
 * named. Posts `{ type: 'call', name, args }` before each call and `{ type: 'done', name, failure }`
 * after each export.
 */
import { parentPort, workerData } from 'node:worker_threads';
import fc from 'fast-check';
import { excerpt } from '../../src/problems/words.js';
import { lib } from '../support/package.js';
import { SPECS } from './specs/index.js';

const { names, runs, seed } = workerData as { names: string[]; runs: number; seed: number };
const port = parentPort;
if (!port) throw new Error('run as a worker');

/** Every plain object or array reachable from the exported constants (for the alias check). */
const exported = new Set<object>();
for (const value of Object.values(lib)) {
  if (typeof value !== 'object' || value === null || 'safeParse' in value) continue;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item !== 'object' || item === null || exported.has(item)) continue;
    exported.add(item);
    for (const key of Object.keys(item)) stack.push((item as Record<string, unknown>)[key]);
  }
}

/** A bounded, deterministic picture of a value, to tell whether a call changed it. */
function snapshot(value: unknown): string {
  const seen = new Map<object, number>();
  let budget = 200_000;
  const walk = (item: unknown, depth = 0): unknown => {
    budget -= 1;
    if (budget < 0 || depth > 100) return '…';
    if (typeof item === 'bigint') return `${item}n`;
    if (typeof item === 'string')
      return item.length > 1000 ? `${item.length}:${item.slice(0, 50)}` : item;
    if (typeof item === 'number' && Number.isNaN(item)) return 'NaN';
    if (typeof item !== 'object' || item === null)
      return typeof item === 'symbol' ? 'symbol' : item;
    if (seen.has(item)) return `#${seen.get(item)}`;
    // A zod schema caches its own internals on first use: not the caller's data.
    if ('safeParse' in item) return 'schema';
    seen.set(item, seen.size);
    if (item instanceof Map) return ['Map', [...item.entries()].map((e) => walk(e, depth + 1))];
    if (item instanceof Set) return ['Set', [...item.values()].map((v) => walk(v, depth + 1))];
    if (item instanceof Date) return ['Date', item.getTime()];
    try {
      return Object.keys(item).map((key) => [
        key,
        walk((item as Record<string, unknown>)[key], depth + 1),
      ]);
    } catch {
      return 'unreadable';
    }
  };
  return JSON.stringify(walk(value));
}

/** The first object of a result that is also reachable from an exported constant. */
function aliased(value: unknown): string | undefined {
  const stack: [unknown, string][] = [[value, 'result']];
  const seen = new Set<object>();
  let budget = 100_000;
  while (stack.length > 0 && budget > 0) {
    budget -= 1;
    const [item, path] = stack.pop() as [unknown, string];
    if (typeof item !== 'object' || item === null || seen.has(item)) continue;
    seen.add(item);
    if (exported.has(item)) return path;
    if (!Array.isArray(item) && Object.getPrototypeOf(item) !== Object.prototype) continue;
    for (const key of Object.keys(item)) {
      stack.push([(item as Record<string, unknown>)[key], `${path}.${key}`]);
    }
  }
  return undefined;
}

/** What is wrong with the problems inside a returned `err`. */
function problemFaults(error: unknown): string[] {
  const faults: string[] = [];
  const stack: unknown[] = [error];
  let budget = 10_000;
  while (stack.length > 0 && budget > 0) {
    budget -= 1;
    const item = stack.pop();
    if (Array.isArray(item)) {
      stack.push(...item);
      continue;
    }
    if (typeof item !== 'object' || item === null) continue;
    if ('code' in item && 'message' in item) {
      const p = item as { code: unknown; path: unknown; message: { vi?: unknown; en?: unknown } };
      if (typeof p.code !== 'string' || p.code === '') faults.push('a problem has no code');
      if (!Array.isArray(p.path)) faults.push(`problem ${String(p.code)} has no path`);
      if (typeof p.message?.vi !== 'string' || p.message.vi === '')
        faults.push(`problem ${String(p.code)} has no vi message`);
      if (typeof p.message?.en !== 'string' || p.message.en === '')
        faults.push(`problem ${String(p.code)} has no en message`);
    } else {
      stack.push(...Object.values(item));
    }
  }
  return faults;
}

function isResult(value: unknown): value is { isErr(): boolean; error?: unknown; value?: unknown } {
  return typeof value === 'object' && value !== null && 'isErr' in value && 'isOk' in value;
}

const SLOW_MS = 1000;

for (const name of names) {
  const spec = SPECS[name];
  const target = (lib as Record<string, unknown>)[name];
  if (!spec || typeof target !== 'function') continue;
  const isClass = /^class\b/u.test(Function.prototype.toString.call(target));
  const property = fc.property(spec.args, (argList) => {
    const before = snapshot(argList);
    port.postMessage({ type: 'call', name, args: argList.map((a) => excerpt(a)).join(', ') });
    const started = performance.now();
    let result: unknown;
    try {
      result = isClass
        ? Reflect.construct(target as new (...a: unknown[]) => unknown, argList)
        : (target as (...a: unknown[]) => unknown)(...argList);
    } catch (error) {
      const documented =
        spec.contract !== 'reader' &&
        error instanceof TypeError &&
        (error as { code?: unknown }).code === 'invalid_argument';
      if (!documented) {
        throw new Error(
          `threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
        );
      }
      return;
    }
    const elapsed = performance.now() - started;
    if (elapsed > SLOW_MS) throw new Error(`took ${Math.round(elapsed)} ms`);
    if (snapshot(argList) !== before) throw new Error('changed its input');
    const alias = aliased(result);
    if (alias !== undefined) throw new Error(`returned an exported constant's object at ${alias}`);
    if (isResult(result) && result.isErr()) {
      const faults = problemFaults(result.error);
      if (faults.length > 0) throw new Error(faults.join('; '));
    }
  });
  const outcome = fc.check(property, { numRuns: spec.runs ?? runs, seed, endOnFailure: true });
  port.postMessage({
    type: 'done',
    name,
    failure: outcome.failed
      ? `${outcome.errorInstance instanceof Error ? outcome.errorInstance.message : String(outcome.errorInstance)}\n  with (${(
          outcome.counterexample ?? []
        )
          .flat()
          .map((a) => excerpt(a))
          .join(', ')})\n  seed ${outcome.seed}, path "${outcome.counterexamplePath}"`
      : undefined,
  });
}
port.postMessage({ type: 'finished' });

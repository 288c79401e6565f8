/**
 * The fuzz suite: drives every export of the package (all its entry points), enumerated from the package itself so a
 * new export cannot escape, with any JavaScript value and the hostile inputs of
 * `arbitraries.ts`. For each function it asserts: no throw except the documented
 * `InvalidArgumentError` (and none at all from readers of outside data), no call over 1 s and none
 * that never returns, every problem with a code, a path and both messages, inputs unchanged, and
 * results that share no object with the exported constants. Schemas are driven through
 * `parseWithSchema`; exported constants must be deep-frozen.
 *
 * `FUZZ_RUNS` sets the calls per function (default 100).
 */
import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseWithSchema } from '../../src/index.js';
import { lib } from '../support/package.js';
import { hostile } from './arbitraries.js';
import { SPECS } from './specs/index.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
const SEED = Number(process.env.FUZZ_SEED ?? 20261129);
/** A call that sends no news for this long is taken to never return. */
const HANG_MS = 10_000;
/** How long a worker may take to load the library before its first call (a loaded machine is slow). */
const START_MS = 120_000;

const entries = Object.entries(lib);
const isSchema = (v: unknown) => typeof v === 'object' && v !== null && 'safeParse' in v;
const functions = entries.filter(([, v]) => typeof v === 'function').map(([name]) => name);
const schemas = entries.filter(([, v]) => isSchema(v));
const constants = entries.filter(([, v]) => typeof v === 'object' && v !== null && !isSchema(v));

const failures = new Map<string, string | undefined>();

/** Runs the specs of some exports in a worker; a call that hangs is named and the rest go on. */
function runWorker(names: string[]): Promise<void> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./worker-entry.mjs', import.meta.url), {
      workerData: { names, runs: RUNS, seed: SEED },
    });
    let current: { name: string; args: string } | undefined;
    let timer: NodeJS.Timeout | undefined;
    const arm = (ms = HANG_MS) => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        void worker.terminate();
      }, ms);
    };
    arm(START_MS);
    worker.on(
      'message',
      (message: { type: string; name?: string; args?: string; failure?: string }) => {
        arm();
        if (message.type === 'call')
          current = { name: message.name ?? '', args: message.args ?? '' };
        if (message.type === 'done') {
          failures.set(message.name ?? '', message.failure);
          current = undefined;
        }
      },
    );
    worker.on('error', (error) => {
      if (current) failures.set(current.name, `worker error ${error.message}`);
    });
    worker.on('exit', () => {
      clearTimeout(timer);
      if (current && !failures.has(current.name)) {
        failures.set(
          current.name,
          `did not return within ${HANG_MS / 1000} s\n  with (${current.args})`,
        );
      }
      const left = names.filter((name) => !failures.has(name));
      if (left.length > 0 && current) void runWorker(left).then(resolve);
      else resolve();
    });
  });
}

describe('every export', () => {
  it.skipIf(process.env.FUZZ_ONLY)(
    'has a fuzz spec for every function and class, and no spec for what is not exported',
    () => {
      expect(functions.filter((name) => !(name in SPECS))).toEqual([]);
      expect(Object.keys(SPECS).filter((name) => !functions.includes(name))).toEqual([]);
    },
  );

  describe('functions and classes', () => {
    beforeAll(async () => {
      const names = functions.filter((name) => name in SPECS);
      const half = Math.ceil(names.length / 2);
      await Promise.all([runWorker(names.slice(0, half)), runWorker(names.slice(half))]);
    }, 30 * 60_000);

    it.each(functions.filter((name) => name in SPECS).map((name) => [name]))(
      '%s keeps the input contract',
      (name) => {
        expect(failures.has(name), `${name} was not run`).toBe(true);
        const failure = failures.get(name);
        expect(failure, `${name} ${failure ?? ''}`).toBeUndefined();
      },
    );
  });

  describe('schemas, through parseWithSchema', () => {
    it.each(schemas.map(([name, schema]) => [name, schema] as const))(
      '%s never makes parseWithSchema throw',
      (_, schema) => {
        fc.assert(
          fc.property(hostile, (value) => {
            parseWithSchema(schema as never, value);
          }),
          { numRuns: RUNS, seed: SEED },
        );
      },
    );
  });

  describe('constants', () => {
    it.each(constants.map(([name, value]) => [name, value] as const))(
      '%s is deep-frozen',
      (name, value) => {
        const stack: unknown[] = [value];
        const seen = new Set<unknown>();
        while (stack.length > 0) {
          const item = stack.pop();
          if (typeof item !== 'object' || item === null || seen.has(item)) continue;
          seen.add(item);
          expect(Object.isFrozen(item), `${name} holds an object that can be changed`).toBe(true);
          stack.push(...Object.values(item));
        }
      },
    );
  });
});

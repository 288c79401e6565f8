/**
 * Collects every problem the library raises while a test file runs, and fails the file when a
 * message does not read as a commune reads it (see `language.ts`): English in Vietnamese, a raw
 * enum value or a generated id without its label, a message over 300 characters.
 */
import { afterAll, expect, vi } from 'vitest';
import type { Problem } from '../../src/index.js';
import { messageFaults } from './language.js';

const seen = vi.hoisted(() => new Map<string, Problem<string>>());

vi.mock('../../src/problems/problem.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/problems/problem.js')>();
  return {
    ...actual,
    raise: (...args: Parameters<typeof actual.raise>) => {
      const problem = actual.raise(...args);
      seen.set(`${problem.code} ${problem.message.vi} ${problem.message.en}`, problem);
      return problem;
    },
  };
});

afterAll(() => {
  const faults = [...seen.values()].flatMap((problem) =>
    messageFaults(problem).map(
      (fault) =>
        `${problem.code}: ${fault}\n  vi: ${problem.message.vi}\n  en: ${problem.message.en}`,
    ),
  );
  expect(faults, 'problems raised in this file whose messages need rewording').toEqual([]);
});

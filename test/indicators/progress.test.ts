import { describe, expect, it } from 'vitest';
import { assessProgress, InvalidArgumentError, type ProgressInput } from '../../src/index.js';

const target = { by: '2026-12-31', comparator: '≥', value: 80 } as const;
const asOf = '2026-01-01';

function thrown(input: unknown): InvalidArgumentError {
  try {
    assessProgress(input as ProgressInput);
  } catch (error) {
    if (error instanceof InvalidArgumentError) return error;
    throw error;
  }
  throw new Error('did not throw');
}

const OBJECT = { vi: 'một đối tượng { … }', en: 'an object { … }' };
const NUMBER = { vi: 'một số hữu hạn', en: 'a finite number' };
const DAY = {
  vi: 'ngày có thật dạng YYYY-MM-DD từ 1900-01-01 đến 2100-12-31',
  en: 'a real YYYY-MM-DD day from 1900-01-01 to 2100-12-31',
};

describe('assessProgress names the part of its input that is wrong, in both languages', () => {
  it.each([
    ['input', 5, OBJECT],
    ['input', null, OBJECT],
    ['input.target', { target: null, asOf }, OBJECT],
    ['input.target', { target: 'x', asOf }, OBJECT],
    ['input.value', { target, value: '5', asOf }, NUMBER],
    ['input.value', { target, value: Number.NaN, asOf }, NUMBER],
    ['input.baseline', { target, value: 5, baseline: 3, asOf }, OBJECT],
    ['input.baseline', { target, value: 5, baseline: null, asOf }, OBJECT],
    [
      'input.baseline.date',
      { target, value: 5, baseline: { date: '2025-02-30', value: 1 }, asOf },
      DAY,
    ],
    [
      'input.baseline.value',
      { target, value: 5, baseline: { date: '2025-02-28', value: Number.POSITIVE_INFINITY }, asOf },
      NUMBER,
    ],
    ['input.target.by', { target: { ...target, by: 2026 }, value: 5, asOf }, DAY],
    ['input.target.value', { target: { ...target, value: '80' }, value: 5, asOf }, NUMBER],
    ['input.asOf', { target, value: 5, asOf: '2026-1-1' }, DAY],
  ] as const)('%s: %j', (argument, input, expected) => {
    const error = thrown(input);
    expect(error.argument).toBe(argument);
    expect(error.problem.params).toMatchObject({ expected });
    expect(error.problem.message.vi).toContain(`Đối số "${argument}" phải là ${expected.vi}`);
    expect(error.problem.message.en).toContain(`Argument "${argument}" must be ${expected.en}`);
  });

  it('lists the four comparators it knows', () => {
    for (const comparator of ['>=', '=', '', undefined]) {
      const error = thrown({ target: { ...target, comparator }, value: 5, asOf });
      expect(error.argument).toBe('input.target.comparator');
      expect(error.problem.params).toMatchObject({
        expected: { vi: 'một trong ">", "≥", "≤", "<"', en: 'one of ">", "≥", "≤", "<"' },
      });
    }
    for (const comparator of ['>', '≥', '≤', '<'] as const) {
      expect(() =>
        assessProgress({ target: { ...target, comparator }, value: 5, asOf }),
      ).not.toThrow();
    }
  });

  it('takes a missing value and a null value as no data, and a missing baseline as none', () => {
    expect(assessProgress({ target, value: null, asOf }).status).toBe('noData');
    expect(assessProgress({ target, asOf }).expected).toBeNull();
    expect(assessProgress({ target, value: 0, asOf })).toEqual({
      progress: 0,
      met: false,
      expected: null,
      status: 'noData',
    });
  });
});

describe('assessProgress from a baseline already at or past the target', () => {
  const by = '2026-12-31';

  it('gives 0, a number, when the baseline equals the target of a strict comparator', () => {
    const above = { by, comparator: '>', value: 80 } as const;
    const at80 = { date: '2025-01-01', value: 80 } as const;
    expect(assessProgress({ target: above, value: 80, baseline: at80, asOf })).toEqual({
      progress: 0,
      met: false,
      expected: 80,
      status: 'onTrack',
    });
    const below = { by, comparator: '<', value: 5 } as const;
    const at5 = { date: '2025-01-01', value: 5 } as const;
    expect(assessProgress({ target: below, value: 5, baseline: at5, asOf }).progress).toBe(0);
  });

  it('gives 0 when a lower-is-better baseline was already under the target', () => {
    const atMost5 = { by, comparator: '≤', value: 5 } as const;
    const result = assessProgress({
      target: atMost5,
      value: 10,
      baseline: { date: '2025-01-01', value: 3 },
      asOf,
    });
    expect(result).toMatchObject({ progress: 0, met: false, status: 'behind' });
  });
});

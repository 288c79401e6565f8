import { describe, expect, it } from 'vitest';
import { assessProgress, selectTarget, type Target } from '../../src/index.js';

const over80: Target = { indicator: 'x', by: '2025-12-31', comparator: '>', value: 80 };
const atLeast80: Target = { ...over80, comparator: '≥' };

describe('assessProgress at the boundaries', () => {
  it('exactly 80 under "> 80" is not met; under "≥ 80" it is', () => {
    expect(assessProgress({ target: over80, value: 80, asOf: '2025-12-31' })).toEqual({
      progress: 99.9,
      met: false,
      expected: null,
      status: 'behind',
    });
    expect(assessProgress({ target: atLeast80, value: 80, asOf: '2025-12-31' })).toEqual({
      progress: 100,
      met: true,
      expected: null,
      status: 'met',
    });
  });

  it('handles "<" and "≤" the same way', () => {
    const under = { ...over80, comparator: '<' as const, value: 5 };
    expect(assessProgress({ target: under, value: 5, asOf: '2025-01-01' }).met).toBe(false);
    expect(
      assessProgress({ target: { ...under, comparator: '≤' }, value: 5, asOf: '2025-01-01' }).met,
    ).toBe(true);
  });
});

describe('assessProgress along the trajectory', () => {
  const target: Target = { indicator: 'x', by: '2026-12-31', comparator: '≥', value: 80 };
  const baseline = { date: '2024-12-31', value: 40 } as const;

  it('is on track at or above the straight line and behind below it', () => {
    // halfway in time: the line expects 60
    expect(assessProgress({ target, value: 60, baseline, asOf: '2025-12-31' })).toEqual({
      progress: 50,
      met: false,
      expected: 60,
      status: 'onTrack',
    });
    expect(assessProgress({ target, value: 59, baseline, asOf: '2025-12-31' }).status).toBe(
      'behind',
    );
  });

  it('clamps progress to 0–100 %', () => {
    expect(assessProgress({ target, value: 20, baseline, asOf: '2025-01-31' }).progress).toBe(0);
    expect(assessProgress({ target, value: 95, baseline, asOf: '2025-01-31' }).progress).toBe(100);
  });

  it('is behind once the date has passed unmet, and noData without a value or a baseline', () => {
    expect(assessProgress({ target, value: 79, baseline, asOf: '2027-01-31' }).status).toBe(
      'behind',
    );
    expect(assessProgress({ target, value: null, baseline, asOf: '2025-06-30' })).toMatchObject({
      progress: null,
      status: 'noData',
    });
    expect(assessProgress({ target, value: 50, asOf: '2025-06-30' })).toEqual({
      progress: 62.5,
      met: false,
      expected: null,
      status: 'noData',
    });
  });

  it('works for targets to go down', () => {
    const down: Target = { ...target, comparator: '<', value: 10 };
    const start = { date: '2024-12-31', value: 30 } as const;
    expect(
      assessProgress({ target: down, value: 20, baseline: start, asOf: '2025-12-31' }),
    ).toEqual({ progress: 50, met: false, expected: 20, status: 'onTrack' });
    expect(
      assessProgress({ target: down, value: 21, baseline: start, asOf: '2025-12-31' }).status,
    ).toBe('behind');
  });

  it('treats a baseline on the target date as the target itself', () => {
    const late = { date: '2026-12-31', value: 40 } as const;
    expect(assessProgress({ target, value: 50, baseline: late, asOf: '2026-06-30' })).toMatchObject(
      { expected: 80, status: 'behind' },
    );
    expect(
      assessProgress({ target: { ...target, value: 40 }, value: 39, baseline, asOf: '2025-01-01' })
        .progress,
    ).toBe(0);
  });
});

describe('assessProgress for lower-is-better targets and baselines past the target', () => {
  const atMost5 = { by: '2026-12-31', comparator: '≤', value: 5 } as const;
  const by2026 = { by: '2026-12-31', comparator: '≥', value: 80 } as const;

  it('has no progress towards a "≤" target without a baseline', () => {
    expect(assessProgress({ target: atMost5, value: 10, asOf: '2026-06-30' })).toEqual({
      progress: null,
      met: false,
      expected: null,
      status: 'noData',
    });
    expect(assessProgress({ target: atMost5, value: 4, asOf: '2026-06-30' }).progress).toBe(100);
  });

  it('measures a fall towards a "≤" target from its baseline', () => {
    const baseline = { date: '2025-12-31', value: 15 } as const;
    expect(
      assessProgress({ target: atMost5, value: 10, baseline, asOf: '2026-06-30' }).progress,
    ).toBe(50);
    expect(
      assessProgress({ target: atMost5, value: 20, baseline, asOf: '2026-06-30' }).progress,
    ).toBe(0);
  });

  it('gives 0, not 100, when the baseline is already past the target', () => {
    const result = assessProgress({
      target: by2026,
      value: 50,
      baseline: { date: '2024-12-31', value: 90 },
      asOf: '2025-12-31',
    });
    expect(result.progress).toBe(0);
    expect(result.met).toBe(false);
  });
});

describe('selectTarget', () => {
  const targets: Target[] = [
    { indicator: 'x', by: '2025-12-31', comparator: '>', value: 80 },
    { indicator: 'x', place: 'province', by: '2025-12-31', comparator: '≥', value: 85 },
    { indicator: 'x', place: 'commune', by: '2025-12-31', comparator: '≥', value: 90 },
    { indicator: 'x', by: '2030-12-31', comparator: '≥', value: 95 },
    { indicator: 'y', place: 'village', by: '2025-12-31', comparator: '≥', value: 1 },
  ];

  it('lets commune override province override national for the same date', () => {
    expect(
      selectTarget(targets, 'x', ['village', 'commune', 'province'], '2025-03-31')?.value,
    ).toBe(90);
    expect(selectTarget(targets, 'x', ['village', 'other', 'province'], '2025-03-31')?.value).toBe(
      85,
    );
    expect(selectTarget(targets, 'x', ['village', 'other'], '2025-03-31')?.value).toBe(80);
  });

  it('takes the nearest date ahead, or the latest when all are past', () => {
    expect(selectTarget(targets, 'x', ['commune'], '2026-01-31')?.value).toBe(95);
    expect(selectTarget(targets, 'x', ['commune'], '2031-01-31')?.value).toBe(95);
    expect(selectTarget(targets, 'y', ['other'], '2025-01-31')).toBeUndefined();
    expect(selectTarget(targets, 'y', ['village'], '2026-01-31')?.value).toBe(1);
  });
});

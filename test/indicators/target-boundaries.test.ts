import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assessProgress,
  type IsoDate,
  type ProgressInput,
  rollUp,
  selectTarget,
  type Target,
} from '../../src/index.js';
import { TargetIndex } from '../../src/indicators/select-target.js';
import { thrown } from '../support/thrown.js';
import { PLACES, SHARE } from './fixtures.js';

function target(by: IsoDate, value: number, place?: string): Target {
  return place === undefined
    ? { indicator: 'x', by, comparator: '≥', value }
    : { indicator: 'x', place, by, comparator: '≥', value };
}

/**
 * The rule of selectTarget written the plain way: the earliest date on or after the period's
 * end (else the latest date), then the most local place, then the first in the list.
 */
function reference(
  targets: readonly Target[],
  indicator: string,
  chain: readonly string[],
  periodEnd: IsoDate,
): Target | undefined {
  const rank = (t: Target) => (t.place === undefined ? chain.length : chain.indexOf(t.place));
  const candidates = targets.filter((t) => t.indicator === indicator && rank(t) !== -1);
  if (candidates.length === 0) return undefined;
  const ahead = candidates.filter((t) => t.by >= periodEnd);
  const dates = (ahead.length > 0 ? ahead : candidates).map((t) => t.by).sort();
  const date = ahead.length > 0 ? dates[0] : dates.at(-1);
  const onDate = candidates.filter((t) => t.by === date);
  const best = Math.min(...onDate.map(rank));
  return onDate.find((t) => rank(t) === best);
}

const dateArb = fc.constantFrom<IsoDate>(
  '2024-12-31',
  '2025-06-30',
  '2025-12-30',
  '2025-12-31',
  '2026-01-01',
  '2026-12-31',
);
const placeArb = fc.constantFrom<string | undefined>(undefined, 'thon-1', 'dak-nia', 'dak-nong');
const targetArb = fc
  .record({
    indicator: fc.constantFrom('x', 'y'),
    place: placeArb,
    by: dateArb,
    value: fc.integer({ min: 0, max: 100 }),
  })
  .map(
    ({ place, ...rest }): Target => ({
      ...rest,
      comparator: '≥',
      ...(place === undefined ? {} : { place }),
    }),
  );
const chainArb = fc.constantFrom(
  ['thon-1', 'dak-nia', 'dak-nong'],
  ['thon-2', 'dak-nia', 'dak-nong'],
  ['dak-nia', 'dak-nong'],
  ['thon-1', 'dak-nia', 'thon-1'],
  ['dak-nia', 'thon-1', 'dak-nia'],
  [],
);

describe('selectTarget at the boundaries of the period', () => {
  const end2025 = target('2025-12-31', 80);
  const end2026 = target('2026-12-31', 95);

  it('takes a target dated exactly on the last day of the period', () => {
    expect(selectTarget([end2026, end2025], 'x', [], '2025-12-31')).toEqual(end2025);
    expect(selectTarget([end2025, end2026], 'x', [], '2025-12-31')).toEqual(end2025);
  });

  it('takes it for a period ending the day before, and not for one ending the day after', () => {
    expect(selectTarget([end2026, end2025], 'x', [], '2025-12-30')?.value).toBe(80);
    expect(selectTarget([end2025, end2026], 'x', [], '2026-01-01')?.value).toBe(95);
  });

  it('takes the latest target when every date is past, whatever the order', () => {
    expect(selectTarget([end2025, end2026], 'x', [], '2027-01-01')?.value).toBe(95);
    expect(selectTarget([end2026, end2025], 'x', [], '2027-01-01')?.value).toBe(95);
  });

  it('prefers a date ahead to a more local target already past', () => {
    const ownPast = target('2025-06-30', 10, 'thon-1');
    expect(selectTarget([ownPast, end2026], 'x', ['thon-1'], '2025-12-31')?.value).toBe(95);
    expect(selectTarget([end2026, ownPast], 'x', ['thon-1'], '2025-12-31')?.value).toBe(95);
  });

  it('gives the year-end roll-up of 2025 the target of 2025-12-31, not of 2026', () => {
    const results = rollUp(
      [
        { indicator: 'share', place: 'thon-1', period: '2025-12', numerator: 40, denominator: 50 },
        { indicator: 'share', place: 'thon-2', period: '2025-12', numerator: 30, denominator: 50 },
      ],
      {
        catalogue: [SHARE],
        places: PLACES,
        period: { kind: 'year', year: 2025, index: 1 },
        targets: [
          { indicator: 'share', by: '2026-12-31', comparator: '≥', value: 90 },
          { indicator: 'share', by: '2025-12-31', comparator: '≥', value: 70 },
        ],
      },
    );
    const commune = results.find((r) => r.place === 'dak-nia');
    expect(commune?.target).toEqual({
      indicator: 'share',
      by: '2025-12-31',
      comparator: '≥',
      value: 70,
    });
    expect(commune).toMatchObject({ value: 70, status: 'met' });
  });
});

describe('selectTarget does not depend on the order of the targets', () => {
  it('the place, then its nearest ancestor, then the nation, in any order', () => {
    const national = target('2025-12-31', 1);
    const province = target('2025-12-31', 2, 'dak-nong');
    const commune = target('2025-12-31', 3, 'dak-nia');
    const own = target('2025-12-31', 4, 'thon-1');
    const chain = ['thon-1', 'dak-nia', 'dak-nong'];
    fc.assert(
      fc.property(
        fc.shuffledSubarray([national, province, commune, own], { minLength: 1 }),
        (ts) => {
          const expected = Math.max(...ts.map((t) => t.value));
          expect(selectTarget(ts, 'x', chain, '2025-12-31')?.value).toBe(expected);
        },
      ),
    );
  });

  it('ranks a place named twice in the chain by its first place', () => {
    const village = target('2025-12-31', 1, 'thon-1');
    const commune = target('2025-12-31', 2, 'dak-nia');
    const chain = ['thon-1', 'dak-nia', 'thon-1'];
    expect(selectTarget([commune, village], 'x', chain, '2025-12-31')?.value).toBe(1);
    expect(new TargetIndex([commune, village]).select('x', chain, '2025-12-31')?.value).toBe(1);
  });

  it('keeps the first of two targets of the same date and place', () => {
    const first = target('2025-12-31', 1);
    const second = target('2025-12-31', 2);
    expect(selectTarget([first, second], 'x', [], '2025-06-30')?.value).toBe(1);
    expect(selectTarget([second, first], 'x', [], '2025-06-30')?.value).toBe(2);
    expect(new TargetIndex([first, second]).select('x', [], '2025-06-30')?.value).toBe(1);
  });

  it('equals the plain rule, and the index agrees with it, for any targets', () => {
    fc.assert(
      fc.property(
        fc.array(targetArb, { maxLength: 12 }),
        chainArb,
        dateArb,
        fc.constantFrom('x', 'y', 'z'),
        (targets, chain, periodEnd, indicator) => {
          const expected = reference(targets, indicator, chain, periodEnd);
          expect(selectTarget(targets, indicator, chain, periodEnd)).toEqual(expected);
          const index = new TargetIndex(targets);
          expect(index.empty).toBe(targets.length === 0);
          expect(index.select(indicator, chain, periodEnd)).toBe(expected);
        },
      ),
    );
  });

  it('gives the same answer for any order of targets that differ in date or place', () => {
    const distinct = fc.uniqueArray(targetArb, {
      selector: (t) => `${t.indicator}|${t.place ?? ''}|${t.by}`,
      maxLength: 12,
    });
    fc.assert(
      fc.property(
        distinct.chain((ts) =>
          fc.tuple(fc.constant(ts), fc.shuffledSubarray(ts, { minLength: ts.length })),
        ),
        chainArb,
        dateArb,
        ([targets, shuffled], chain, periodEnd) => {
          expect(selectTarget(shuffled, 'x', chain, periodEnd)).toEqual(
            selectTarget(targets, 'x', chain, periodEnd),
          );
        },
      ),
    );
  });
});

describe('selectTarget returns copies and checks its arguments', () => {
  it('copies the target, its baseline and its source', () => {
    const full: Target = {
      ...target('2025-12-31', 80, 'thon-1'),
      baseline: { date: '2024-12-31', value: 40 },
      source: { document: 'Quyết định 749/QĐ-TTg', verified: true },
    };
    const chosen = selectTarget([full], 'x', ['thon-1'], '2025-12-31');
    expect(chosen).toEqual(full);
    expect(chosen).not.toBe(full);
    expect(chosen?.baseline).not.toBe(full.baseline);
    expect(chosen?.source).not.toBe(full.source);
    const bare = selectTarget([target('2025-12-31', 80)], 'x', [], '2025-12-31');
    expect(bare && Object.keys(bare).sort()).toEqual(['by', 'comparator', 'indicator', 'value']);
  });

  it('refuses an indicator that is not text and a chain that is not a list of ids', () => {
    const targets = [target('2025-12-31', 80)];
    const indicator = thrown(() => selectTarget(targets, 1 as never, [], '2025-12-31'));
    expect(indicator.argument).toBe('indicator');
    expect(indicator.problem.params).toMatchObject({
      expected: { vi: 'mã một chỉ số', en: 'an indicator code' },
    });
    for (const chain of ['thon-1', [1], ['thon-1', 1], null]) {
      const error = thrown(() => selectTarget(targets, 'x', chain as never, '2025-12-31'));
      expect(error.argument).toBe('chain');
      expect(error.problem.params).toMatchObject({
        expected: { vi: 'một danh sách mã địa bàn', en: 'a list of place ids' },
      });
    }
    expect(thrown(() => selectTarget(targets, 'x', [], '2025-02-30' as never)).argument).toBe(
      'periodEnd',
    );
    expect(
      thrown(() => selectTarget([{ indicator: 'x' }] as never, 'x', [], '2025-12-31')).argument,
    ).toBe('targets');
  });
});

describe('assessProgress with a value that is absent, and on the target date', () => {
  const by2026 = target('2026-12-31', 80);
  const baseline = { date: '2024-12-31', value: 40 } as const;

  it('treats a value property that is missing like null', () => {
    expect(assessProgress({ target: by2026, baseline, asOf: '2025-12-31' })).toEqual({
      progress: null,
      met: false,
      expected: 60,
      status: 'noData',
    });
    expect(assessProgress({ target: by2026, asOf: '2025-12-31' })).toEqual({
      progress: null,
      met: false,
      expected: null,
      status: 'noData',
    });
    // A JSON reader or a spread may give `value: undefined` even where the type leaves it out.
    const explicit = { target: by2026, value: undefined, asOf: '2025-12-31' };
    expect(assessProgress(explicit as unknown as ProgressInput).status).toBe('noData');
  });

  it('is behind, not on track, on the target date itself when unmet', () => {
    const over80 = { by: '2026-12-31', comparator: '>', value: 80 } as const;
    expect(assessProgress({ target: over80, value: 80, baseline, asOf: '2026-12-31' })).toEqual({
      progress: 99.9,
      met: false,
      expected: 80,
      status: 'behind',
    });
    expect(assessProgress({ target: over80, value: 80, baseline, asOf: '2026-12-30' }).status).toBe(
      'onTrack',
    );
  });
});

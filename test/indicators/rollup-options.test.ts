// The options of rollUp and rollUpIndex: what each one defaults to, what it changes in the
// results, and the argument each wrong one is reported under, in both languages.
import { describe, expect, it } from 'vitest';
import {
  type Indicator,
  indexDataValues,
  type Period,
  type Place,
  rollUp,
  rollUpIndex,
  type Target,
} from '../../src/index.js';
import { thrown } from '../support/thrown.js';
import { FLOW, movingPlace, PLACES, place, SHARE, VILLAGES_FULL, v } from './fixtures.js';

const OCT: Period = { kind: 'month', year: 2026, index: 10 };
const context = { catalogue: [SHARE, FLOW], places: PLACES };

const OPTIONS = {
  vi: 'một đối tượng tùy chọn { "period", … }',
  en: 'an options object { "period", … }',
};
const LEVEL_LIST = { vi: 'một danh sách cấp', en: 'a list of levels' };
const LEVEL = {
  vi: 'một trong "province", "district", "commune", "village"',
  en: 'one of "province", "district", "commune", "village"',
};
const PERIOD = {
  vi: 'một kỳ { kind, year, index } có thật, năm từ 1900 đến 2100',
  en: 'a real period { kind, year, index }, year 1900 to 2100',
};
const DAY = {
  vi: 'ngày có thật dạng YYYY-MM-DD từ 1900-01-01 đến 2100-12-31',
  en: 'a real YYYY-MM-DD day from 1900-01-01 to 2100-12-31',
};
const TARGETS = { vi: 'một danh sách chỉ tiêu đúng mẫu', en: 'a list of valid targets' };

describe('rollUp and rollUpIndex name the option that is wrong, in both languages', () => {
  const cases: [string, unknown, { vi: string; en: string }][] = [
    ['options', null, OPTIONS],
    ['options', 5, OPTIONS],
    ['options', 'month', OPTIONS],
    ['options.period', {}, PERIOD],
    ['options.period', { period: { kind: 'month', year: 2026, index: 13 } }, PERIOD],
    ['options.asOf', { period: OCT, asOf: '2026-02-30' }, DAY],
    ['options.targets', { period: OCT, targets: [{ indicator: 'share' }] }, TARGETS],
    ['options.targets', { period: OCT, targets: 'share > 80' }, TARGETS],
    ['options.baseline', { period: OCT, baseline: '2025-12' }, PERIOD],
    ['options.levels', { period: OCT, levels: 'commune' }, LEVEL_LIST],
    ['options.levels', { period: OCT, levels: { 0: 'commune', length: 1 } }, LEVEL_LIST],
    ['options.levels', { period: OCT, levels: ['commune', 'hamlet'] }, LEVEL],
  ];

  it.each(cases)('%s: %j', (argument, options, expected) => {
    const index = indexDataValues([v('flow', 'thon-1', '2026-10', 1)], context);
    const errors = [
      thrown(() =>
        rollUp(
          [],
          options === null || typeof options !== 'object'
            ? (options as never)
            : ({ ...context, ...options } as never),
        ),
      ),
      thrown(() => rollUpIndex(index, options as never)),
    ];
    for (const error of errors) {
      expect(error.argument).toBe(argument);
      expect(error.problem.params).toMatchObject({ argument, expected });
      expect(error.problem.message.vi).toContain(`Đối số "${argument}" phải là ${expected.vi}`);
      expect(error.problem.message.en).toContain(`Argument "${argument}" must be ${expected.en}`);
    }
  });

  it('takes every known level, and no list at all as every level', () => {
    const values = [v('flow', 'thon-1', '2026-10', 4)];
    const all = rollUp(values, { ...context, period: OCT });
    expect(new Set(all.map((r) => r.level))).toEqual(new Set(['province', 'commune', 'village']));
    const listed = rollUp(values, {
      ...context,
      period: OCT,
      levels: ['village', 'province', 'district', 'commune'],
    });
    expect(listed).toEqual(all);
    expect(rollUp(values, { ...context, period: OCT, levels: [] })).toEqual([]);
  });
});

describe('rollUp without targets', () => {
  it('gives every result no target, progress or status', () => {
    const results = rollUp([v('share', 'thon-1', '2026-10', 45, 50)], {
      ...context,
      period: OCT,
    });
    expect(results.length).toBe(10);
    for (const r of results) {
      expect(r).toMatchObject({ target: null, progress: null, status: null });
    }
    expect(rollUp([], { ...context, period: OCT, targets: [] })).toEqual(
      rollUp([], { ...context, period: OCT }),
    );
  });
});

describe('rollUp judges on the last day of the period unless told otherwise', () => {
  const target: Target = { indicator: 'share', by: '2026-12-31', comparator: '≥', value: 80 };
  const values = [
    v('share', 'thon-1', '2026-01', 40, 100),
    v('share', 'thon-1', '2026-06', 60, 100),
  ];
  const base = {
    catalogue: [SHARE],
    places: PLACES,
    period: { kind: 'month', year: 2026, index: 6 } as Period,
    targets: [target],
    baseline: { kind: 'month', year: 2026, index: 1 } as Period,
    levels: ['village'] as const,
  };

  it('judges as of 2026-06-30 for June 2026', () => {
    // 40 → 60 of 40 → 80: the line from 31/1 expects 40 + 40 × 150/334 ≈ 58 on 30/6 → on track
    const byDefault = rollUp(values, base).find((r) => r.place === 'thon-1');
    expect(byDefault).toMatchObject({ value: 60, progress: 50, status: 'onTrack' });
    const atEnd = rollUp(values, { ...base, asOf: '2026-06-30' }).find((r) => r.place === 'thon-1');
    expect(byDefault).toEqual(atEnd);
    // on 30/9 it expects 40 + 40 × 242/334 ≈ 69: the same value is behind
    const later = rollUp(values, { ...base, asOf: '2026-09-30' }).find((r) => r.place === 'thon-1');
    expect(later).toMatchObject({ value: 60, progress: 50, status: 'behind' });
  });
});

describe('rollUp with a baseline period', () => {
  const target: Target = { indicator: 'share', by: '2026-12-31', comparator: '≥', value: 100 };
  const values = [
    v('share', 'thon-1', '2025-12', 20, 100),
    v('share', 'thon-2', '2025-12', 60, 100),
    v('share', 'thon-1', '2026-06', 60, 100),
    v('share', 'thon-2', '2026-06', 80, 100),
  ];
  const period: Period = { kind: 'month', year: 2026, index: 6 };
  const baseline: Period = { kind: 'month', year: 2025, index: 12 };

  it('measures progress of each place from its own value in the baseline period', () => {
    const results = rollUp(values, {
      catalogue: [SHARE],
      places: PLACES,
      period,
      targets: [target],
      baseline,
    });
    const at = (id: string) => results.find((r) => r.place === id);
    // thôn 1: 20 → 60 of 20 → 100: 50 %; thôn 2: 60 → 80 of 60 → 100: 50 %
    expect(at('thon-1')?.progress).toBe(50);
    expect(at('thon-2')?.progress).toBe(50);
    // dak-nia: 40 → 70 of 40 → 100: 50 %
    expect(at('dak-nia')).toMatchObject({ value: 70, progress: 50 });
    // bon Bu Sir has no value in either period
    expect(at('bon-bu-sir')).toMatchObject({ value: null, progress: null, status: 'noData' });
    // without a baseline, progress counts from 0
    const plain = rollUp(values, { catalogue: [SHARE], places: PLACES, period, targets: [target] });
    expect(plain.find((r) => r.place === 'thon-1')?.progress).toBe(60);
  });

  it('reads the baseline of the places asked for, whatever the levels', () => {
    const options = { catalogue: [SHARE], places: PLACES, period, targets: [target], baseline };
    const all = rollUp(values, options);
    for (const levels of [['commune'], ['village'], ['province', 'village']] as const) {
      expect(rollUp(values, { ...options, levels })).toEqual(
        all.filter((r) => (levels as readonly string[]).includes(r.level)),
      );
    }
  });

  it('matches a baseline by indicator and place, even when their ids run into each other', () => {
    // 'share' at 'X1' and 'shareX' at '1' must not share a baseline
    const other: Indicator = { ...SHARE, code: 'shareX' };
    const places: Place[] = [place('X1', 'village'), place('1', 'village')];
    const results = rollUp(
      [
        v('share', 'X1', '2025-12', 20, 100),
        v('share', 'X1', '2026-06', 60, 100),
        v('shareX', '1', '2026-06', 60, 100),
      ],
      {
        catalogue: [SHARE, other],
        places,
        period,
        targets: [target, { ...target, indicator: 'shareX' }],
        baseline,
      },
    );
    expect(results.map((r) => [r.indicator, r.place, r.progress])).toEqual([
      ['share', 'X1', 50],
      ['share', '1', null],
      ['shareX', 'X1', null],
      ['shareX', '1', 60],
    ]);
  });
});

describe('rollUp of a week', () => {
  it('gives no results, even for monthly values in the week', () => {
    const values = [v('flow', 'thon-1', '2026-10', 3), v('flow', 'thon-1', '2026-11', 2)];
    // 2026-W44 runs from 26/10 to 1/11
    const week: Period = { kind: 'week', year: 2026, index: 44 };
    expect(rollUp(values, { ...context, period: week })).toEqual([]);
    expect(rollUpIndex(indexDataValues(values, context), { period: week })).toEqual([]);
  });
});

describe('rollUp of a derived indicator for some levels only', () => {
  it('judges the villages even when only the commune is asked for', () => {
    const derived = VILLAGES_FULL;
    const values = [
      v('share', 'thon-1', '2026-10', 50, 50),
      v('share', 'thon-2', '2026-10', 9, 10),
    ];
    const options = { catalogue: [SHARE, derived], places: PLACES, period: OCT };
    const all = rollUp(values, options);
    const commune = rollUp(values, { ...options, levels: ['commune'] });
    expect(commune.map((r) => [r.indicator, r.place])).toEqual([
      ['share', 'dak-nia'],
      ['villagesFull', 'dak-nia'],
    ]);
    expect(commune.find((r) => r.indicator === 'villagesFull')).toMatchObject({
      numerator: 1,
      value: 1,
      completeness: { expected: 3, reported: 2, missing: ['bon-bu-sir'] },
    });
    expect(commune).toEqual(all.filter((r) => r.level === 'commune'));
  });

  it('judges the communes even when only the province is asked for', () => {
    const coverage: Indicator = { ...SHARE, code: 'coverage', collectedAt: 'commune' };
    const derived = {
      ...FLOW,
      code: 'communesOverHalf',
      unit: 'percent',
      collectedAt: 'commune',
      numerator: undefined,
      villagesMeeting: { indicator: 'coverage', threshold: { comparator: '>', value: 50 } },
    } as Indicator;
    const places = [
      place('tinh', 'province'),
      place('xa-a', 'commune', 'tinh'),
      place('xa-b', 'commune', 'tinh'),
    ];
    const values = [
      v('coverage', 'xa-a', '2026-10', 60, 100),
      v('coverage', 'xa-b', '2026-10', 40, 100),
    ];
    const options = { catalogue: [coverage, derived], places, period: OCT };
    const province = rollUp(values, { ...options, levels: ['province'] });
    expect(province.find((r) => r.indicator === 'communesOverHalf')).toMatchObject({
      numerator: 1,
      denominator: 2,
      value: 50,
    });
    expect(province).toEqual(rollUp(values, options).filter((r) => r.level === 'province'));
  });
});

describe('rollUp with targets for a village that changed commune', () => {
  it('gives the village the target of the commune it belongs to at the end of the period', () => {
    // thôn Mới moves from xã Khác to Đắk Nia on 1/11/2026
    const places: Place[] = [
      ...PLACES,
      place('xa-khac', 'commune', 'dak-nong'),
      movingPlace('thon-moi', 'village', ['xa-khac', '2026-10-31'], ['dak-nia', '2026-11-01']),
    ];
    const targets: Target[] = [
      { indicator: 'flow', place: 'xa-khac', by: '2026-12-31', comparator: '≥', value: 5 },
      { indicator: 'flow', place: 'dak-nia', by: '2026-12-31', comparator: '≥', value: 50 },
    ];
    const values = [v('flow', 'thon-moi', '2026-10', 7), v('flow', 'thon-moi', '2026-11', 8)];
    for (const month of [10, 11]) {
      const results = rollUp(values, {
        catalogue: [FLOW],
        places,
        period: { kind: 'month', year: 2026, index: month },
        targets,
        levels: ['village'],
      });
      const moved = results.find((r) => r.place === 'thon-moi');
      expect(moved?.target).toEqual(month === 10 ? targets[0] : targets[1]);
      // 7 of 5 in October; 8 of 50 in November
      expect(moved?.progress).toBe(month === 10 ? 100 : 16);
    }
  });
});

describe('rollUp of indicators whose codes are words JavaScript knows', () => {
  const codes = ['undefined', 'constructor', 'toString', 'valueOf'];
  const catalogue = codes.map((code): Indicator => ({ ...FLOW, code }));
  const values = codes.map((code, k) => v(code, 'thon-1', '2026-10', k + 1));

  it('gives them no target when there are none', () => {
    const results = rollUp(values, { catalogue, places: PLACES, period: OCT, levels: ['village'] });
    expect(results.map((r) => [r.indicator, r.place, r.value, r.target])).toEqual(
      codes.flatMap((code, k) => [
        [code, 'thon-1', k + 1, null],
        [code, 'thon-2', null, null],
        [code, 'bon-bu-sir', null, null],
      ]),
    );
  });

  it('gives each only its own targets', () => {
    const target: Target = { indicator: 'toString', by: '2026-12-31', comparator: '≥', value: 3 };
    const results = rollUp(values, {
      catalogue,
      places: PLACES,
      period: OCT,
      targets: [target],
      levels: ['commune'],
    });
    expect(results.map((r) => [r.indicator, r.value, r.target, r.status])).toEqual([
      ['undefined', 1, null, null],
      ['constructor', 2, null, null],
      ['toString', 3, target, 'met'],
      ['valueOf', 4, null, null],
    ]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entrySheet, LONG_CSV_COLUMNS, toLongCsv } from '../../src/csv/index.js';
import {
  assessProgress,
  BUILT_IN_INDICATORS,
  BUILT_IN_TARGETS,
  type DataValue,
  type Indicator,
  InvalidArgumentError,
  indexDataValues,
  meetsThreshold,
  parseCatalogue,
  parseDataValues,
  parseTargets,
  rollUp,
  rollUpIndex,
  selectTarget,
  type Target,
  toDhis2DataValueSet,
  UNIT_SCALE,
} from '../../src/index.js';
import { FLOW, PLACES, place, SHARE } from './fixtures.js';

const catalogue: Indicator[] = [SHARE, FLOW];
const context = { catalogue, places: PLACES };
const month = { kind: 'month', year: 2026, index: 10 } as const;

function thrown(run: () => unknown): InvalidArgumentError | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidArgumentError) return error;
    throw error;
  }
  return undefined;
}

describe('readers of outside data never throw (issue 9)', () => {
  const anything = fc.anything({ withBigInt: true, withNullPrototype: true, withMap: true });

  it('parseDataValues, parseCatalogue and parseTargets answer any value with ok or err', () => {
    fc.assert(
      fc.property(anything, fc.oneof(fc.constant(context), anything), (input, options) => {
        for (const result of [
          parseDataValues(input, options as never),
          parseCatalogue(input, options as never),
          parseTargets(input, options as never),
        ]) {
          if (result.isErr()) {
            for (const p of result.error) expect(p.message.vi && p.message.en).toBeTruthy();
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('read values with a null prototype, BigInts and decomposed text', () => {
    const row = Object.create(null) as Record<string, unknown>;
    Object.assign(row, {
      indicator: 'flow',
      place: 'thôn Đắk Tân'.normalize('NFD'),
      period: '2026-10',
      numerator: 10n,
    });
    const places = [...PLACES, place('thôn Đắk Tân', 'village', 'dak-nia')];
    expect(
      parseDataValues([row], { catalogue, places })
        ._unsafeUnwrapErr()
        .map((p) => [p.code, p.path]),
    ).toEqual([['invalid_type', [0, 'numerator']]]);
    expect(
      parseDataValues([{ ...row, numerator: 10 }], { catalogue, places })._unsafeUnwrap()[0]?.place,
    ).toBe('thôn Đắk Tân');
  });

  it('check references on the parts that parsed: a bad period does not hide an unknown place', () => {
    const problems = parseDataValues(
      [
        { indicator: 'flow', place: 'thon-1', period: '2026-02-30', numerator: 1 },
        { indicator: 'flow', place: 'thon-9', period: '2026-10', numerator: 'một' },
        { indicator: 'share', place: 'thon-1', period: '2026-Q4', numerator: 'x', denominator: 1 },
      ],
      context,
    )._unsafeUnwrapErr();
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['invalid_period', [0, 'period']],
      ['invalid_type', [1, 'numerator']],
      ['unknown_place', [1, 'place']],
      ['invalid_type', [2, 'numerator']],
      ['wrong_period_kind', [2, 'period']],
    ]);
  });

  it('refuse periods outside the years the library supports', () => {
    const problems = parseDataValues(
      [{ indicator: 'flow', place: 'thon-1', period: '1899-12', numerator: 1 }],
      context,
    )._unsafeUnwrapErr();
    expect(problems.map((p) => p.code)).toEqual(['invalid_period']);
    expect(
      parseTargets([{ indicator: 'flow', by: 2101, comparator: '>', value: 1 }])
        ._unsafeUnwrapErr()
        .map((p) => [p.code, p.path]),
    ).toEqual([['too_big', [0, 'by']]]);
  });

  it('check the references of targets when given a catalogue and places', () => {
    const problems = parseTargets(
      [
        { indicator: 'nowhere', place: 'thon-9', by: 2026, comparator: '>', value: 1 },
        { indicator: 'flow', place: 'thon-9', by: '2026-02-30', comparator: '>', value: 1 },
      ],
      context,
    )._unsafeUnwrapErr();
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['unknown_indicator', [0, 'indicator']],
      ['unknown_place', [0, 'place']],
      ['invalid_date', [1, 'by']],
      ['unknown_place', [1, 'place']],
    ]);
  });

  it('check the base of a derived indicator even when its own shape is wrong', () => {
    const problems = parseCatalogue([
      {
        code: 'Villages meeting',
        pillar: 'digitalSociety',
        name: { vi: 'Số thôn đạt', en: 'Villages' },
        unit: 'count',
        villagesMeeting: { indicator: 'nowhere' },
      },
    ])._unsafeUnwrapErr();
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['invalid_indicator_code', [0, 'code']],
      ['unknown_base_indicator', [0, 'villagesMeeting', 'indicator']],
    ]);
    expect(problems[0]?.message.vi).not.toMatch(/regex|Invalid/u);
  });

  it('say in Vietnamese what an indicator lacks, not in zod’s English', () => {
    const [problem] = parseCatalogue([
      {
        code: 'clubs',
        pillar: 'digitalSociety',
        name: { vi: 'Câu lạc bộ', en: 'Clubs' },
        unit: 'percent',
        numerator: { name: { vi: 'Số', en: 'Count' }, aggregation: 'sum' },
      },
    ])._unsafeUnwrapErr();
    expect(problem?.code).toBe('inconsistent_indicator');
    expect(problem?.message.vi).toBe(
      'Chỉ số "clubs": đơn vị "percent" là tỷ lệ nên cần mẫu số ("denominator").',
    );
  });
});

describe('typed functions check their arguments (issue 9)', () => {
  const bad: [string, () => unknown][] = [
    ['meetsThreshold', () => meetsThreshold(Number.NaN, { comparator: '>', value: 1 })],
    ['meetsThreshold', () => meetsThreshold(1, { comparator: '=' } as never)],
    ['selectTarget', () => selectTarget(BUILT_IN_TARGETS, 'x', ['a'], '2026-02-30' as never)],
    ['selectTarget', () => selectTarget([{ by: 'x' }] as never, 'x', [], '2026-01-01')],
    [
      'assessProgress',
      () =>
        assessProgress({
          target: { by: '2026-12-31', comparator: '>', value: 80 },
          value: Number.POSITIVE_INFINITY,
          asOf: '2026-01-01',
        }),
    ],
    ['assessProgress', () => assessProgress({ target: {}, asOf: '2026-01-01' } as never)],
    ['rollUp', () => rollUp([], { ...context, period: { kind: 'month', year: 9999, index: 1 } })],
    ['rollUp', () => rollUp([], { ...context, period: month, asOf: '24/02/2026' as never })],
    ['rollUp', () => rollUp([{ indicator: 'flow' }] as never, { ...context, period: month })],
    ['rollUp', () => rollUp([], { ...context, period: month, levels: ['hamlet'] as never })],
    ['rollUpIndex', () => rollUpIndex({ size: 0 } as never, { period: month })],
    ['indexDataValues', () => indexDataValues([], { catalogue: [{}] as never, places: PLACES })],
    [
      'entrySheet',
      () => entrySheet({ ...context, period: { kind: 'week', year: 2026, index: 1 } }),
    ],
    ['entrySheet', () => entrySheet({ ...context, period: month, delimiter: '|' as never })],
    ['toLongCsv', () => toLongCsv([{ indicator: 'flow' }] as never)],
    ['toDhis2DataValueSet', () => toDhis2DataValueSet([], { orgUnits: { a: 1 } as never })],
  ];

  it.each(bad)('%s throws InvalidArgumentError for a value that does not conform', (_, run) => {
    const error = thrown(run);
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error?.code).toBe('invalid_argument');
    expect(error?.problem.message.vi).not.toBe('');
  });
});

describe('nothing returned aliases the library’s state (issue 9)', () => {
  it('freezes the exported constants', () => {
    for (const constant of [BUILT_IN_INDICATORS, BUILT_IN_TARGETS, UNIT_SCALE, LONG_CSV_COLUMNS]) {
      expect(Object.isFrozen(constant)).toBe(true);
    }
    expect(Object.isFrozen(BUILT_IN_INDICATORS[0]?.sources[0])).toBe(true);
    expect(Object.isFrozen(BUILT_IN_TARGETS[0]?.source)).toBe(true);
  });

  it('returns fresh indicators, targets and values', () => {
    const extended = parseCatalogue([], BUILT_IN_INDICATORS)._unsafeUnwrap();
    expect(extended[0]).toEqual(BUILT_IN_INDICATORS[0]);
    expect(extended[0]).not.toBe(BUILT_IN_INDICATORS[0]);
    (extended[0] as { name: { vi: string } }).name.vi = 'X';
    expect(BUILT_IN_INDICATORS[0]?.name.vi).not.toBe('X');

    const target = selectTarget(BUILT_IN_TARGETS, 'fibreHouseholds', ['x'], '2025-10-31');
    expect(BUILT_IN_TARGETS).not.toContain(target);

    const held: DataValue = { indicator: 'flow', place: 'thon-1', period: '2026-10', numerator: 1 };
    const [copy] = parseDataValues([], { ...context, existing: [held] })._unsafeUnwrap();
    expect(copy).toEqual(held);
    expect(copy).not.toBe(held);
  });

  it('gives each result its own target and list of missing places', () => {
    const fibre = BUILT_IN_INDICATORS.filter((i) => i.code === 'fibreHouseholds');
    const results = rollUp([], {
      catalogue: fibre,
      places: PLACES,
      period: { kind: 'month', year: 2025, index: 10 },
      targets: BUILT_IN_TARGETS,
    });
    expect(results.length).toBeGreaterThan(1);
    const [first, second] = results;
    expect(first?.target).toEqual(BUILT_IN_TARGETS[0]);
    expect(BUILT_IN_TARGETS).not.toContain(first?.target);
    expect(first?.completeness.missing).not.toBe(second?.completeness.missing);
  });
});

describe('DataValueIndex is opaque (issue 13)', () => {
  it('shows only its size and cannot be forged', () => {
    const index = indexDataValues(
      [{ indicator: 'flow', place: 'thon-1', period: '2026-10', numerator: 3 }],
      context,
    );
    expect(Object.keys(index)).toEqual(['size']);
    expect(index.size).toBe(1);
    expect(JSON.parse(JSON.stringify(index))).toEqual({ size: 1 });
    const results = rollUpIndex(index, { period: month, levels: ['commune'] });
    expect(results.find((r) => r.indicator === 'flow')?.value).toBe(3);
    expect(thrown(() => rollUpIndex({ ...index }, { period: month }))?.argument).toBe('index');
  });
});

describe('targets chosen for a roll-up', () => {
  const arbitraryTarget: fc.Arbitrary<Target> = fc.record(
    {
      indicator: fc.constantFrom('share', 'flow'),
      place: fc.constantFrom('thon-1', 'dak-nia', 'dak-nong', 'thon-2'),
      by: fc.constantFrom('2025-12-31', '2026-06-30', '2026-10-31', '2026-12-31', '2027-12-31'),
      comparator: fc.constantFrom('>', '≥'),
      value: fc.integer({ min: 1, max: 100 }),
    },
    { requiredKeys: ['indicator', 'by', 'comparator', 'value'] },
  ) as fc.Arbitrary<Target>;

  it('are the ones selectTarget picks for each place (the indexed choice equals the scan)', () => {
    fc.assert(
      fc.property(fc.array(arbitraryTarget, { maxLength: 25 }), (targets) => {
        const results = rollUp([], { ...context, period: month, targets });
        for (const result of results) {
          const chain =
            result.place === 'dak-nong'
              ? ['dak-nong']
              : result.place === 'dak-nia'
                ? ['dak-nia', 'dak-nong']
                : [result.place, 'dak-nia', 'dak-nong'];
          expect(result.target ?? undefined).toEqual(
            selectTarget(targets, result.indicator, chain, '2026-10-31'),
          );
        }
      }),
      { numRuns: 150 },
    );
  });
});

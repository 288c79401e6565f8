import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type DataValue,
  Dhis2CompleteRegistrationsSchema,
  Dhis2DataValueSetSchema,
  type Indicator,
  InvalidArgumentError,
  parseDhis2DataValueSet,
  parseDhis2Period,
  toDhis2CompleteDataSetRegistrations,
  toDhis2DataValueSet,
  toDhis2Period,
} from '../../src/index.js';
import { FLOW, PLACES, SHARE } from './fixtures.js';

const catalogue: Indicator[] = [SHARE, FLOW];
const context = { catalogue, places: PLACES };

/** A DHIS2 instance's ids for the fixtures (11-character UIDs). */
const mapping = {
  dataElements: {
    'share.numerator': 'ShareNum001',
    'share.denominator': { dataElement: 'ShareNum001', categoryOptionCombo: 'CocDenom001' },
    'flow.numerator': { dataElement: 'FlowTimes01', categoryOptionCombo: 'CocDefault1' },
  },
  orgUnits: { 'thon-1': 'OuThon00001', 'thon-2': 'OuThon00002', 'bon-bu-sir': 'OuBuSir0001' },
};

const values: DataValue[] = [
  {
    indicator: 'share',
    place: 'thon-1',
    period: '2026-10',
    numerator: 45,
    denominator: 50,
    reportedBy: 'Trần Thị Ánh',
    reportedAt: '2026-11-02T08:30:00+07:00',
  },
  { indicator: 'flow', place: 'thon-2', period: '2026-10', numerator: 3 },
  { indicator: 'flow', place: 'bon-bu-sir', period: '2026-11', numerator: 0 },
];

describe('DHIS2 periods', () => {
  it('writes weeks without a zero, as DHIS2 does', () => {
    expect(toDhis2Period('2026-W05')).toBe('2026W5');
    expect(toDhis2Period('2026-W12')).toBe('2026W12');
    expect(toDhis2Period('2026-10')).toBe('202610');
    expect(toDhis2Period('2026-Q4')).toBe('2026Q4');
    expect(toDhis2Period('2026-H1')).toBe('2026S1');
    expect(toDhis2Period('2026')).toBe('2026');
    expect(() => toDhis2Period('2026-13')).toThrow(InvalidArgumentError);
  });

  it('reads what it writes, and refuses the period types it does not track', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2100 }),
        fc.constantFrom(
          ['month', 12],
          ['quarter', 4],
          ['half', 2],
          ['week', 52],
          ['year', 1],
        ) as fc.Arbitrary<['month' | 'quarter' | 'half' | 'week' | 'year', number]>,
        fc.integer({ min: 1, max: 12 }),
        (year, [kind, count], n) => {
          const period = { kind, year, index: kind === 'year' ? 1 : ((n - 1) % count) + 1 };
          const id = toDhis2Period(kind === 'year' ? { kind, year, index: 1 } : period);
          expect(parseDhis2Period(id)._unsafeUnwrap()).toEqual(period);
        },
      ),
    );
    for (const other of [
      '20261015',
      '202601B',
      '2026BiW1',
      '2026WedW5',
      '2026AprilS1',
      '2026July',
    ]) {
      expect(parseDhis2Period(other)._unsafeUnwrapErr().params?.fault).toBe('otherType');
    }
    expect(parseDhis2Period('2026W54')._unsafeUnwrapErr().params?.fault).toBe('invalid');
    expect(parseDhis2Period(42).isErr()).toBe(true);
  });
});

describe('toDhis2DataValueSet', () => {
  it('writes the data set, completion, option combinations and UIDs', () => {
    const set = toDhis2DataValueSet([values[0] as DataValue], {
      ...mapping,
      dataSet: 'DataSet0001',
      completeDate: '2026-11-03',
      attributeOptionCombo: 'AttrCombo01',
    });
    expect(set).toEqual({
      dataSet: 'DataSet0001',
      completeDate: '2026-11-03',
      period: '202610',
      orgUnit: 'OuThon00001',
      attributeOptionCombo: 'AttrCombo01',
      dataValues: [
        {
          dataElement: 'ShareNum001',
          period: '202610',
          orgUnit: 'OuThon00001',
          value: '45',
          storedBy: 'Trần Thị Ánh',
        },
        {
          dataElement: 'ShareNum001',
          period: '202610',
          orgUnit: 'OuThon00001',
          categoryOptionCombo: 'CocDenom001',
          value: '50',
          storedBy: 'Trần Thị Ánh',
        },
      ],
    });
    expect(Dhis2DataValueSetSchema.safeParse(set).success).toBe(true);
  });

  it('asks for a UID or the CODE scheme for every id it cannot map', () => {
    expect(() => toDhis2DataValueSet(values)).toThrow(/idScheme/u);
    expect(() =>
      toDhis2DataValueSet(values, { ...mapping, orgUnits: { 'thon-1': 'OuThon00001' } }),
    ).toThrow(InvalidArgumentError);
    const coded = toDhis2DataValueSet(values, { idScheme: 'CODE' });
    expect(coded.idScheme).toBe('CODE');
    expect(coded.dataValues[0]).toEqual({
      dataElement: 'share.numerator',
      period: '202610',
      orgUnit: 'thon-1',
      value: '45',
      storedBy: 'Trần Thị Ánh',
    });
  });

  it('completes one period of one place only, and only with a data set', () => {
    expect(() =>
      toDhis2DataValueSet(values, {
        ...mapping,
        dataSet: 'DataSet0001',
        completeDate: '2026-11-03',
      }),
    ).toThrow(InvalidArgumentError);
    expect(() =>
      toDhis2DataValueSet([values[0] as DataValue], { ...mapping, completeDate: '2026-11-03' }),
    ).toThrow(InvalidArgumentError);
    expect(() =>
      toDhis2DataValueSet([values[0] as DataValue], {
        ...mapping,
        dataSet: 'DataSet0001',
        completeDate: '2026-02-30',
      }),
    ).toThrow(InvalidArgumentError);
  });

  it('writes weeks as DHIS2 does', () => {
    const week: DataValue = {
      indicator: 'flow',
      place: 'thon-1',
      period: '2026-W05',
      numerator: 1,
    };
    expect(toDhis2DataValueSet([week], { idScheme: 'CODE' }).dataValues[0]?.period).toBe('2026W5');
  });
});

describe('toDhis2CompleteDataSetRegistrations', () => {
  it('registers each place and period that reported, dated by its latest report', () => {
    const later: DataValue = {
      indicator: 'flow',
      place: 'thon-1',
      period: '2026-10',
      numerator: 2,
      reportedAt: '2026-11-04T07:00:00+07:00',
    };
    const payload = toDhis2CompleteDataSetRegistrations([...values, later], {
      dataSet: 'DataSet0001',
      orgUnits: mapping.orgUnits,
      date: '2026-11-05',
    });
    expect(payload).toEqual({
      completeDataSetRegistrations: [
        {
          dataSet: 'DataSet0001',
          period: '202610',
          organisationUnit: 'OuThon00001',
          date: '2026-11-04',
        },
        {
          dataSet: 'DataSet0001',
          period: '202610',
          organisationUnit: 'OuThon00002',
          date: '2026-11-05',
        },
        {
          dataSet: 'DataSet0001',
          period: '202611',
          organisationUnit: 'OuBuSir0001',
          date: '2026-11-05',
        },
      ],
    });
    expect(Dhis2CompleteRegistrationsSchema.safeParse(payload).success).toBe(true);
  });

  it('needs a data set, and says the CODE scheme in the payload', () => {
    expect(() => toDhis2CompleteDataSetRegistrations(values, {} as never)).toThrow(
      InvalidArgumentError,
    );
    const coded = toDhis2CompleteDataSetRegistrations(values, {
      dataSet: 'TCNS',
      idScheme: 'CODE',
    });
    expect(coded.idScheme).toBe('CODE');
    expect(coded.completeDataSetRegistrations[0]?.organisationUnit).toBe('thon-1');
  });
});

describe('parseDhis2DataValueSet', () => {
  it('reads back what toDhis2DataValueSet writes', () => {
    const set = toDhis2DataValueSet(values, mapping);
    const read = parseDhis2DataValueSet(set, { ...context, ...mapping })._unsafeUnwrap();
    expect(read).toEqual(values.map(({ reportedAt: _, ...rest }) => rest));
    const coded = toDhis2DataValueSet(values, { idScheme: 'CODE' });
    expect(parseDhis2DataValueSet(coded, context)._unsafeUnwrap()).toHaveLength(values.length);
  });

  it('round-trips any valid values through JSON', () => {
    const value = fc.record({
      indicator: fc.constant('flow'),
      place: fc.constantFrom('thon-1', 'thon-2', 'bon-bu-sir'),
      period: fc.integer({ min: 1, max: 12 }).map((m) => `2026-${String(m).padStart(2, '0')}`),
      numerator: fc.nat({ max: 1_000_000 }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(value, { selector: (v) => `${v.place} ${v.period}` }), (list) => {
        const json = JSON.parse(JSON.stringify(toDhis2DataValueSet(list, mapping)));
        expect(Dhis2DataValueSetSchema.safeParse(json).success).toBe(true);
        expect(parseDhis2DataValueSet(json, { ...context, ...mapping })._unsafeUnwrap()).toEqual(
          list,
        );
      }),
      { numRuns: 50 },
    );
  });

  it('takes the period and organisation unit of the set, and skips deleted values', () => {
    const set = {
      dataSet: 'DataSet0001',
      period: '202610',
      orgUnit: 'OuThon00002',
      dataValues: [
        { dataElement: 'FlowTimes01', categoryOptionCombo: 'CocDefault1', value: '7' },
        { dataElement: 'ShareNum001', value: '1', deleted: true },
      ],
    };
    expect(parseDhis2DataValueSet(set, { ...context, ...mapping })._unsafeUnwrap()).toEqual([
      { indicator: 'flow', place: 'thon-2', period: '2026-10', numerator: 7 },
    ]);
  });

  it('reports every problem at its path in the payload', () => {
    const set = {
      dataValues: [
        { dataElement: 'Unknown0001', period: '202610', orgUnit: 'OuThon00001', value: '1' },
        { dataElement: 'FlowTimes01', period: '2026BiW1', orgUnit: 'OuThon00001', value: '1' },
        { dataElement: 'FlowTimes01', period: '202610', orgUnit: 'OuThon00001', value: 'mười' },
        { dataElement: 'FlowTimes01', period: '202610', orgUnit: 'Nowhere0001', value: '2' },
        { dataElement: 'ShareNum001', period: '202610', orgUnit: 'OuThon00002', value: '60' },
        {
          dataElement: 'ShareNum001',
          categoryOptionCombo: 'CocDenom001',
          period: '202610',
          orgUnit: 'OuThon00002',
          value: '50',
        },
        {
          dataElement: 'ShareNum001',
          categoryOptionCombo: 'CocDenom001',
          period: '202611',
          orgUnit: 'OuThon00002',
          value: '50',
        },
        { dataElement: 'FlowTimes01', period: '202612', orgUnit: 'OuThon00001', value: '1' },
        { dataElement: 'FlowTimes01', period: '202612', orgUnit: 'OuThon00001', value: '2' },
        { period: '202610', value: '1' },
      ],
    };
    const problems = parseDhis2DataValueSet(set, { ...context, ...mapping })._unsafeUnwrapErr();
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['missing_field', ['dataValues', 9, 'dataElement']],
      ['unknown_data_element', ['dataValues', 0, 'dataElement']],
      ['invalid_dhis2_period', ['dataValues', 1, 'period']],
      ['invalid_format', ['dataValues', 2, 'value']],
      ['duplicate_dhis2_value', ['dataValues', 8]],
      ['missing_numerator', ['dataValues', 6, 'dataElement']],
      ['unknown_place', ['dataValues', 3, 'orgUnit']],
      ['numerator_above_denominator', ['dataValues', 4, 'value']],
    ]);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = parseDhis2DataValueSet(input, { ...context, ...mapping });
        expect(result.isErr()).toBe(true);
      }),
      { numRuns: 100 },
    );
    expect(
      parseDhis2DataValueSet(
        { dataValues: [] },
        { ...context, idScheme: 'X' as never },
      )._unsafeUnwrapErr()[0]?.code,
    ).toBe('invalid_argument');
  });
});

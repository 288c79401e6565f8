import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { DataValueSchema, parseDataValues } from '../../src/index.js';
import { DataValueListSchema } from '../../src/indicators/arguments.js';
import { plainValue, valueLookups } from '../../src/indicators/value.js';
import { FLOW, PLACES, SHARE } from './fixtures.js';

const context = { catalogue: [SHARE, FLOW], places: PLACES };
const flow = { indicator: 'flow', place: 'thon-1', period: '2026-10', numerator: 1 };
const share = { indicator: 'share', place: 'thon-1', period: '2026-10', numerator: 3 };

const codesAndPaths = (input: unknown, options: Parameters<typeof parseDataValues>[1] = context) =>
  parseDataValues(input, options)
    ._unsafeUnwrapErr()
    .map((p) => [p.code, p.path]);

describe('the fast reading of plain data values: one spoiled field', () => {
  const valid = fc.record(
    {
      indicator: fc.constantFrom('share', 'flow', 'x'),
      place: fc.constantFrom('thon-1', 'dak-nia', 'y'),
      period: fc.constantFrom('2026-10', '2026-Q4', '2026-H2', '2026', '1900-01', '2100-12'),
      numerator: fc.oneof(
        fc.integer({ min: -5, max: 60 }),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
      ),
      denominator: fc.integer({ min: 0, max: 60 }),
      reportedBy: fc.constantFrom('Trưởng thôn 1', 'x'),
      reportedAt: fc.constantFrom('2026-11-02T08:30:00+07:00', '2026-11-02T08:30:00Z'),
    },
    { requiredKeys: ['indicator', 'place', 'period', 'numerator'] },
  );
  // Each a value of a field the schema refuses (or would change).
  const spoils = fc.constantFrom(
    ['indicator', ''],
    ['indicator', ' flow'],
    ['indicator', 7],
    ['place', ''],
    ['place', 'thon-1 '],
    ['place', null],
    ['period', '2026-13'],
    ['period', 202610],
    ['period', ['2026-10']],
    ['numerator', '5'],
    ['numerator', Number.NaN],
    ['numerator', Number.POSITIVE_INFINITY],
    ['denominator', '2'],
    ['denominator', Number.NaN],
    ['denominator', null],
    ['reportedBy', ''],
    ['reportedBy', ' Trưởng thôn'],
    ['reportedBy', 3],
    ['reportedAt', '2026-11-02'],
    ['reportedAt', '2026-11-02T08:30:00+25:00'],
    ['reportedAt', 20261102],
    ['extra', true],
  ) as fc.Arbitrary<[string, unknown]>;

  it('reads a valid value as the schema does, with no field set to undefined', () => {
    fc.assert(
      fc.property(valid, (value) => {
        const fast = plainValue(value, valueLookups(context)._unsafeUnwrap());
        expect(fast).toStrictEqual(DataValueSchema.parse(value));
        expect(Object.keys(fast ?? {}).sort()).toEqual(Object.keys(value).sort());
      }),
    );
  });

  it('leaves to the schema a value with any one field it refuses or changes', () => {
    fc.assert(
      fc.property(valid, spoils, (value, [field, bad]) => {
        const spoiled = { ...value, [field]: bad };
        const schema = DataValueSchema.safeParse(spoiled);
        expect(schema.success && JSON.stringify(schema.data) === JSON.stringify(spoiled)).toBe(
          false,
        );
        expect(plainValue(spoiled, valueLookups(context)._unsafeUnwrap())).toBeUndefined();
      }),
    );
  });
});

describe('parseDataValues: what each reading keeps and reports', () => {
  it('gives back values without the optional fields they do not have', () => {
    const read = parseDataValues([flow], context)._unsafeUnwrap();
    expect(read).toStrictEqual([flow]);
    expect(Object.keys(read[0] ?? {})).toEqual(['indicator', 'place', 'period', 'numerator']);
  });

  it('reports empty text once, as too short, not also as an unknown indicator', () => {
    expect(codesAndPaths([{ ...flow, indicator: '' }])).toEqual([['too_small', [0, 'indicator']]]);
    expect(codesAndPaths([{ ...flow, reportedBy: '' }])).toEqual([
      ['too_small', [0, 'reportedBy']],
    ]);
  });

  it('refuses a timestamp without a time and offset', () => {
    const [problem] = parseDataValues(
      [{ ...flow, reportedAt: '2026-11-02' }],
      context,
    )._unsafeUnwrapErr();
    expect(problem?.code).toBe('invalid_timestamp');
    expect(problem?.path).toEqual([0, 'reportedAt']);
  });

  it('names the value it received when a quantity is not a number', () => {
    const [problem, ...more] = parseDataValues(
      [{ ...flow, numerator: '5' }],
      context,
    )._unsafeUnwrapErr();
    expect(more).toEqual([]);
    expect(problem).toMatchObject({
      code: 'invalid_type',
      path: [0, 'numerator'],
      params: { field: '[0].numerator', expected: 'number', received: '"5"' },
      message: {
        vi: 'Trường "[0].numerator" phải là một số, nhận được "5".',
        en: 'Field "[0].numerator" must be a number, got "5".',
      },
    });
  });
});

describe('parseDataValues: a value that fails its schema still has its quantities checked', () => {
  it('checks numbers read beside a bad period', () => {
    expect(codesAndPaths([{ ...flow, period: '2026-13', numerator: -1 }])).toEqual([
      ['invalid_period', [0, 'period']],
      ['negative_quantity', [0, 'numerator']],
    ]);
    expect(codesAndPaths([{ ...flow, period: '2026-13', numerator: 1.5 }])).toEqual([
      ['invalid_period', [0, 'period']],
      ['not_integer', [0, 'numerator']],
    ]);
  });

  it('reports a missing denominator beside a bad period', () => {
    expect(codesAndPaths([{ ...share, period: '2026-13' }])).toEqual([
      ['invalid_period', [0, 'period']],
      ['missing_denominator', [0, 'denominator']],
    ]);
  });

  it('compares the quantities with each other only when both are numbers', () => {
    expect(codesAndPaths([{ ...share, denominator: '2' }])).toEqual([
      ['invalid_type', [0, 'denominator']],
    ]);
    expect(codesAndPaths([{ ...share, numerator: '3', denominator: 2 }])).toEqual([
      ['invalid_type', [0, 'numerator']],
    ]);
    expect(codesAndPaths([{ ...share, period: '2026-13', denominator: 2 }])).toEqual([
      ['invalid_period', [0, 'period']],
      ['numerator_above_denominator', [0, 'numerator']],
    ]);
  });

  it('checks no quantity that is not finite beside a bad period', () => {
    expect(codesAndPaths([{ ...flow, period: '2026-13', numerator: Number.NaN }])).toEqual([
      ['invalid_period', [0, 'period']],
      ['invalid_type', [0, 'numerator']],
    ]);
  });

  it('checks no quantity that is not a finite number', () => {
    expect(codesAndPaths([{ ...flow, numerator: '-1' }])).toEqual([
      ['invalid_type', [0, 'numerator']],
    ]);
    expect(codesAndPaths([{ ...flow, period: '2026-13', numerator: null }])).toEqual(
      [
        ['invalid_period', [0, 'period']],
        ['invalid_type', [0, 'numerator']],
      ].sort(),
    );
  });
});

describe('parseDataValues: options and input that are not what they should be', () => {
  const argumentProblem = (options: unknown) => {
    const problems = parseDataValues([], options as never)._unsafeUnwrapErr();
    expect(problems).toHaveLength(1);
    return problems[0];
  };

  it('names the option that is wrong, in both languages', () => {
    for (const [options, name] of [
      [{ ...context, catalogue: 5 }, 'options.catalogue'],
      [{ ...context, places: 5 }, 'options.places'],
      [{ ...context, existing: 5 }, 'options.existing'],
      [{ ...context, asOf: '2026-13-01' }, 'options.asOf'],
    ] as const) {
      const problem = argumentProblem(options);
      expect(problem?.code).toBe('invalid_argument');
      expect(problem?.path).toEqual([name]);
      expect(problem?.params).toMatchObject({ argument: name });
      expect(problem?.message.vi).toContain(`Đối số "${name}" phải là`);
      expect(problem?.message.en).toContain(`Argument "${name}" must be`);
    }
  });

  it('refuses held values that cannot even be keyed', () => {
    for (const held of [
      [null],
      [undefined],
      [5],
      ['flow'],
      [{ ...flow, indicator: 1 }],
      [{ ...flow, place: 1 }],
      [{ ...flow, period: 202610 }],
      [flow, { ...flow, place: undefined }],
    ]) {
      const problem = argumentProblem({ ...context, existing: held });
      expect(problem?.path).toEqual(['options.existing']);
      expect(problem?.message.en).toContain('must be a list of valid data values');
      expect(problem?.message.vi).toContain('phải là một danh sách số liệu đúng mẫu');
    }
  });

  it('keeps valid held values, and reads held values left undefined as none', () => {
    const held = [flow, { ...share, denominator: 5 }];
    expect(parseDataValues([], { ...context, existing: held })._unsafeUnwrap()).toEqual(held);
    const none = { ...context, existing: undefined } as unknown as typeof context;
    expect(parseDataValues([flow], none)._unsafeUnwrap()).toEqual([flow]);
  });

  it('checks held values once per list, and a list a reader returned not at all', () => {
    const spy = vi.spyOn(DataValueListSchema, 'safeParse');
    try {
      const held = [{ ...flow }, { ...share, denominator: 5, reportedBy: 'Trưởng thôn 1' }];
      const read = parseDataValues([], { ...context, existing: held })._unsafeUnwrap();
      expect(read).toEqual(held);
      expect(spy).toHaveBeenCalledTimes(1);
      parseDataValues([], { ...context, existing: held })._unsafeUnwrap();
      parseDataValues([], { ...context, existing: read })._unsafeUnwrap();
      expect(spy).toHaveBeenCalledTimes(1);
      const wrong = [{ ...flow }, { ...flow, place: 1 }];
      expect(parseDataValues([], { ...context, existing: wrong as never }).isErr()).toBe(true);
      expect(spy).toHaveBeenCalledTimes(2);
    } finally {
      spy.mockRestore();
    }
  });

  it('refuses a held value that is not a data value, whatever its key', () => {
    // The key is there, but there is no numerator and the month does not exist.
    const held = [{ indicator: flow.indicator, place: flow.place, period: '2026-13' }];
    const problem = parseDataValues([], { ...context, existing: held as never })._unsafeUnwrapErr();
    expect(problem).toHaveLength(1);
    expect(problem[0]?.code).toBe('invalid_argument');
    expect(problem[0]?.path).toEqual(['options.existing']);
    expect(problem[0]?.message.vi).toContain('options.existing');
    expect(problem[0]?.message.en).toContain('options.existing');
  });

  it('says the whole input must be a list', () => {
    expect(parseDataValues({}, context)._unsafeUnwrapErr()).toEqual([
      {
        code: 'invalid_type',
        severity: 'error',
        path: [],
        params: { field: '', expected: 'list', received: '{}' },
        message: {
          vi: 'Dữ liệu phải là một danh sách [ … ], nhận được {}.',
          en: 'The input must be a list [ … ], got {}.',
        },
      },
    ]);
  });
});

describe('parseDataValues: duplicates', () => {
  it('names the period of a duplicate in both languages', () => {
    const [problem] = parseDataValues([flow, flow], context)._unsafeUnwrapErr();
    expect(problem?.path).toEqual([1]);
    expect(problem?.params).toMatchObject({ period: '2026-10', source: 'input' });
    expect(problem?.message.vi).toContain('tháng 10 năm 2026');
    expect(problem?.message.en).toContain('October 2026');
  });
});

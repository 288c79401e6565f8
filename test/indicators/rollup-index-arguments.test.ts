// The ways of building an index (values as objects, as columns, fed to an indexer) check what
// they are given: each mistake is named by its argument, with what was expected in both
// languages, and a bad batch of columns adds nothing.
import { describe, expect, it } from 'vitest';
import {
  createDataValueIndexer,
  type DataValueColumns,
  type Indicator,
  InvalidArgumentError,
  indexDataValueColumns,
  indexDataValues,
  type Period,
  rollUpIndex,
} from '../../src/index.js';
import { FLOW, PLACES, place, SHARE, VILLAGES_FULL } from './fixtures.js';

const OCT: Period = { kind: 'month', year: 2026, index: 10 };
const options = { catalogue: [SHARE, FLOW], places: PLACES };

function thrown(run: () => unknown): InvalidArgumentError {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidArgumentError) return error;
    throw error;
  }
  throw new Error('nothing was thrown');
}

/** The argument named and what it should have been, in both languages. */
function mistake(run: () => unknown) {
  const error = thrown(run);
  return { argument: error.argument, expected: error.problem.params.expected };
}

const TEXT = { vi: 'một văn bản', en: 'a text' };
const FINITE = { vi: 'một số hữu hạn', en: 'a finite number' };
const COLUMN = {
  vi: 'một cột số (mảng hoặc mảng kiểu) dài bằng cột `numerator`',
  en: 'a column of numbers (an array or a typed array) as long as `numerator`',
};
const LIST = { vi: 'một danh sách văn bản', en: 'a list of text' };

function columns(extra: Partial<DataValueColumns> = {}): DataValueColumns {
  return {
    indicators: ['flow', 'share'],
    places: ['thon-1', 'thon-2'],
    periods: ['2026-10'],
    indicator: [0, 1],
    place: [0, 1],
    period: [0, 0],
    numerator: [3, 45],
    denominator: [0, 50],
    ...extra,
  };
}

/** The value of an indicator at a place in October 2026. */
function valueAt(index: ReturnType<typeof indexDataValues>, indicator: string, place: string) {
  return rollUpIndex(index, { period: OCT }).find(
    (r) => r.indicator === indicator && r.place === place,
  )?.value;
}

describe('indexDataValues', () => {
  it('names a list that is not an array', () => {
    expect(mistake(() => indexDataValues({} as never, options))).toEqual({
      argument: 'values',
      expected: { vi: 'một danh sách số liệu', en: 'a list of data values' },
    });
  });

  it.each([
    ['not an object', 'flow'],
    ['null', null],
    ['an indicator that is not text', { indicator: 1, place: 'thon-1', period: '2026-10' }],
    ['a place that is not text', { indicator: 'flow', place: 1, period: '2026-10' }],
    ['a period that is not text', { indicator: 'flow', place: 'thon-1', period: 202610 }],
    ['a numerator that is not a number', { numerator: '3' }],
    ['an infinite numerator', { numerator: Number.POSITIVE_INFINITY }],
    ['a numerator that is not a number (NaN)', { numerator: Number.NaN }],
    ['a denominator that is not a number', { denominator: '50' }],
    ['an infinite denominator', { denominator: Number.NEGATIVE_INFINITY }],
  ])('names the value that has %s, by its position', (_, given) => {
    const value =
      typeof given === 'object' && given !== null
        ? { indicator: 'flow', place: 'thon-1', period: '2026-10', numerator: 3, ...given }
        : given;
    const good = { indicator: 'flow', place: 'thon-1', period: '2026-10', numerator: 1 };
    expect(mistake(() => indexDataValues([good, value] as never, options))).toEqual({
      argument: 'values[1]',
      expected: {
        vi: 'một số liệu (chỉ số, địa bàn, kỳ là văn bản; tử số, mẫu số là số hữu hạn)',
        en: 'a data value (text ids, finite numbers)',
      },
    });
  });

  it('takes a value without a denominator, and one of 0', () => {
    const index = indexDataValues(
      [
        { indicator: 'flow', place: 'thon-1', period: '2026-10', numerator: 3 },
        { indicator: 'flow', place: 'thon-2', period: '2026-10', numerator: 4, denominator: 0 },
      ],
      options,
    );
    expect(index.size).toBe(2);
    expect(valueAt(index, 'flow', 'dak-nia')).toBe(7);
  });

  it('names options that do not multiply to an index it can address', () => {
    const many = Array.from({ length: 2 ** 16 }, () => FLOW);
    const places = Array.from({ length: 2 ** 15 }, () => PLACES[0]);
    const error = thrown(() => indexDataValues([], { catalogue: many, places } as never));
    expect(error.problem.params).toEqual({
      argument: 'options',
      expected: {
        vi: 'một danh mục và danh sách địa bàn có tích số phần tử không quá 2147483647',
        en: 'a catalogue and places whose lengths multiply to at most 2147483647',
      },
      received: '"65536 × 32768"',
    });
  });
});

describe('the options of an index, and an index given to rollUpIndex', () => {
  const CATALOGUE_LABEL = {
    vi: 'một danh mục chỉ số (danh sách chỉ số đúng mẫu)',
    en: 'a catalogue (a list of valid indicators)',
  };
  it.each([
    ['no options', null, 'options.catalogue', CATALOGUE_LABEL],
    ['options that are not an object', 'catalogue', 'options.catalogue', CATALOGUE_LABEL],
    [
      'a catalogue that is not one',
      { catalogue: {}, places: PLACES },
      'options.catalogue',
      CATALOGUE_LABEL,
    ],
    [
      'places that are not a list of places',
      { catalogue: [FLOW], places: [{ id: 'x' }] },
      'options.places',
      { vi: 'một danh sách địa bàn đúng mẫu', en: 'a list of valid places' },
    ],
  ])('names %s', (_, given, argument, expected) => {
    for (const build of [
      () => indexDataValues([], given as never),
      () => indexDataValueColumns(columns(), given as never),
      () => createDataValueIndexer(given as never),
    ]) {
      expect(mistake(build)).toEqual({ argument, expected });
    }
  });

  it.each([
    ['an object it did not make', { size: 0 }],
    ['a copy of an index', { ...indexDataValues([], options) }],
    ['null', null],
    ['a number', 1],
  ])('refuses %s as an index', (_, index) => {
    expect(mistake(() => rollUpIndex(index as never, { period: OCT }))).toEqual({
      argument: 'index',
      expected: {
        vi: 'một chỉ mục do `indexDataValues` lập',
        en: 'an index made by `indexDataValues`',
      },
    });
  });
});

describe('createDataValueIndexer', () => {
  it('says of each value whether a roll-up can use it, and counts those it keeps', () => {
    const derived = VILLAGES_FULL;
    const communal: Indicator = { ...FLOW, code: 'communal', collectedAt: 'commune' };
    const indexer = createDataValueIndexer({
      catalogue: [SHARE, FLOW, derived, communal],
      places: PLACES,
    });
    expect(indexer.add('flow', 'thon-1', '2026-10', 3)).toBe(true);
    expect(indexer.add('flow', 'thon-1', '2026-10', 4)).toBe(true);
    expect(indexer.add('flow', 'thon-2', '2026-10', 5)).toBe(true);
    expect(indexer.add('share', 'thon-2', '2026-10', 45, 50)).toBe(true);
    expect(indexer.add('nothing', 'thon-2', '2026-10', 1)).toBe(false);
    expect(indexer.add('flow', 'nowhere', '2026-10', 1)).toBe(false);
    expect(indexer.add('flow', 'thon-2', '2026-Q4', 1)).toBe(false);
    expect(indexer.add('flow', 'thon-2', 'October', 1)).toBe(false);
    expect(indexer.add('flow', 'thon-2', '2026-W44', 1)).toBe(false);
    expect(indexer.add('villagesFull', 'thon-2', '2026-10', 1)).toBe(false);
    expect(indexer.add('communal', 'thon-2', '2026-10', 1)).toBe(false);
    expect(indexer.add('communal', 'dak-nia', '2026-10', 6)).toBe(true);
    expect(indexer.add('flow', 'dak-nia', '2026-10', 1)).toBe(false);
    expect(indexer.add('communal', 'dak-nong', '2026-10', 1)).toBe(false);
    expect(indexer.add('flow', 'dak-nong', '2026-10', 1)).toBe(false);
    expect(indexer.add('communal', 'nowhere', '2026-10', 1)).toBe(false);
    expect(indexer.add('nothing', 'thon-1', '2026-10', 1)).toBe(false);
    expect(indexer.size).toBe(5);
    const index = indexer.finish();
    expect(index.size).toBe(5);
    const results = rollUpIndex(index, { period: OCT });
    const at = (indicator: string, place: string) =>
      results.find((r) => r.indicator === indicator && r.place === place);
    expect(at('flow', 'thon-1')?.value).toBe(7);
    expect(at('flow', 'dak-nia')?.value).toBe(12);
    expect(at('share', 'thon-2')).toMatchObject({ numerator: 45, denominator: 50, value: 90 });
    expect(at('communal', 'dak-nia')?.value).toBe(6);
  });

  it('keeps no value of a derived indicator, at a place that moves or not', () => {
    const derived = VILLAGES_FULL;
    const indexer = createDataValueIndexer({
      catalogue: [SHARE, FLOW, derived],
      places: [...PLACES, place('thon-moi', 'village', 'dak-nia', { to: '2027-12-31' })],
    });
    expect(indexer.add('villagesFull', 'thon-moi', '2026-10', 1)).toBe(false);
    expect(indexer.add('villagesFull', 'thon-1', '2026-10', 1)).toBe(false);
    expect(indexer.add('flow', 'thon-moi', '2026-10', 1)).toBe(true);
    expect(indexer.size).toBe(1);
  });

  it('reads each id again when it changes, whatever came before', () => {
    const indexer = createDataValueIndexer(options);
    const rows: [string, string, string, number][] = [
      ['flow', 'thon-1', '2026-10', 1],
      ['flow', 'thon-2', '2026-10', 2],
      ['share', 'thon-2', '2026-10', 3],
      ['flow', 'thon-2', '2026-09', 4],
      ['flow', 'thon-2', '2026-10', 5],
      ['flow', 'bon-bu-sir', '2026-10', 6],
    ];
    for (const [indicator, place, period, n] of rows) indexer.add(indicator, place, period, n, 10);
    const index = indexer.finish();
    expect(valueAt(index, 'flow', 'thon-1')).toBe(1);
    expect(valueAt(index, 'flow', 'thon-2')).toBe(7);
    expect(valueAt(index, 'flow', 'bon-bu-sir')).toBe(6);
    expect(valueAt(index, 'share', 'thon-2')).toBe(30);
    expect(
      rollUpIndex(index, { period: { kind: 'month', year: 2026, index: 9 } }).find(
        (r) => r.indicator === 'flow' && r.place === 'thon-2',
      )?.value,
    ).toBe(4);
  });

  it.each([
    ['indicator', [1, 'thon-1', '2026-10', 1], TEXT],
    ['place', ['flow', null, '2026-10', 1], TEXT],
    ['period', ['flow', 'thon-1', undefined, 1], TEXT],
    ['numerator', ['flow', 'thon-1', '2026-10', '1'], FINITE],
    ['numerator', ['flow', 'thon-1', '2026-10', Number.NaN], FINITE],
    ['numerator', ['flow', 'thon-1', '2026-10', Number.POSITIVE_INFINITY], FINITE],
    ['denominator', ['flow', 'thon-1', '2026-10', 1, '2'], FINITE],
    ['denominator', ['flow', 'thon-1', '2026-10', 1, Number.NEGATIVE_INFINITY], FINITE],
  ] as const)(
    'names a value whose %s is not valid, and keeps nothing of it',
    (argument, row, expected) => {
      const indexer = createDataValueIndexer(options);
      expect(mistake(() => (indexer.add as (...a: unknown[]) => boolean)(...row))).toEqual({
        argument,
        expected,
      });
      expect(indexer.size).toBe(0);
      expect(indexer.finish().size).toBe(0);
    },
  );

  it('cannot be used once finished', () => {
    const indexer = createDataValueIndexer(options);
    indexer.add('flow', 'thon-1', '2026-10', 1);
    indexer.finish();
    const finished = {
      argument: 'indexer',
      expected: {
        vi: 'một bộ lập chỉ mục chưa kết thúc (đã gọi `finish`)',
        en: 'an indexer not yet finished (`finish` was called)',
      },
    };
    expect(mistake(() => indexer.add('flow', 'thon-1', '2026-10', 1))).toEqual(finished);
    expect(mistake(() => indexer.addColumns(columns()))).toEqual(finished);
    expect(mistake(() => indexer.finish())).toEqual(finished);
    expect(thrown(() => indexer.finish()).problem.params.received).toBe('"finished"');
  });

  it('adds batches of columns beside single values, and adds nothing of a bad batch', () => {
    const indexer = createDataValueIndexer(options);
    expect(indexer.add('flow', 'thon-1', '2026-10', 10)).toBe(true);
    expect(indexer.addColumns(columns())).toBe(2);
    expect(() => indexer.addColumns(columns({ numerator: [1, Number.NaN] }))).toThrow(
      InvalidArgumentError,
    );
    expect(
      indexer.addColumns(columns({ indicators: ['flow', 'nothing'], numerator: [1, 1] })),
    ).toBe(1);
    expect(indexer.size).toBe(4);
    const index = indexer.finish();
    expect(index.size).toBe(4);
    expect(valueAt(index, 'flow', 'thon-1')).toBe(14);
    expect(valueAt(index, 'share', 'thon-2')).toBe(90);
  });

  it('keeps every value of a feed longer than the chunks it holds them in', () => {
    const indexer = createDataValueIndexer(options);
    const count = 3 * 2 ** 16 + 5;
    for (let k = 0; k < count; k++) {
      indexer.add('flow', k % 2 === 0 ? 'thon-1' : 'thon-2', '2026-10', k % 7);
    }
    const index = indexer.finish();
    expect(index.size).toBe(count);
    let total = 0;
    for (let k = 0; k < count; k++) total += k % 7;
    expect(valueAt(index, 'flow', 'dak-nia')).toBe(total);
  });
});

describe('indexDataValueColumns', () => {
  it('indexes the values it can use, with or without denominators', () => {
    const index = indexDataValueColumns(columns(), options);
    expect(index.size).toBe(2);
    expect(valueAt(index, 'flow', 'thon-1')).toBe(3);
    expect(valueAt(index, 'share', 'thon-2')).toBe(90);
    const counts = indexDataValueColumns(
      {
        indicators: ['flow'],
        places: ['thon-1', 'thon-2', 'nowhere', 'dak-nia'],
        periods: ['2026-10', '2026-Q4', 'soon'],
        indicator: new Uint8Array([0, 0, 0, 0, 0, 0]),
        place: new Int32Array([0, 1, 2, 3, 0, 0]),
        period: new Uint8Array([0, 0, 0, 0, 1, 2]),
        numerator: new Float64Array([1, 2, 4, 8, 16, 32]),
      },
      options,
    );
    expect(counts.size).toBe(2);
    expect(valueAt(counts, 'flow', 'dak-nia')).toBe(3);
  });

  it('puts each value in the cell of its own place and indicator', () => {
    const index = indexDataValueColumns(
      {
        indicators: ['nothing', 'share', 'flow'],
        places: ['nowhere', 'bon-bu-sir', 'thon-1'],
        periods: ['2026-10'],
        indicator: [2, 1, 2, 1],
        place: [1, 1, 2, 2],
        period: [0, 0, 0, 0],
        numerator: [5, 30, 7, 9],
        denominator: [0, 60, 0, 10],
      },
      options,
    );
    expect(valueAt(index, 'flow', 'bon-bu-sir')).toBe(5);
    expect(valueAt(index, 'share', 'bon-bu-sir')).toBe(50);
    expect(valueAt(index, 'flow', 'thon-1')).toBe(7);
    expect(valueAt(index, 'share', 'thon-1')).toBe(90);
  });

  it.each([
    [
      'columns',
      null,
      { vi: 'các cột số liệu { indicators, places, periods, … }', en: 'data value columns' },
    ],
    [
      'columns',
      'flow',
      { vi: 'các cột số liệu { indicators, places, periods, … }', en: 'data value columns' },
    ],
    ['columns.numerator', columns({ numerator: undefined as never }), COLUMN],
    [
      'columns.numerator',
      columns({ numerator: new DataView(new ArrayBuffer(16)) as never }),
      COLUMN,
    ],
    ['columns.numerator', columns({ numerator: { length: 2 } as never }), COLUMN],
    ['columns.indicator', columns({ indicator: [0] }), COLUMN],
    ['columns.place', columns({ place: [0, 1, 1] }), COLUMN],
    ['columns.period', columns({ period: undefined as never }), COLUMN],
    ['columns.denominator', columns({ denominator: [1] }), COLUMN],
    ['columns.denominator', columns({ denominator: null as never }), COLUMN],
    ['columns.indicators', columns({ indicators: 'flow' as never }), LIST],
    ['columns.indicators', columns({ indicators: ['flow', 1] as never }), LIST],
    ['columns.places', columns({ places: [null] as never }), LIST],
    ['columns.periods', columns({ periods: undefined as never }), LIST],
  ])('names %s when it is not of the right shape', (argument, given, expected) => {
    expect(mistake(() => indexDataValueColumns(given as never, options))).toEqual({
      argument,
      expected,
    });
  });

  const LISTS = { indicator: 'indicators', place: 'places', period: 'periods' } as const;
  it.each([
    ['indicator', [0, 2], 1],
    ['indicator', [-1, 0], 0],
    ['indicator', [0.5, 0], 0],
    ['place', [0, 2], 1],
    ['place', [-1, 0], 0],
    ['place', [Number.NaN, 0], 0],
    ['period', [0, 1], 1],
    ['period', [-1, 0], 0],
    ['period', [0, 1.5], 1],
  ] as const)('names the first value whose %s code %j points nowhere', (column, codes, at) => {
    const extra = { [column]: codes };
    const argument = `columns.${column}[${at}]`;
    const vi = `một vị trí trong \`${LISTS[column]}\``;
    const en = `a position in \`${LISTS[column]}\``;
    expect(mistake(() => indexDataValueColumns(columns(extra), options))).toEqual({
      argument,
      expected: { vi, en },
    });
  });

  it.each([
    [{ numerator: [1, Number.NaN] }, 'columns.numerator[1]'],
    [{ numerator: [Number.POSITIVE_INFINITY, 1] }, 'columns.numerator[0]'],
    [{ numerator: [1, '2'] as never }, 'columns.numerator[1]'],
    [{ denominator: [0, Number.NaN] }, 'columns.denominator[1]'],
    [{ denominator: [Number.NEGATIVE_INFINITY, 0] }, 'columns.denominator[0]'],
    [{ denominator: ['1', 0] as never }, 'columns.denominator[0]'],
  ])('names a number that is not finite: %o', (extra, argument) => {
    expect(mistake(() => indexDataValueColumns(columns(extra), options))).toEqual({
      argument,
      expected: FINITE,
    });
  });

  it('checks the codes of a value before its numbers', () => {
    expect(
      mistake(() =>
        indexDataValueColumns(columns({ period: [0, 3], numerator: [1, Number.NaN] }), options),
      ).argument,
    ).toBe('columns.period[1]');
  });
});

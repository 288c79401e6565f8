import fc from 'fast-check';
import { toLongCsv } from '../../../src/csv/index.js';
import {
  BUILT_IN_INDICATORS,
  BUILT_IN_TARGETS,
  type DataValue,
  type Indicator,
  indexDataValues,
  type Place,
  toDhis2DataValueSet,
} from '../../../src/index.js';
import { args, awkwardNumber, nfdText, or, recentDate } from '../arbitraries.js';
import type { Specs } from '../spec.js';

/** A province, two communes, and villages: one that moves between them, one that ends. */
const PLACES: Place[] = [
  {
    id: 'lam-dong',
    level: 'province',
    kind: 'province',
    name: 'Lâm Đồng',
    parents: [],
    counts: [],
  },
  {
    id: 'dak-nia',
    level: 'commune',
    kind: 'commune',
    name: 'Đắk Nia',
    parents: [{ parentId: 'lam-dong' }],
    counts: [],
  },
  {
    id: 'dong-gia-nghia',
    level: 'commune',
    kind: 'ward',
    name: 'Đông Gia Nghĩa',
    parents: [{ parentId: 'lam-dong' }],
    counts: [],
  },
  {
    id: 'bon-bu-sir',
    level: 'village',
    kind: 'bon',
    name: 'Bu Sir',
    parents: [{ parentId: 'dak-nia' }],
    counts: [],
  },
  {
    id: 'thon-1',
    level: 'village',
    kind: 'thon',
    name: '1',
    parents: [
      { parentId: 'dak-nia', to: '2026-06-30' },
      { parentId: 'dong-gia-nghia', from: '2026-07-01' },
    ],
    counts: [],
  },
  {
    id: 'tdp-3',
    level: 'village',
    kind: 'toDanPho',
    name: '3',
    to: '2026-03-31',
    parents: [{ parentId: 'dong-gia-nghia' }],
    counts: [],
  },
];

const CODES = BUILT_IN_INDICATORS.map((indicator) => indicator.code);
const PLACE_IDS = PLACES.map((place) => place.id);

/** A catalogue: some built-in indicators (the derived ones with their bases). */
const catalogue: fc.Arbitrary<Indicator[]> = fc
  .subarray([...BUILT_IN_INDICATORS], { minLength: 1 })
  .map((some) => [...some]);

const periodId = fc.oneof(
  fc
    .tuple(fc.integer({ min: 2024, max: 2027 }), fc.integer({ min: 1, max: 12 }))
    .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
  fc.constantFrom('2026-Q4', '2026-H2', '2026', '2026-W48', '2026-13', '1899-10', '9999', ''),
);

const period = fc.oneof(
  fc.record({
    kind: fc.constant('month' as const),
    year: fc.integer({ min: 2024, max: 2027 }),
    index: fc.integer({ min: 1, max: 12 }),
  }),
  fc.record({
    kind: fc.constantFrom('quarter' as const, 'half' as const, 'year' as const, 'week' as const),
    year: fc.integer({ min: 1899, max: 2101 }),
    index: fc.integer({ min: 0, max: 5 }),
  }),
);

const quantity = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 5000 }), weight: 4 },
  { arbitrary: awkwardNumber, weight: 1 },
);

const dataValue: fc.Arbitrary<DataValue> = fc
  .record({
    indicator: fc.oneof(fc.constantFrom(...CODES), fc.constant('nowhere')),
    place: fc.oneof(fc.constantFrom(...PLACE_IDS), fc.constant('thon-9'), nfdText),
    period: periodId,
    numerator: quantity,
    denominator: fc.option(quantity, { nil: undefined }),
  })
  .map(({ denominator, ...rest }) => (denominator === undefined ? rest : { ...rest, denominator }));

const values = fc.array(dataValue, { maxLength: 30 });

/** Mostly well-formed values, so that the typed functions get past their entry checks. */
const goodValues: fc.Arbitrary<DataValue[]> = fc
  .array(
    fc.record({
      indicator: fc.constantFrom(...CODES),
      place: fc.constantFrom(...PLACE_IDS),
      period: fc
        .tuple(fc.integer({ min: 2025, max: 2026 }), fc.integer({ min: 1, max: 12 }))
        .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
      numerator: fc.integer({ min: 0, max: 100 }),
      denominator: fc.integer({ min: 100, max: 200 }),
    }),
    { maxLength: 40 },
  )
  .map((list) => list.map((value) => ({ ...value })));

const context = fc.record({ catalogue, places: fc.constant(PLACES) });

const target = fc.record({
  indicator: fc.constantFrom(...CODES),
  place: fc.option(fc.constantFrom(...PLACE_IDS), { nil: undefined }),
  by: fc.oneof(recentDate, fc.integer({ min: 1899, max: 2101 })),
  comparator: fc.constantFrom('>', '≥', '≤', '<', '>=', '='),
  value: awkwardNumber,
});

const parsedTargets = fc.constant([...BUILT_IN_TARGETS]);

/** CSV text: a written file, broken in the ways files come back from people and spreadsheets. */
const csvText: fc.Arbitrary<string> = fc
  .tuple(
    goodValues,
    fc.constantFrom<',' | ';'>(',', ';'),
    fc.array(
      fc.constantFrom(
        (t: string) => t.replace(/\r\n/gu, '\n'),
        (t: string) => t.replace('numerator', 'total'),
        (t: string) => t.replace(/,(\d+)\r\n/u, ',$1,5\r\n'),
        (t: string) => t.replace('\r\n', ',value\r\n'),
        (t: string) => t.replace('\r\n', '\r\n\r\n'),
        (t: string) => t.replace(',', ',"'),
        (t: string) => t.normalize('NFD'),
        (t: string) => t.replace('2026-', '2026-1'),
        (t: string) => t.replace('\uFEFF', ''),
        (t: string) => `${t}${'x,'.repeat(7)}\r\n`,
      ),
      { maxLength: 4 },
    ),
  )
  .map(([list, delimiter, edits]) =>
    edits.reduce((text, edit) => edit(text), toLongCsv(list, { delimiter })),
  );

const sheetText = fc.oneof(
  csvText.map((text) => text.replace('indicator', 'period')),
  fc.constantFrom(
    'period,place,name,peopleGuided.numerator (Số lượt)\n2026-10,bon-bu-sir,bon Bu Sir,12\n',
    'period;place;name;fibreHouseholds.numerator;fibreHouseholds.denominator\n2026-10;thon-1;;3;2\n',
    'period,place,name,nowhere.numerator,peopleGuided.total\n2026-10,,x,1,2\n',
  ),
  fc.string(),
);

/** Values as columns: codes into small lists (some naming nothing, some out of range). */
const columns = fc
  .record({
    size: fc.integer({ min: 0, max: 30 }),
    periods: fc.array(periodId, { minLength: 1, maxLength: 4 }),
    indicators: fc.subarray([...CODES, 'nowhere'], { minLength: 1 }),
    places: fc.subarray([...PLACE_IDS, 'thon-9'], { minLength: 1 }),
    denominator: fc.boolean(),
    seed: fc.integer({ min: 0, max: 1000 }),
  })
  .map(({ size, periods, indicators, places, denominator, seed }) => ({
    indicators,
    places,
    periods,
    indicator: Uint8Array.from({ length: size }, (_, k) => (seed + k) % indicators.length),
    place: Array.from({ length: size }, (_, k) => (seed * 7 + k) % places.length),
    period: Int32Array.from({ length: size }, (_, k) => (seed * 3 + k) % periods.length),
    numerator: Float64Array.from({ length: size }, (_, k) => (seed + k) % 101),
    ...(denominator ? { denominator: Float64Array.from({ length: size }, () => 100) } : {}),
  }));

const index = fc.tuple(goodValues, context).map(([list, ctx]) => indexDataValues(list, ctx));

const rollUpIndexOptions = fc.record(
  {
    period,
    asOf: recentDate,
    targets: parsedTargets,
    baseline: period,
    levels: fc.subarray(['province', 'district', 'commune', 'village'] as const),
  },
  { requiredKeys: ['period'] },
);

/** The fuzz specs of the indicators module's exports. */
/** DHIS2 options: the CODE scheme, or UIDs (some places unmapped), with hostile keys. */
const dhis2Options = fc.record(
  {
    idScheme: fc.constantFrom('UID' as const, 'CODE' as const),
    orgUnits: fc.dictionary(
      fc.constantFrom(...PLACE_IDS, 'toString', '__proto__'),
      fc.constantFrom('OuThon00001', 'x', ''),
    ),
    dataSet: fc.constantFrom('DataSet0001', 'TCNS'),
    completeDate: fc.constantFrom('2026-11-03', '2026-02-30'),
  },
  { requiredKeys: [] },
);

export const specs: Specs = {
  assessProgress: {
    args: args(
      fc.record(
        {
          target: fc.record({
            by: recentDate,
            comparator: fc.constantFrom('>', '≥', '≤', '<'),
            value: awkwardNumber,
          }),
          value: fc.option(awkwardNumber, { nil: null }),
          baseline: fc.record({ date: recentDate, value: awkwardNumber }),
          asOf: recentDate,
        },
        { requiredKeys: ['target', 'asOf'] },
      ),
    ),
  },
  entrySheet: {
    args: args(
      fc.record(
        {
          catalogue,
          places: fc.constant(PLACES),
          period,
          commune: fc.constantFrom('dak-nia', 'dong-gia-nghia', 'nowhere'),
          values: goodValues,
          delimiter: fc.constantFrom(',', ';', '|'),
        },
        { requiredKeys: ['catalogue', 'places', 'period'] },
      ),
    ),
  },
  createDataValueIndexer: { args: args(or(context)) },
  indexDataValueColumns: { args: args(or(columns), context) },
  indexDataValues: { args: args(or(goodValues), context) },
  meetsThreshold: {
    args: args(
      awkwardNumber,
      fc.record({ comparator: fc.constantFrom('>', '≥', '≤', '<', '='), value: awkwardNumber }),
    ),
  },
  parseCatalogue: {
    contract: 'reader',
    args: args(
      fc.array(
        or(fc.constantFrom(...BUILT_IN_INDICATORS).map((i) => ({ ...i, code: `${i.code}X` }))),
        { maxLength: 5 },
      ),
      fc.constant(BUILT_IN_INDICATORS),
    ),
  },
  parseDataValues: { contract: 'reader', args: args(values, context) },
  parseEntrySheet: { contract: 'reader', args: args(sheetText, context) },
  parseLongCsv: { contract: 'reader', args: args(or(csvText, 4), context) },
  parseTargets: {
    contract: 'reader',
    args: args(fc.array(or(target), { maxLength: 10 }), context),
  },
  rollUp: {
    args: args(
      goodValues,
      fc.tuple(context, rollUpIndexOptions).map(([ctx, options]) => ({ ...ctx, ...options })),
    ),
  },
  rollUpIndex: { args: args(index, rollUpIndexOptions) },
  selectTarget: {
    args: args(parsedTargets, fc.constantFrom(...CODES), fc.subarray(PLACE_IDS), recentDate),
  },
  toDhis2DataValueSet: {
    args: args(goodValues, dhis2Options),
  },
  toDhis2CompleteDataSetRegistrations: {
    args: args(
      goodValues,
      fc
        .tuple(dhis2Options, fc.constantFrom('DataSet0001', 'TCNS', ''))
        .map(([options, dataSet]) => ({ ...options, dataSet })),
    ),
  },
  parseDhis2DataValueSet: {
    contract: 'reader',
    args: args(
      or(goodValues.map((list) => toDhis2DataValueSet(list, { idScheme: 'CODE' }))),
      fc.tuple(context, dhis2Options).map(([ctx, options]) => ({ ...ctx, ...options })),
    ),
  },
  toDhis2Period: { args: args(or(fc.oneof(periodId, period))) },
  parseDhis2Period: {
    contract: 'reader',
    args: args(
      or(fc.constantFrom('202610', '2026W5', '2026W05', '2026S2', '2026Q4', '2026', '2026BiW1')),
    ),
  },
  toLongCsv: { args: args(goodValues, fc.record({ delimiter: fc.constantFrom(',', ';', '\t') })) },
};

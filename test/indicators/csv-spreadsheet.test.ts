import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { entrySheet, parseEntrySheet, parseLongCsv, toLongCsv } from '../../src/csv/index.js';
import { type DataValue, type Indicator, parseDataValues } from '../../src/index.js';
import { readPeriodCell } from '../../src/indicators/csv/periods.js';
import { readTextCell, writeTextCell } from '../../src/indicators/csv/spreadsheet.js';
import { writeCsv } from '../../src/indicators/csv/write.js';
import { FLOW, PLACES, place, SHARE } from './fixtures.js';

const hostile = ['=1+1', '+84 912', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd', '=HYPERLINK("x")'];
/** Names a village may have (cells are read trimmed, so no leading tab or line break). */
const names = hostile.filter((text) => text.trim() === text);
const places = [...PLACES, ...names.map((id) => place(id, 'village', 'dak-nia'))];
const catalogue: Indicator[] = [SHARE, FLOW];
const context = { catalogue, places };

/** The cells of a CSV text as a spreadsheet reads them (papaparse, without the mark). */
function cellsOf(csv: string, delimiter: ',' | ';' = ','): string[][] {
  const body = csv.slice(1, -2);
  return (Papa.parse(body, { delimiter, newline: '\r\n' }).data as string[][]).map((row) => row);
}

describe('CSV cells for spreadsheets', () => {
  it.each(hostile)('writes a formula-like text %j after an apostrophe', (text) => {
    const cell = writeTextCell(text, ',');
    expect(cell).toBe(`'${text}`);
    expect(readTextCell(cell, ',')).toBe(text);
  });

  it('keeps numbers, negative numbers and plain names as they are', () => {
    expect(writeCsv([[12, -12.5, '-3', 'thôn Đắk Tân', "Bu'Sir"]])).toBe(
      "\uFEFF12,-12.5,-3,thôn Đắk Tân,Bu'Sir\r\n",
    );
    expect(writeCsv([[12.5, -0.25]], ';')).toBe('\uFEFF"12,5";"-0,25"\r\n');
  });

  it('never writes NaN or the infinities', () => {
    expect(writeCsv([[Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1]])).toBe(
      '\uFEFF,,,1\r\n',
    );
  });

  it('marks text a spreadsheet turns into a date or another number', () => {
    for (const text of ['2026-10', '2026-10-01', '1/10/2026', 'Oct-26', '007', '1e5', '8:30']) {
      expect(writeTextCell(text, ',')).toBe(`'${text}`);
    }
    for (const text of ['2026', 'thôn 1', 'Q4', "'s-Hertogenbosch"]) {
      expect(writeTextCell(text, ',')).toBe(text);
    }
  });

  it('neutralises hostile names in every row the long CSV writes', () => {
    const values: DataValue[] = names.map((id) => ({
      indicator: 'flow',
      place: id,
      period: '2026-10',
      numerator: 3,
      reportedBy: '=cmd|" /C calc"!A0',
    }));
    const csv = toLongCsv(values);
    for (const row of cellsOf(csv).slice(1)) {
      for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/u);
    }
    expect(parseLongCsv(csv, context)._unsafeUnwrap()).toEqual(values);
  });

  it('writes entry sheets whose hostile names and periods read back', () => {
    const sheet = entrySheet({
      catalogue,
      places,
      period: { kind: 'month', year: 2026, index: 10 },
    });
    const rows = cellsOf(sheet).slice(1);
    expect(rows.every((row) => row[0] === "'2026-10")).toBe(true);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/u);
    expect(parseEntrySheet(sheet, context).isOk()).toBe(true);
  });
});

describe('periods as spreadsheets save them back', () => {
  it.each([
    ["'2026-10", '2026-10'],
    ['2026-10', '2026-10'],
    ['Oct-26', '2026-10'],
    ['oct-2026', '2026-10'],
    ['October 2026', '2026-10'],
    ['1-Oct-26', '2026-10'],
    ['10/1/2026', '2026-10'],
    ['1/10/2026', '2026-10'],
    ['01/10/2026', '2026-10'],
    ['01.10.26', '2026-10'],
    ['2026-10-01', '2026-10'],
    ['2026-10-01 00:00', '2026-10'],
    ['2026/10/01', '2026-10'],
    ['10/2026', '2026-10'],
    ['Thg10-26', '2026-10'],
    ['tháng 10/2026', '2026-10'],
    ['202610', '2026-10'],
    ['2026Q4', '2026-Q4'],
    ['2026S2', '2026-H2'],
    ['2026W5', '2026-W05'],
  ])('reads %j as %j', (cell, id) => {
    const text = readTextCell(cell, ',');
    expect(readPeriodCell(text)).toBe(id);
  });

  it('does not take a date other than the first of a month for a month', () => {
    expect(readPeriodCell('2026-10-15')).toBe('2026-10-15');
    expect(readPeriodCell('15/10/2026')).toBe('15/10/2026');
    expect(readPeriodCell('202613')).toBe('202613');
  });

  it.each([
    ["'2026-10", ','],
    ['Oct-26', ','],
    ['10/1/2026', ','],
    ['2026-10-01', ','],
    ['01/10/2026', ';'],
    ['Thg10-26', ';'],
  ] as const)('re-imports an entry sheet whose period Excel saved as %j', (period, delimiter) => {
    const sheet = [
      ['period', 'place', 'name', 'flow.numerator (Lượt)'].join(delimiter),
      [period, 'thon-1', 'thôn 1', '4'].join(delimiter),
    ].join('\r\n');
    expect(parseEntrySheet(sheet, context)._unsafeUnwrap()).toEqual([
      { indicator: 'flow', place: 'thon-1', period: '2026-10', numerator: 4 },
    ]);
  });

  it('re-imports a long CSV whose periods Excel turned into dates, in a semicolon file', () => {
    const csv =
      'indicator;place;period;quantity;value;;\r\n' +
      'share;thon-1;01/10/2026;numerator;1.234;;\r\n' +
      'share;thon-1;01/10/2026;denominator;2.000,5;;\r\n';
    expect(parseLongCsv(csv, context)._unsafeUnwrap()).toEqual([
      {
        indicator: 'share',
        place: 'thon-1',
        period: '2026-10',
        numerator: 1234,
        denominator: 2000.5,
      },
    ]);
  });
});

describe('number conventions', () => {
  it('reads a decimal point and grouped thousands in comma files', () => {
    const csv =
      'indicator,place,period,quantity,value\r\nflow,thon-1,2026-10,numerator,"1,234,567"\r\n';
    expect(parseLongCsv(csv, context)._unsafeUnwrap()[0]?.numerator).toBe(1234567);
  });

  it('refuses "1,234" in a comma file as ambiguous', () => {
    const csv =
      'indicator,place,period,quantity,value\r\nflow,thon-1,2026-10,numerator,"1,234"\r\n';
    expect(parseLongCsv(csv, context)._unsafeUnwrapErr()[0]?.path).toEqual([2, 'value']);
  });
});

describe('progress and asOf', () => {
  it('reports the reading and the checking of a long CSV', () => {
    const seen: string[] = [];
    const csv = toLongCsv([
      { indicator: 'flow', place: 'thon-1', period: '2026-10', numerator: 1 },
      { indicator: 'flow', place: 'thon-2', period: '2026-10', numerator: 2 },
    ]);
    parseLongCsv(csv, {
      ...context,
      onProgress: ({ stage, done, total }) => seen.push(`${stage} ${done}/${total}`),
    });
    expect(seen).toEqual(['reading 0/2', 'reading 2/2', 'checking 0/2', 'checking 2/2']);
  });

  it('refuses an onProgress that is not a function', () => {
    const result = parseLongCsv('indicator,place,period,quantity,value\r\n', {
      ...context,
      onProgress: 5 as never,
    });
    expect(result._unsafeUnwrapErr()[0]?.code).toBe('invalid_argument');
  });

  it('refuses a period that has not begun by asOf, at its line', () => {
    const csv = 'indicator,place,period,quantity,value\r\nflow,thon-1,2026-11,numerator,1\r\n';
    const problems = parseLongCsv(csv, { ...context, asOf: '2026-10-31' })._unsafeUnwrapErr();
    expect(problems.map((p) => [p.code, p.path])).toEqual([['future_period', [2, 'period']]]);
    expect(parseLongCsv(csv, { ...context, asOf: '2026-11-01' }).isOk()).toBe(true);
  });
});

describe('the CSV writer, for any text', () => {
  it('keeps a row of one empty cell as a row, not an empty line a reader skips', () => {
    for (const empty of ['', null, undefined, Number.NaN]) {
      const csv = writeCsv([['a'], [empty], ['b']]);
      expect(csv).toBe('\uFEFFa\r\n""\r\nb\r\n');
      expect(cellsOf(csv)).toEqual([['a'], [''], ['b']]);
    }
    expect(writeCsv([[]], ';')).toBe('\uFEFF""\r\n');
    expect(
      writeCsv([
        ['', ''],
        ['x', 'y'],
      ]),
    ).toBe('\uFEFF,\r\nx,y\r\n');
  });

  it('writes rows that a CSV reader parses back to the same rows and cells', () => {
    const cell = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 12 }),
      fc.constantFrom(...hostile, '2026-10', "'=x", '"', '\r\n', ',', ';', ' a ', '\uFEFFx'),
      fc.double(),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((width) =>
          fc.array(fc.array(cell, { minLength: width, maxLength: width }), {
            minLength: 1,
            maxLength: 6,
          }),
        ),
        fc.constantFrom(',' as const, ';' as const),
        (rows, delimiter) => {
          const csv = writeCsv(rows, delimiter);
          expect(csv.startsWith('\uFEFF')).toBe(true);
          expect(csv.endsWith('\r\n')).toBe(true);
          const parsed = cellsOf(csv, delimiter);
          expect(parsed).toHaveLength(rows.length);
          parsed.forEach((row, r) => {
            expect(row).toHaveLength(rows[r]?.length ?? 0);
            row.forEach((text, c) => {
              const written = rows[r]?.[c];
              if (typeof written === 'number') {
                expect(text === '' ? Number.NaN : Number(text.replace(',', '.'))).toBe(
                  Number.isFinite(written) ? written + 0 : Number.NaN,
                );
              } else {
                expect(text).not.toMatch(/^[=+@\t\r]/u);
                expect(readTextCell(text, delimiter)).toBe(written);
              }
            });
          });
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);
});

describe('asOf in every reader of data values', () => {
  it('refuses a period that has not begun, in values and entry sheets', () => {
    const value = { indicator: 'flow', place: 'thon-1', period: '2026-11', numerator: 1 };
    expect(
      parseDataValues([value], { ...context, asOf: '2026-10-31' })
        ._unsafeUnwrapErr()
        .map((p) => [p.code, p.path]),
    ).toEqual([['future_period', [0, 'period']]]);
    expect(parseDataValues([value], { ...context, asOf: '2026-11-01' }).isOk()).toBe(true);
    const sheet = 'period,place,name,flow.numerator\r\n2026-11,thon-1,thôn 1,1\r\n';
    expect(
      parseEntrySheet(sheet, { ...context, asOf: '2026-10-31' })
        ._unsafeUnwrapErr()
        .map((p) => [p.code, p.path]),
    ).toEqual([['future_period', [2, 'period']]]);
    expect(parseDataValues([value], { ...context, asOf: '2026-02-30' as never }).isErr()).toBe(
      true,
    );
  });
});

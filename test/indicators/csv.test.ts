import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entrySheet, parseEntrySheet, parseLongCsv, toLongCsv } from '../../src/csv/index.js';
import { type DataValue, type Indicator, toDhis2DataValueSet } from '../../src/index.js';
import { FLOW, PLACES, place, SHARE } from './fixtures.js';

const villages = ['thôn Đắk Tân', 'bon Bu Sir', 'tổ dân phố 3', 'thôn "Mới", số 1'];
const places = [...PLACES, ...villages.map((id) => place(id, 'village', 'dak-nia'))];
const catalogue: Indicator[] = [SHARE, FLOW];
const context = { catalogue, places };

const value: DataValue = {
  indicator: 'share',
  place: 'thôn Đắk Tân',
  period: '2026-10',
  numerator: 45,
  denominator: 50,
  reportedBy: 'Trần Thị Ánh; trưởng thôn',
  reportedAt: '2026-11-02T08:30:00+07:00',
};

describe('long CSV', () => {
  it('writes a byte-order mark, a header and one row per quantity', () => {
    expect(toLongCsv([value], { delimiter: ';' })).toBe(
      '\uFEFFindicator;place;period;quantity;value;reportedBy;reportedAt\r\n' +
        `share;thôn Đắk Tân;'2026-10;numerator;45;"Trần Thị Ánh; trưởng thôn";2026-11-02T08:30:00+07:00\r\n` +
        `share;thôn Đắk Tân;'2026-10;denominator;50;"Trần Thị Ánh; trưởng thôn";2026-11-02T08:30:00+07:00\r\n`,
    );
  });

  it('round-trips losslessly, with Vietnamese names, either delimiter and the BOM', () => {
    const arbitraryValue = fc
      .record({
        indicator: fc.constantFrom('share', 'flow'),
        place: fc.constantFrom(...villages, 'thon-1'),
        month: fc.integer({ min: 1, max: 12 }),
        den: fc.integer({ min: 0, max: 1_000_000 }),
        share: fc.double({ min: 0, max: 1, noNaN: true }),
        reportedBy: fc.option(fc.constantFrom('Nguyễn Văn Ấn', 'Lê "Bé"', 'Y Bih Niê, tổ viên')),
      })
      .map((r): DataValue => {
        const base = {
          indicator: r.indicator,
          place: r.place,
          period: `2025-${String(r.month).padStart(2, '0')}`,
          ...(r.reportedBy === null ? {} : { reportedBy: r.reportedBy }),
        };
        return r.indicator === 'share'
          ? { ...base, numerator: r.den * r.share, denominator: r.den }
          : { ...base, numerator: r.den };
      });
    fc.assert(
      fc.property(
        fc.uniqueArray(arbitraryValue, {
          selector: (x) => `${x.indicator}/${x.place}/${x.period}`,
          maxLength: 20,
        }),
        fc.constantFrom<',' | ';'>(',', ';'),
        (values, delimiter) => {
          const csv = toLongCsv(values, { delimiter });
          expect(csv.startsWith('\uFEFF')).toBe(true);
          expect(parseLongCsv(csv, context)._unsafeUnwrap()).toEqual(values);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('reads decomposed text and a comma decimal in semicolon files', () => {
    const place = 'thôn Đắk Tân'.normalize('NFD');
    const csv = `indicator;place;period;quantity;value\nshare;${place};2026-10;numerator;2,5\nshare;${place};2026-10;denominator;10\n`;
    expect(parseLongCsv(csv, context)._unsafeUnwrap()).toEqual([
      {
        indicator: 'share',
        place: 'thôn Đắk Tân',
        period: '2026-10',
        numerator: 2.5,
        denominator: 10,
      },
    ]);
  });

  it('reports every problem with its line and column', () => {
    const csv = [
      'indicator,place,period,quantity,value',
      'share,thon-1,2026-10,numerator,5',
      'share,thon-1,2026-10,numerator,6',
      'flow,thon-1,2026-10,total,1',
      'flow,thon-2,2026-10,numerator,abc',
      '"flow","thon-2","2026-11","numerator","3',
    ].join('\n');
    const problems = parseLongCsv(csv, context)._unsafeUnwrapErr();
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['duplicate_quantity', [3, 'quantity']],
      ['invalid_quantity', [4, 'quantity']],
      ['invalid_number', [5, 'value']],
      ['csv_syntax', [6]],
    ]);
    expect(problems[0]?.message.vi).toMatch(/^Dòng 3, cột "quantity": /u);
    expect(problems[0]?.message.en).toMatch(/^Line 3, column "quantity": /u);
    expect(problems[3]?.message.vi).toMatch(/^Dòng 6: /u);
  });

  it('maps value problems back to lines, counting line breaks inside quotes', () => {
    const csv = [
      'indicator,place,period,quantity,value,reportedBy',
      'share,thon-1,2026-10,numerator,5,"Trưởng thôn',
      'thôn 1"',
      'share,thon-1,2026-10,denominator,4,',
      'flow,nowhere,2026-10,numerator,1,',
      'share,thon-2,2026-10,numerator,1,',
    ].join('\r\n');
    expect(
      parseLongCsv(csv, context)
        ._unsafeUnwrapErr()
        .map((p) => [p.code, p.path]),
    ).toEqual([
      ['numerator_above_denominator', [2, 'value']],
      ['unknown_place', [5, 'place']],
      ['missing_denominator', [6, 'quantity']],
    ]);
  });

  it('checks the header', () => {
    expect(
      parseLongCsv('indicator,place,period,value,colour\n', context)
        ._unsafeUnwrapErr()
        .map((p) => [p.code, p.path]),
    ).toEqual([
      ['unknown_column', [1, 'colour']],
      ['missing_column', [1, 'quantity']],
    ]);
  });

  it('reports duplicates against held values at the line', () => {
    const csv = toLongCsv([value]);
    expect(
      parseLongCsv(csv, { ...context, existing: [value] })
        ._unsafeUnwrapErr()
        .map((p) => [p.code, p.path]),
    ).toEqual([['duplicate_value', [2, 'place']]]);
  });
});

describe('entry sheet', () => {
  const period = { kind: 'month', year: 2026, index: 10 } as const;

  it('has one row per village of the commune and one column per quantity', () => {
    const sheet = entrySheet({
      catalogue: [...catalogue, { ...FLOW, code: 'yearly', periodKind: 'year' }],
      places: [...places, place('xa-khac', 'commune'), place('thon-x', 'village', 'xa-khac')],
      period,
      commune: 'dak-nia',
    });
    const lines = sheet.split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFperiod,place,name,share.numerator (Tử),share.denominator (Mẫu),flow.numerator (Lượt)',
    );
    expect(lines[1]).toBe("'2026-10,thon-1,thôn thon-1,,,");
    expect(lines).toHaveLength(3 + villages.length + 1 + 1);
  });

  it('imports back what it exports, filled', () => {
    const values: DataValue[] = [
      { indicator: 'share', place: 'thon-1', period: '2026-10', numerator: 45.5, denominator: 50 },
      { indicator: 'flow', place: 'thon-1', period: '2026-10', numerator: 7 },
      { indicator: 'flow', place: 'thôn "Mới", số 1', period: '2026-10', numerator: 1234 },
    ];
    const sheet = entrySheet({ catalogue, places, period, values, delimiter: ';' });
    expect(parseEntrySheet(sheet, context)._unsafeUnwrap()).toEqual(values);
    expect(
      parseEntrySheet(sheet, {
        ...context,
        reportedBy: 'Trưởng thôn',
        reportedAt: '2026-11-01T07:00:00+07:00',
      })._unsafeUnwrap()[0],
    ).toMatchObject({ reportedBy: 'Trưởng thôn', reportedAt: '2026-11-01T07:00:00+07:00' });
  });

  it('leaves out villages that did not exist, fills only the period, refuses short rows', () => {
    const gone = place('thon-cu', 'village', 'dak-nia', { to: '2026-09-30' });
    const later = place('thon-moi', 'village', 'dak-nia', { from: '2026-11-01' });
    const sheet = entrySheet({
      catalogue: [FLOW],
      places: [PLACES[1], PLACES[2], gone, later].filter((p) => p !== undefined),
      period,
      commune: 'dak-nia',
      values: [
        { indicator: 'flow', place: 'thon-1', period: '2026-10', numerator: 4 },
        { indicator: 'flow', place: 'thon-1', period: '2026-11', numerator: 5 },
      ],
    });
    expect(sheet.split('\r\n').slice(1)).toEqual(["'2026-10,thon-1,thôn thon-1,4", '']);
    expect(
      parseEntrySheet('period,place,name,flow.numerator\n2026-10,thon-1\n', context)
        ._unsafeUnwrapErr()
        .map((p) => [p.code, p.path]),
    ).toEqual([['wrong_field_count', [2]]]);
    expect(
      parseEntrySheet(
        'period,place,name,flow.numerator\n2026-10,thon-1,,\n',
        context,
      )._unsafeUnwrap(),
    ).toEqual([]);
  });

  it('reports problems at line and column', () => {
    const sheet = [
      'period,place,name,share.numerator (Tử),share.denominator (Mẫu),flow.numerator',
      '2026-10,thon-1,thôn 1,5,,x',
      '2026-10,thon-2,thôn 2,5,4,1',
    ].join('\n');
    expect(
      parseEntrySheet(sheet, context)
        ._unsafeUnwrapErr()
        .map((p) => [p.code, p.path]),
    ).toEqual([
      ['invalid_number', [2, 'flow.numerator']],
      ['missing_denominator', [2, 'share.denominator (Mẫu)']],
      ['numerator_above_denominator', [3, 'share.numerator (Tử)']],
    ]);
    const fixed = sheet.replace(',x', ',1');
    expect(
      parseEntrySheet(fixed, context)
        ._unsafeUnwrapErr()
        .map((p) => [p.code, p.path]),
    ).toEqual([
      ['missing_denominator', [2, 'share.denominator (Mẫu)']],
      ['numerator_above_denominator', [3, 'share.numerator (Tử)']],
    ]);
    expect(
      parseEntrySheet('place,period,name,share.total\n', context)
        ._unsafeUnwrapErr()
        .map((p) => [p.code, p.path]),
    ).toEqual([
      ['missing_column', [1, 'period']],
      ['missing_column', [1, 'place']],
      ['unknown_column', [1, 'share.total']],
    ]);
  });
});

describe('DHIS2 dataValueSet', () => {
  it('writes one data value per quantity with DHIS2 periods and mapped ids', () => {
    const set = toDhis2DataValueSet(
      [
        value,
        { indicator: 'flow', place: 'thon-1', period: '2026-H2', numerator: 3 },
        { indicator: 'flow', place: 'thon-1', period: '2026-Q4', numerator: 3 },
        { indicator: 'flow', place: 'thon-1', period: '2026', numerator: 3 },
      ],
      {
        dataElements: { 'share.numerator': 'deNum' },
        orgUnits: { 'thôn Đắk Tân': 'ouTan' },
        idScheme: 'CODE',
      },
    );
    const reportedBy = { storedBy: 'Trần Thị Ánh; trưởng thôn' };
    expect(set.idScheme).toBe('CODE');
    expect(set.dataValues).toEqual([
      { dataElement: 'deNum', period: '202610', orgUnit: 'ouTan', value: '45', ...reportedBy },
      {
        dataElement: 'share.denominator',
        period: '202610',
        orgUnit: 'ouTan',
        value: '50',
        ...reportedBy,
      },
      { dataElement: 'flow.numerator', period: '2026S2', orgUnit: 'thon-1', value: '3' },
      { dataElement: 'flow.numerator', period: '2026Q4', orgUnit: 'thon-1', value: '3' },
      { dataElement: 'flow.numerator', period: '2026', orgUnit: 'thon-1', value: '3' },
    ]);
  });
});

describe('parseLongCsv: numbers in ";" files, all problems at once, bad input', () => {
  const header = 'indicator;place;period;quantity;value';
  const codes = (text: string) =>
    parseLongCsv(text, context)
      ._unsafeUnwrapErr()
      .map((p) => [p.code, p.path]);

  it('reads "." as a thousands separator and "," as the decimal mark', () => {
    const text = `${header}\nflow;thon-1;2026-10;numerator;1.234\nshare;thon-1;2026-10;numerator;1.234,5\nshare;thon-1;2026-10;denominator;2.000.000`;
    expect(parseLongCsv(text, context)._unsafeUnwrap()).toEqual([
      { indicator: 'flow', place: 'thon-1', period: '2026-10', numerator: 1234 },
      {
        indicator: 'share',
        place: 'thon-1',
        period: '2026-10',
        numerator: 1234.5,
        denominator: 2000000,
      },
    ]);
  });

  it('rejects a "." that does not group thousands, and fractional counts', () => {
    expect(codes(`${header}\nflow;thon-1;2026-10;numerator;1.5`)).toEqual([
      ['invalid_number', [2, 'value']],
    ]);
    expect(codes(`${header}\nflow;thon-1;2026-10;numerator;90,5`)).toEqual([
      ['not_integer', [2, 'value']],
    ]);
  });

  it('reports reading problems and data problems of other rows together', () => {
    const text = `${header}\nflow;thon-1;2026-10;numerator;abc\nflow;nowhere;2026-10;numerator;1\nflow;thon-2;2026-10;size;1`;
    expect(codes(text)).toEqual([
      ['invalid_number', [2, 'value']],
      ['unknown_place', [3, 'place']],
      ['invalid_quantity', [4, 'quantity']],
    ]);
  });

  it('returns typed errors for input that is not CSV text or is empty', () => {
    const notText = parseLongCsv(undefined as never, context)._unsafeUnwrapErr();
    expect(notText.map((p) => [p.code, p.path])).toEqual([['invalid_type', []]]);
    expect(notText[0]?.message.vi && notText[0]?.message.en).toBeTruthy();
    expect(codes('').map(([code]) => code)).toEqual(Array(5).fill('missing_column'));
  });
});

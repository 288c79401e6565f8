import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CsvProblem, parseEntrySheet, parseLongCsv, toLongCsv } from '../../src/csv/index.js';
import { BUILT_IN_INDICATORS, type DataValue, type Indicator } from '../../src/index.js';
import { FLOW, PLACES, place, SHARE } from './fixtures.js';

const DERIVED = BUILT_IN_INDICATORS.find((i) => i.villagesMeeting !== undefined) as Indicator;
const BASE = BUILT_IN_INDICATORS.find(
  (i) => i.code === DERIVED.villagesMeeting?.indicator,
) as Indicator;
const catalogue: Indicator[] = [SHARE, FLOW, BASE, DERIVED];
const places = [
  ...PLACES.map((p) =>
    p.id === 'dak-nia' ? { ...p, name: 'Đắk Nia' } : p.id === 'thon-1' ? { ...p, name: '1' } : p,
  ),
  place('thôn Đắk Tân', 'village', 'dak-nia'),
];
const context = { catalogue, places };
const LONG = 'indicator,place,period,quantity,value';

const codes = (problems: readonly CsvProblem[]) => problems.map((p) => [p.code, p.path]);
const longProblems = (text: string) => codes(parseLongCsv(text, context)._unsafeUnwrapErr());

/** The 1-based line of the first line of `text` that contains `marker`, as an editor numbers it. */
function editorLine(text: string, marker: string): number {
  return text.split(/\r\n|\r|\n/u).findIndex((line) => line.includes(marker)) + 1;
}

describe('CSV rows with a cell too many or too few (issue 9)', () => {
  it('refuses a Vietnamese "12,5" in a comma file instead of reading 12, and says why', () => {
    const text = `${LONG}\nflow,thon-1,2026-10,numerator,12,5\n`;
    const problems = parseLongCsv(text, context)._unsafeUnwrapErr();
    expect(codes(problems)).toEqual([['wrong_field_count', [2]]]);
    expect(problems[0]?.params).toMatchObject({ line: 2, expected: 5, received: 6 });
    expect(problems[0]?.message.vi).toContain('"12,5"');
    expect(problems[0]?.message.vi).toMatch(/^Dòng 2 có 6 ô nhưng dòng tiêu đề có 5 cột/u);
    expect(problems[0]?.message.en).toContain('write a point (12.5)');
  });

  it('reads "12,5" as 12.5 in a semicolon file', () => {
    const text = `indicator;place;period;quantity;value\nshare;thon-1;2026-10;numerator;12,5\nshare;thon-1;2026-10;denominator;20\n`;
    expect(parseLongCsv(text, context)._unsafeUnwrap()[0]?.numerator).toBe(12.5);
  });

  it('refuses rows with a cell too few, and reports the other rows of the file too', () => {
    const text = `${LONG}\nflow,thon-1,2026-10,numerator\nflow,nowhere,2026-11,numerator,3\n`;
    expect(longProblems(text)).toEqual([
      ['wrong_field_count', [2]],
      ['unknown_place', [3, 'place']],
    ]);
  });

  it('does not report the other half of a value whose row was refused', () => {
    const text = `${LONG}\nshare,thon-1,2026-10,numerator,12,5\nshare,thon-1,2026-10,denominator,20\n`;
    expect(longProblems(text)).toEqual([['wrong_field_count', [2]]]);
  });

  it('names a value whose numerator line is missing', () => {
    const text = `${LONG}\nshare,thon-1,2026-10,denominator,20\n`;
    const [problem] = parseLongCsv(text, context)._unsafeUnwrapErr();
    expect(problem?.code).toBe('missing_quantity');
    expect(problem?.message.vi).toContain('Thôn 1 (thon-1)');
  });
});

describe('CSV headers (issue 9)', () => {
  it('refuses a column named twice in a long file', () => {
    expect(longProblems(`${LONG},value\nflow,thon-1,2026-10,numerator,1,2\n`)).toEqual([
      ['duplicate_column', [1, 'value']],
    ]);
  });

  it('refuses a column named twice in an entry sheet, even with different names after the code', () => {
    const sheet =
      'period,place,name,flow.numerator (Lượt),flow.numerator (Lần)\n2026-10,thon-1,x,1,2\n';
    expect(codes(parseEntrySheet(sheet, context)._unsafeUnwrapErr())).toEqual([
      ['duplicate_column', [1, 'flow.numerator (Lần)']],
    ]);
  });

  it('checks the indicator of each column of an entry sheet once, at the header', () => {
    const sheet = [
      `period,place,name,nowhere.numerator,${DERIVED.code}.numerator,share.numerator,flow.numerator,flow.denominator`,
      '2026-10,thon-1,x,1,1,1,1,1',
      '2026-10,thon-2,x,1,1,1,1,1',
    ].join('\n');
    expect(codes(parseEntrySheet(sheet, context)._unsafeUnwrapErr())).toEqual([
      ['unknown_indicator', [1, 'nowhere.numerator']],
      ['derived_indicator', [1, `${DERIVED.code}.numerator`]],
      ['missing_column', [1, 'share.denominator']],
      ['unexpected_denominator', [1, 'flow.denominator']],
    ]);
  });

  it('asks for the numerator when only the denominator of a row is filled', () => {
    const sheet = 'period,place,name,share.numerator,share.denominator\n2026-10,thon-1,x,,20\n';
    const [problem] = parseEntrySheet(sheet, context)._unsafeUnwrapErr();
    expect([problem?.code, problem?.path]).toEqual(['empty_cell', [2, 'share.numerator']]);
  });
});

describe('CSV problems name the line, the column, what was expected and the cell (issue 10)', () => {
  it('says where and what for a bad period instead of "0.period" has the wrong format', () => {
    const text = `${LONG}\nflow,thon-1,2026-13,numerator,1\n`;
    const [problem] = parseLongCsv(text, context)._unsafeUnwrapErr();
    expect(problem?.code).toBe('invalid_period');
    expect(problem?.path).toEqual([2, 'period']);
    expect(problem?.message.vi).toMatch(/^Dòng 2, cột "period": Kỳ "2026-13" không hợp lệ/u);
    expect(problem?.message.vi).toContain('2026-10 (tháng)');
    expect(problem?.message.vi).not.toMatch(/regex|format|invalid/u);
    expect(problem?.params).toMatchObject({ line: 2, column: 'period', cell: '"2026-13"' });
  });

  it('says what number is expected, by the delimiter of the file', () => {
    const comma = parseLongCsv(`${LONG}\nflow,thon-1,2026-10,numerator,mười\n`, context);
    expect(comma._unsafeUnwrapErr()[0]?.message.vi).toBe(
      'Dòng 2, cột "value": "mười" không phải số; cần một số, dấu thập phân là dấu chấm trong tệp dùng dấu phẩy (ví dụ 12, 12.5 hoặc 1,234.5).',
    );
    const semicolon = parseLongCsv(
      'indicator;place;period;quantity;value\nflow;thon-1;2026-10;numerator;1.5\n',
      context,
    );
    expect(semicolon._unsafeUnwrapErr()[0]?.message.vi).toContain(
      'dấu thập phân là dấu phẩy trong tệp dùng dấu chấm phẩy',
    );
  });

  it('names indicators by their Vietnamese names and places by their written names', () => {
    const text = `${LONG}\nshare,dak-nia,2026-10,numerator,1\nshare,dak-nia,2026-10,denominator,2\n`;
    const [problem] = parseLongCsv(text, context)._unsafeUnwrapErr();
    expect(problem?.code).toBe('wrong_place_level');
    expect(problem?.path).toEqual([2, 'place']);
    expect(problem?.message.vi).toBe(
      'Dòng 2, cột "place": Tỷ lệ (share) được báo cáo ở cấp thôn (thôn, bon, tổ dân phố …), nhưng xã Đắk Nia (dak-nia) thuộc cấp xã (xã, phường, đặc khu).',
    );
  });

  it('quotes at most 60 characters of a cell', () => {
    const long = 'x'.repeat(10_000);
    const [problem] = parseLongCsv(
      `${LONG}\nflow,thon-1,2026-10,numerator,${long}\n`,
      context,
    )._unsafeUnwrapErr();
    expect(problem?.message.vi.length).toBeLessThan(300);
    expect((problem?.params as { cell: string } | undefined)?.cell.length).toBeLessThanOrEqual(61);
  });

  it('numbers lines as an editor does: blank lines, CRLF, lone CR, a BOM and quoted line breaks', () => {
    const text = [
      '\uFEFFindicator,place,period,quantity,value,reportedBy',
      '',
      'flow,thon-1,2026-10,numerator,1,"Trưởng thôn',
      'thôn 1"',
      '',
      'flow,thon-1,2026-11,numerator,1,x\rflow,thon-1,2026-12,numerator,BAD,x',
    ].join('\r\n');
    const [problem] = parseLongCsv(text, context)._unsafeUnwrapErr();
    expect(problem?.path).toEqual([editorLine(text, 'BAD'), 'value']);
  });

  it('holds for every problem of any broken file', () => {
    const value = fc.record({
      indicator: fc.constantFrom('share', 'flow', 'nowhere'),
      place: fc.constantFrom('thon-1', 'thon-2', 'dak-nia', 'thon-9'),
      period: fc.constantFrom('2026-10', '2026-11', '2026-Q4', '2026-13'),
      numerator: fc.integer({ min: -5, max: 300 }),
    });
    const edit = fc.constantFrom(
      (t: string) => t.replace(/,(\d+),/u, ',$1,5,'),
      (t: string) => t.replace('numerator', 'total'),
      (t: string) => t.replace('\r\n', '\r\n\r\n'),
      (t: string) => t.replace('value', 'value,value'),
      (t: string) => t.replace(/,(\d+),/u, ',abc,'),
    );
    fc.assert(
      fc.property(
        fc.array(value, { maxLength: 12 }),
        fc.array(edit, { maxLength: 3 }),
        (list, edits) => {
          const rows = list.map(
            (v) => `${v.indicator},${v.place},${v.period},numerator,${v.numerator}`,
          );
          const text = edits.reduce((t, e) => e(t), [LONG, ...rows].join('\r\n'));
          const result = parseLongCsv(text, context);
          if (result.isOk()) return;
          for (const problem of result.error) {
            const [line, column] = problem.path;
            expect(typeof line).toBe('number');
            expect(problem.message.vi).toMatch(new RegExp(`^Dòng ${line}\\b`, 'u'));
            expect(problem.message.en).toMatch(new RegExp(`^Line ${line}\\b`, 'u'));
            if (column !== undefined) {
              expect(problem.message.vi).toContain(`cột "${column}"`);
              expect(problem.message.en).toContain(`column "${column}"`);
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('CSV readers take any value and report every problem at once (issue 9)', () => {
  it('never throw, whatever the text or the options', () => {
    const text = fc.oneof(
      fc.anything({ withBigInt: true, withNullPrototype: true }),
      fc.string(),
      fc.string({ unit: fc.constantFrom('"', ',', ';', '\n', '\r', 'a', '1', '.') }),
    );
    fc.assert(
      fc.property(text, fc.oneof(fc.constant(context), fc.anything()), (input, options) => {
        for (const read of [parseLongCsv, parseEntrySheet]) {
          const result = read(input, options as never);
          if (result.isErr()) {
            expect(result.error.length).toBeGreaterThan(0);
            for (const p of result.error) {
              expect(p.code).not.toBe('');
              expect(Array.isArray(p.path)).toBe(true);
              expect(p.message.vi).not.toBe('');
              expect(p.message.en).not.toBe('');
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('return options that are not a catalogue and places as an invalid_argument problem', () => {
    expect(parseLongCsv(LONG, { catalogue: 5, places } as never)._unsafeUnwrapErr()).toEqual([
      expect.objectContaining({ code: 'invalid_argument', path: ['options.catalogue'] }),
    ]);
    expect(
      parseEntrySheet('period,place,name', {
        ...context,
        reportedAt: 'hôm qua',
      })._unsafeUnwrapErr()[0]?.code,
    ).toBe('invalid_argument');
  });

  it('report the header, the rows and the values together, in line order', () => {
    const text = [
      `${LONG},colour`,
      'flow,thon-9,2026-10,numerator,1,red',
      'flow,thon-1,2026-10,numerator,x,red',
      '"flow,thon-1',
    ].join('\n');
    expect(longProblems(text)).toEqual([
      ['unknown_column', [1, 'colour']],
      ['unknown_place', [2, 'place']],
      ['invalid_number', [3, 'value']],
      ['csv_syntax', [4]],
    ]);
  });

  it('stop listing at 100 problems and say how many more there were', () => {
    const rows = Array.from({ length: 150 }, (_, i) => `flow,thon-1,2026-10,numerator,x${i}`);
    const problems = parseLongCsv([LONG, ...rows].join('\n'), context)._unsafeUnwrapErr();
    expect(problems).toHaveLength(101);
    expect(problems.at(-1)?.code).toBe('too_many_problems');
    expect(problems.at(-1)?.params).toEqual({ shown: 100, more: 50 });
  });

  it('give the same result for text typed decomposed (NFD) and composed (NFC)', () => {
    const value = fc.record({
      indicator: fc.constantFrom('share', 'flow'),
      place: fc.constantFrom('thôn Đắk Tân', 'thon-1', 'thôn Mới'),
      period: fc.constantFrom('2026-10', '2026-11'),
      numerator: fc.integer({ min: 0, max: 50 }),
      denominator: fc.integer({ min: 50, max: 60 }),
    });
    fc.assert(
      fc.property(fc.array(value, { maxLength: 8 }), (list) => {
        const text = toLongCsv(
          list.map((v) =>
            v.indicator === 'flow' ? { ...v, denominator: undefined } : v,
          ) as DataValue[],
        );
        const composed = parseLongCsv(text, context);
        const decomposed = parseLongCsv(text.normalize('NFD'), context);
        expect(decomposed).toEqual(composed);
      }),
      { numRuns: 60 },
    );
  });
});

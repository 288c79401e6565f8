import type { Result } from 'neverthrow';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type CsvCellProblem,
  type CsvProblem,
  type ParseEntrySheetOptions,
  parseEntrySheet,
  parseLongCsv,
  type ToLongCsvOptions,
  toLongCsv,
} from '../../src/csv/index.js';
import {
  type Comparator,
  type DataValue,
  type DataValueIndex,
  type IndexDataValuesOptions,
  type Indicator,
  type IndicatorResult,
  indexDataValues,
  type ParseDataValuesOptions,
  type ParseTargetsOptions,
  type Problem,
  type ProgressStatus,
  parseDataValues,
  parseTargets,
  type RollUpIndexOptions,
  type RollUpOptions,
  rollUp,
  rollUpIndex,
  type Target,
  type TimeAggregation,
  type ToDhis2DataValueSetOptions,
  toDhis2DataValueSet,
} from '../../src/index.js';

describe('indicator types', () => {
  it('keeps the comparators and aggregations closed', () => {
    expectTypeOf<Comparator>().toEqualTypeOf<'>' | '≥' | '≤' | '<'>();
    expectTypeOf<TimeAggregation>().toEqualTypeOf<'sum' | 'last' | 'max' | 'average'>();
    expectTypeOf<ProgressStatus>().toEqualTypeOf<'met' | 'onTrack' | 'behind' | 'noData'>();
    expectTypeOf<Target['by']>().toEqualTypeOf<`${number}-${number}-${number}`>();
    expectTypeOf<Indicator['collectedAt']>().toEqualTypeOf<'village' | 'commune'>();
  });

  it('types data values and results', () => {
    expectTypeOf<DataValue['denominator']>().toEqualTypeOf<number | undefined>();
    expectTypeOf(rollUp).returns.toEqualTypeOf<IndicatorResult[]>();
    expectTypeOf<IndicatorResult['value']>().toEqualTypeOf<number | null>();
    expectTypeOf<IndicatorResult['status']>().toEqualTypeOf<ProgressStatus | null>();
    expectTypeOf(parseLongCsv).returns.toEqualTypeOf<Result<DataValue[], CsvProblem[]>>();
    expectTypeOf(parseDataValues).returns.toMatchTypeOf<Result<DataValue[], unknown[]>>();
  });
});

describe('indicator problem and option types', () => {
  it('gives every problem code its parameters', () => {
    expectTypeOf<Problem<'unknown_indicator'>['params']>().toEqualTypeOf<{ indicatorId: string }>();
    expectTypeOf<NonNullable<Problem<'invalid_number'>['params']>>().toMatchTypeOf<{
      line: number;
      column: string;
      cell: string;
      delimiter: ',' | ';';
    }>();
    expectTypeOf<NonNullable<Problem<'wrong_field_count'>['params']>['decimal']>().toEqualTypeOf<
      string | null
    >();
  });

  it('narrows a CSV problem by its code, with the cell of data-value problems', () => {
    const show = (problem: CsvProblem): string => {
      if (problem.code === 'unknown_place') {
        expectTypeOf(problem.params).toMatchTypeOf<
          { placeId: string; line: number; column: string; cell: string } | undefined
        >();
        return problem.params?.placeId ?? '';
      }
      if (problem.code === 'invalid_quantity') return problem.params?.cell ?? '';
      return problem.code;
    };
    expectTypeOf(show).returns.toEqualTypeOf<string>();
    expectTypeOf<CsvCellProblem<'not_integer'>['params']>().toMatchTypeOf<
      { value: number; line: number } | undefined
    >();
  });

  it('keeps the index opaque and names options after their functions', () => {
    expectTypeOf<keyof DataValueIndex>().toMatchTypeOf<'size' | symbol>();
    expectTypeOf<DataValueIndex['size']>().toEqualTypeOf<number>();
    expectTypeOf(indexDataValues).parameter(1).toEqualTypeOf<IndexDataValuesOptions>();
    expectTypeOf(rollUpIndex).parameter(1).toEqualTypeOf<RollUpIndexOptions>();
    expectTypeOf(rollUp).parameter(1).toEqualTypeOf<RollUpOptions>();
    expectTypeOf<RollUpOptions>().toMatchTypeOf<IndexDataValuesOptions & RollUpIndexOptions>();
    expectTypeOf(parseDataValues).parameter(1).toEqualTypeOf<ParseDataValuesOptions>();
    expectTypeOf(parseLongCsv).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(parseEntrySheet).parameter(1).toEqualTypeOf<ParseEntrySheetOptions>();
    expectTypeOf(toLongCsv).parameter(1).toEqualTypeOf<ToLongCsvOptions | undefined>();
    expectTypeOf(toDhis2DataValueSet)
      .parameter(1)
      .toEqualTypeOf<ToDhis2DataValueSetOptions | undefined>();
    expectTypeOf(parseTargets).parameter(1).toEqualTypeOf<ParseTargetsOptions | undefined>();
  });
});

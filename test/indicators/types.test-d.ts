import type { Result } from 'neverthrow';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type Comparator,
  type CsvProblem,
  type DataValue,
  type Indicator,
  type IndicatorResult,
  type ProgressStatus,
  parseDataValues,
  parseLongCsv,
  rollUp,
  type Target,
  type TimeAggregation,
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

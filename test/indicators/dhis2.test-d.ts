import type { Result } from 'neverthrow';
import { describe, expectTypeOf, it } from 'vitest';
import type { CsvProgress, ParseLongCsvOptions } from '../../src/csv/index.js';
import {
  type DataValue,
  type Dhis2DataValueSet,
  type Dhis2PeriodFault,
  type ParseDhis2DataValueSetProblem,
  type Period,
  type Problem,
  parseDhis2DataValueSet,
  parseDhis2Period,
  toDhis2CompleteDataSetRegistrations,
  toDhis2DataValueSet,
} from '../../src/index.js';

describe('DHIS2 exchange types', () => {
  it('types the payloads, the problems and their parameters', () => {
    expectTypeOf(toDhis2DataValueSet).returns.toEqualTypeOf<Dhis2DataValueSet>();
    expectTypeOf<Dhis2DataValueSet['dataValues'][number]['categoryOptionCombo']>().toEqualTypeOf<
      string | undefined
    >();
    expectTypeOf(toDhis2CompleteDataSetRegistrations)
      .returns.toHaveProperty('completeDataSetRegistrations')
      .items.toHaveProperty('organisationUnit')
      .toEqualTypeOf<string>();
    expectTypeOf(parseDhis2DataValueSet).returns.toEqualTypeOf<
      Result<DataValue[], ParseDhis2DataValueSetProblem[]>
    >();
    expectTypeOf(parseDhis2Period).returns.toEqualTypeOf<
      Result<Period, Problem<'invalid_dhis2_period'>>
    >();
    expectTypeOf<
      NonNullable<Problem<'invalid_dhis2_period'>['params']>['fault']
    >().toEqualTypeOf<Dhis2PeriodFault>();
  });

  it('takes a progress callback of CsvProgress in parseLongCsv', () => {
    expectTypeOf<ParseLongCsvOptions['onProgress']>().toEqualTypeOf<
      ((progress: CsvProgress) => void) | undefined
    >();
  });
});

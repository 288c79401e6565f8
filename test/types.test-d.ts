import type { Result } from 'neverthrow';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type InputProblem,
  type IsoDate,
  type Label,
  LabelSchema,
  type Period,
  type PeriodError,
  type Place,
  PlaceSchema,
  type Problem,
  parseIsoDate,
  parseJsonText,
  parsePeriod,
  parseWithSchema,
  replayTaskEvents,
  type TaskReplay,
  type TaskTransitionProblem,
} from '../src/index.js';

describe('public types', () => {
  it('Label is exactly { vi, en }', () => {
    expectTypeOf<Label>().toEqualTypeOf<{ vi: string; en: string }>();
    expectTypeOf(LabelSchema.parse({ vi: 'a', en: 'b' })).toEqualTypeOf<Label>();
  });

  it('IsoDate accepts date literals and rejects other strings', () => {
    expectTypeOf<'2022-07-27'>().toExtend<IsoDate>();
    expectTypeOf<'27/7/2022'>().not.toExtend<IsoDate>();
  });

  it('fallible functions return Results with Problem-shaped errors', () => {
    expectTypeOf(parsePeriod).returns.toEqualTypeOf<Result<Period, Problem<'invalid_period'>>>();
    expectTypeOf(parseIsoDate).returns.toEqualTypeOf<
      Result<IsoDate, Problem<'invalid_date' | 'date_out_of_range'>>
    >();
    expectTypeOf(parseJsonText).returns.toEqualTypeOf<Result<unknown, InputProblem[]>>();
    expectTypeOf(replayTaskEvents).returns.toEqualTypeOf<
      Result<TaskReplay, TaskTransitionProblem | Problem<'invalid_argument'>>
    >();
    expectTypeOf<PeriodError['code']>().toEqualTypeOf<
      'invalid_period' | 'period_not_nested' | 'invalid_argument'
    >();
  });

  it('parseWithSchema infers the schema output', () => {
    expectTypeOf(parseWithSchema(PlaceSchema, {})).toEqualTypeOf<Result<Place, InputProblem[]>>();
  });

  it('problems are read-only plain data', () => {
    expectTypeOf<Problem['path']>().toEqualTypeOf<readonly (string | number)[]>();
    expectTypeOf<Problem['message']>().toEqualTypeOf<Label>();
  });
});

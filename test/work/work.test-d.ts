import type { Result } from 'neverthrow';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type Activity,
  type ActivityCounts,
  type ActivityProblem,
  type Deadline,
  type FollowUp,
  followUp,
  type InputProblem,
  type IsoDate,
  type PeriodError,
  type Plan,
  type PlanProblem,
  parseActivities,
  parsePlan,
  type TaskStatus,
  type TaskTransitionError,
  taskStatus,
} from '../../src/index.js';

describe('work types', () => {
  it('returns Results with typed problems', () => {
    expectTypeOf(parsePlan).returns.toEqualTypeOf<Result<Plan, (InputProblem | PlanProblem)[]>>();
    expectTypeOf(parseActivities).returns.toEqualTypeOf<
      Result<Activity[], (InputProblem | ActivityProblem)[]>
    >();
    expectTypeOf(followUp).returns.toEqualTypeOf<
      Result<FollowUp, PeriodError | TaskTransitionError>
    >();
    expectTypeOf(taskStatus).returns.toEqualTypeOf<Result<TaskStatus, TaskTransitionError>>();
  });
  it('types deadlines, statuses and counts', () => {
    expectTypeOf<IsoDate>().toExtend<Deadline>();
    expectTypeOf<TaskStatus['timeliness']>().toEqualTypeOf<
      'open' | 'dueSoon' | 'overdue' | 'doneOnTime' | 'doneLate' | 'cancelled'
    >();
    expectTypeOf<ActivityCounts['vneid']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Extract<Activity, { kind: 'training' }>['form']>().toEqualTypeOf<
      'inPerson' | 'online'
    >();
  });
});

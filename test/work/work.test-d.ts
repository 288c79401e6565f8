import type { Result } from 'neverthrow';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type Activity,
  type ActivityCounts,
  type ActivityProblem,
  type AssignmentProblem,
  checkAssignment,
  type Deadline,
  type FollowUp,
  type FollowUpProblem,
  followUp,
  type InputProblem,
  type IsoDate,
  nextTaskState,
  type ParsePlanProblem,
  type Plan,
  type PlanProblem,
  type Problem,
  type ProblemParams,
  parseActivities,
  parsePlan,
  planTasks,
  type TaskHistoryProblem,
  type TaskInstance,
  type TaskState,
  type TaskStatus,
  type TaskTransitionProblem,
  taskStatus,
} from '../../src/index.js';

type ArgumentProblem = Problem<'invalid_argument'>;

describe('work types', () => {
  it('returns Results with typed problems', () => {
    expectTypeOf(parsePlan).returns.toEqualTypeOf<Result<Plan, ParsePlanProblem[]>>();
    expectTypeOf<ParsePlanProblem>().toEqualTypeOf<InputProblem | PlanProblem | ArgumentProblem>();
    expectTypeOf(parseActivities).returns.toEqualTypeOf<
      Result<Activity[], (InputProblem | ActivityProblem | ArgumentProblem)[]>
    >();
    expectTypeOf(followUp).returns.toEqualTypeOf<Result<FollowUp, FollowUpProblem>>();
    expectTypeOf(taskStatus).returns.toEqualTypeOf<Result<TaskStatus, TaskHistoryProblem>>();
    expectTypeOf<TaskHistoryProblem>().toEqualTypeOf<TaskTransitionProblem | ArgumentProblem>();
    expectTypeOf(nextTaskState).returns.toEqualTypeOf<
      Result<TaskState, TaskTransitionProblem | ArgumentProblem>
    >();
    expectTypeOf(checkAssignment).returns.toEqualTypeOf<
      Result<true, AssignmentProblem | ArgumentProblem>
    >();
    expectTypeOf(planTasks).returns.toEqualTypeOf<
      Result<
        TaskInstance[],
        Problem<'recurrence_outside_plan' | 'deadline_out_of_range' | 'invalid_argument'>
      >
    >();
  });
  it('types the parameters of the work problems', () => {
    expectTypeOf<ProblemParams<'assignment_not_allowed'>['fault']>().toEqualTypeOf<
      | 'assignerNotInForce'
      | 'assigneeNotInForce'
      | 'memberAssigns'
      | 'notSupervised'
      | 'selfAssignment'
    >();
    expectTypeOf<ProblemParams<'invalid_transition'>['eventLabel']>().toEqualTypeOf<{
      vi: string;
      en: string;
    }>();
    expectTypeOf<ProblemParams<'deadline_out_of_range'>['amount']>().toEqualTypeOf<number>();
    expectTypeOf<ProblemParams<'unknown_duty'>>().toEqualTypeOf<{ dutyId: string }>();
    const problem = {} as PlanProblem;
    if (problem.code === 'assignment_not_allowed') {
      expectTypeOf(problem.params?.assigner.id).toEqualTypeOf<string | undefined>();
    }
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

export {
  type ActivityProblem,
  type ActivityProblemCode,
  type ParseActivitiesProblem,
  parseActivities,
} from './activity.js';
export { activityValues, countActivities, sumActivityCounts } from './activity-count.js';
export {
  ACTIVITY_COUNTS,
  type Activity,
  type ActivityCountName,
  type ActivityCounts,
  ActivityCountsSchema,
  type ActivityInput,
  ActivitySchema,
  HELP_INDICATORS,
  type HelpPlatform,
  HelpPlatformSchema,
} from './activity-schema.js';
export {
  type AssignmentProblem,
  type CheckAssignmentProblem,
  checkAssignment,
} from './assignment.js';
export {
  type CheckTaskEventProblem,
  checkTaskEvent,
  type TaskEventProblem,
} from './event-rights.js';
export {
  type FollowUp,
  type FollowUpItem,
  type FollowUpList,
  type FollowUpOptions,
  type FollowUpProblem,
  followUp,
} from './follow-up.js';
export {
  type ParsePlanOptions,
  type ParsePlanProblem,
  type PlanProblem,
  type PlanProblemCode,
  parsePlan,
} from './plan.js';
export {
  type Deadline,
  DeadlineSchema,
  type Plan,
  type PlanInput,
  PlanSchema,
  type Recurrence,
  RecurrenceSchema,
  type Task,
  TaskSchema,
} from './plan-schema.js';
export {
  type TaskStatus,
  type TaskStatusOptions,
  type TaskTimeliness,
  taskStatus,
} from './status.js';
export {
  type PlanTasksProblem,
  planTasks,
  type TaskCalendarOptions,
  type TaskInstance,
  taskDeadline,
} from './task.js';
export {
  nextTaskState,
  replayTaskEvents,
  TASK_EVENT_LABELS,
  TASK_STATE_LABELS,
  type TaskEvent,
  TaskEventSchema,
  type TaskEventType,
  TaskEventTypeSchema,
  type TaskHistoryProblem,
  type TaskReplay,
  type TaskState,
  TaskStateSchema,
  type TaskTransitionProblem,
} from './task-state.js';

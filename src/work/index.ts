export {
  nextTaskState,
  replayTaskEvents,
  type TaskEvent,
  TaskEventSchema,
  type TaskEventType,
  TaskEventTypeSchema,
  type TaskReplay,
  type TaskState,
  TaskStateSchema,
  type TaskTransitionError,
} from './task-state.js';

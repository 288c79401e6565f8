import { anyArgs } from '../arbitraries.js';
import type { Specs } from '../spec.js';

/** The fuzz specs of the work module's exports. */
export const specs: Specs = {
  activityValues: { args: anyArgs(4) },
  checkAssignment: { args: anyArgs(4) },
  countActivities: { args: anyArgs(2) },
  followUp: { args: anyArgs(3) },
  nextTaskState: { args: anyArgs(2) },
  parseActivities: { args: anyArgs(2) },
  parsePlan: { args: anyArgs(2) },
  planTasks: { args: anyArgs(1) },
  replayTaskEvents: { args: anyArgs(2) },
  sumActivityCounts: { args: anyArgs(1) },
  taskDeadline: { args: anyArgs(2) },
  taskStatus: { args: anyArgs(2) },
};

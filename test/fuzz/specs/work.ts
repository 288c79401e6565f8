import fc from 'fast-check';
import { ACTIVITY_COUNTS, DUTIES, TaskSchema } from '../../../src/index.js';
import { dakNia2022Team, dakNiaJanuary2025 } from '../../../src/samples/index.js';
import {
  anyDateText,
  args,
  awkwardNumber,
  date,
  hostile,
  nfdText,
  or,
  recentDate,
} from '../arbitraries.js';
import type { Specs } from '../spec.js';

/** A value built on first use and shared, so that loading the specs costs nothing. */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= make();
    return value;
  };
}

/** The sample team, built once: the functions must not change it (the harness checks). */
export const sampleTeam = lazy(() => dakNia2022Team());
export const sampleMonth = lazy(() => dakNiaJanuary2025());

/** The sample team, as an argument. */
export const team = fc.constant(null).map(() => sampleTeam());

/** One of some values computed on first use. */
export function oneOfLazy<T>(values: () => readonly T[]): fc.Arbitrary<T> {
  return fc.constant(null).chain(() => fc.constantFrom(...values()));
}

/** A seat id of the team, an unknown one, or one typed with decomposed accents. */
export const seatId: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: oneOfLazy(() => sampleTeam().seats.map((s) => s.id)), weight: 6 },
  { arbitrary: fc.constantFrom('ghost', 'leader/2', '', ' leader/1 ', 'constructor'), weight: 1 },
  { arbitrary: nfdText, weight: 1 },
);

/** A village or other place id of the team, or an unknown one. */
const placeId = fc.oneof(
  oneOfLazy(() => sampleTeam().places.map((p) => p.id)),
  fc.constantFrom('atlantis', '__proto__', 'toString'),
);

/** A duty id of the catalogue, or a typo. */
const dutyId = fc.oneof(fc.constantFrom(...DUTIES.map((d) => d.id)), fc.constant('member.deploi'));

/** Deadline amounts: small ones, those of the issues (1e9, 5e8) and the edges of the range. */
const amount = fc.oneof(
  fc.integer({ min: 0, max: 60 }),
  fc.constantFrom(1e9, 5e8, 73_414, 73_415, 52_000, 27_000, 10_487, 2_411, 200, 201),
  awkwardNumber,
);

/** A deadline: a date, or an amount of a unit. */
export const deadline = fc.oneof(
  or(recentDate),
  fc.record({
    amount,
    unit: fc.constantFrom('day', 'week', 'month', 'year', 'workingDay'),
  }),
);

const event = fc.record(
  {
    type: or(fc.constantFrom('start', 'complete', 'return', 'cancel')),
    on: fc.oneof(recentDate, anyDateText),
    by: seatId,
    period: fc.constantFrom('2025-01', '2025-02', '2025-13', '2026-W05'),
  },
  { requiredKeys: ['type', 'on', 'by'] },
);

/** A task as written: mostly right, with the mistakes communes make. */
export const task = fc.record(
  {
    id: fc.constantFrom('t1', 't2', 't3'),
    title: fc.constant({ vi: 'Hỗ trợ cài đặt VNeID', en: 'Help install VNeID' }),
    duty: dutyId,
    assignees: fc.array(seatId, { minLength: 0, maxLength: 3 }),
    villages: fc.array(placeId, { maxLength: 2 }),
    indicators: fc.array(
      fc.record({ indicator: fc.constantFrom('vneidInstalls', 'nope'), by: fc.integer() }),
      { maxLength: 2 },
    ),
    assignedBy: seatId,
    assignedOn: fc.oneof(recentDate, date, anyDateText),
    deadline,
    recurrence: fc.record({
      every: fc.constantFrom('month', 'quarter', 'half', 'year'),
      byDay: fc.integer({ min: 0, max: 32 }),
    }),
    events: fc.array(event, { maxLength: 4 }),
  },
  { requiredKeys: ['id', 'title', 'duty', 'assignees', 'assignedBy', 'assignedOn'] },
);

/** A plan as written. */
export const planInput = fc.record({
  id: fc.constant('kh'),
  title: fc.constant({ vi: 'Kế hoạch', en: 'Plan' }),
  period: fc.constantFrom('2025-01', '2025-Q1', '2025', '2025-H1', '2026-W05', '2025-13'),
  by: seatId,
  adoptedOn: fc.oneof(recentDate, anyDateText),
  tasks: fc.array(task, { maxLength: 5 }),
});

/** A plan that conforms to PlanSchema (its references may still be wrong). */
export const plan = planInput
  .map((p) => ({
    ...p,
    tasks: p.tasks.filter((t) => TaskSchema.safeParse(t).success),
  }))
  .filter((p) => /^\d{4}(-(0[1-9]|1[0-2]|Q[1-4]|H[12]))?$/u.test(p.period));

/** A period value: real ones of the sample's months, and ones that are not periods. */
export const period = fc.oneof(
  fc.constantFrom(
    { kind: 'month', year: 2025, index: 1 },
    { kind: 'quarter', year: 2025, index: 1 },
    { kind: 'year', year: 2025, index: 1 },
    { kind: 'week', year: 2026, index: 53 },
    { kind: 'month', year: 2025, index: 13 },
    { kind: 'month', year: 9999, index: 1 },
  ),
  fc.record({
    kind: fc.constantFrom('month', 'quarter', 'half', 'year', 'week', 'day'),
    year: fc.integer({ min: 1890, max: 2110 }),
    index: fc.integer({ min: -1, max: 60 }),
  }),
);

const activities = fc.constant(null).chain(() => fc.subarray([...sampleMonth().activities]));
const counts = fc.dictionary(
  fc.constantFrom(...ACTIVITY_COUNTS, 'bogus'),
  fc.integer({ min: -2, max: 1e6 }),
);

/** A task occurrence as planTasks makes them, with hostile deadlines. */
const instance = fc.record({
  id: fc.constant('t1'),
  task: fc.constant(
    TaskSchema.parse({
      id: 't1',
      title: { vi: 'Việc', en: 'Task' },
      duty: 'member.deploy',
      assignees: ['village-heads/bon-bu-sir'],
      assignedBy: 'leader/1',
      assignedOn: '2025-01-02',
      deadline: '2025-01-10',
    }),
  ),
  deadline: fc.oneof(recentDate, date, anyDateText),
  events: fc.array(event, { maxLength: 3 }),
});

const statusOptions = fc.record(
  { soonWithin: fc.oneof(fc.integer({ min: 0, max: 10 }), awkwardNumber), calendar: hostile },
  { requiredKeys: [] },
);

/** The fuzz specs of the work module's exports. */
export const specs: Specs = {
  activityValues: {
    args: args(activities, team, period, fc.array(placeId, { maxLength: 3 })),
  },
  checkAssignment: { args: args(team, seatId, seatId, fc.oneof(recentDate, date)) },
  checkTaskEvent: { args: args(team, task, event) },
  countActivities: { args: args(activities, period) },
  followUp: {
    args: args(
      team,
      plan,
      fc.record({ asOf: fc.oneof(recentDate, date, anyDateText, fc.constant('24/02/2026')) }),
    ),
  },
  nextTaskState: {
    args: args(
      fc.constantFrom('assigned', 'inProgress', 'done', 'returned', 'cancelled', 'archived'),
      fc.constantFrom('start', 'complete', 'return', 'cancel', 'archive'),
    ),
  },
  parseActivities: {
    args: args(fc.oneof(activities, fc.array(hostile, { maxLength: 3 })), team),
    contract: 'reader',
  },
  parsePlan: { args: args(planInput, team), contract: 'reader' },
  planTasks: { args: args(plan) },
  replayTaskEvents: { args: args(fc.array(event, { maxLength: 5 }), fc.oneof(recentDate, date)) },
  sumActivityCounts: { args: args(fc.array(counts, { maxLength: 4 })) },
  taskDeadline: { args: args(fc.oneof(recentDate, date), deadline) },
  taskStatus: { args: args(instance, fc.oneof(recentDate, date), statusOptions) },
};

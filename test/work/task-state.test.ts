import { err, ok } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import {
  nextTaskState,
  replayTaskEvents,
  TASK_EVENT_LABELS,
  TASK_STATE_LABELS,
  type TaskEventType,
  type TaskState,
  TaskStateSchema,
} from '../../src/index.js';

const ALLOWED: Record<TaskState, Partial<Record<TaskEventType, TaskState>>> = {
  assigned: { start: 'inProgress', complete: 'done', cancel: 'cancelled' },
  inProgress: { complete: 'done', cancel: 'cancelled' },
  done: { return: 'returned' },
  returned: { start: 'inProgress', complete: 'done', cancel: 'cancelled' },
  cancelled: {},
};
const EVENTS: TaskEventType[] = ['start', 'complete', 'return', 'cancel'];

describe('task state machine', () => {
  for (const state of TaskStateSchema.options) {
    for (const event of EVENTS) {
      const target = ALLOWED[state][event];
      it(`${state} + ${event} → ${target ?? 'error'}`, () => {
        const result = nextTaskState(state, event);
        if (target) expect(result).toEqual(ok(target));
        else {
          expect(result.isErr()).toBe(true);
          const error = result._unsafeUnwrapErr();
          expect(error.code).toBe('invalid_transition');
          // The state and the event in the words of a commune, the names in the parameters.
          expect(error.message.vi).toBe(
            `Không thể ${TASK_EVENT_LABELS[event].vi} một nhiệm vụ ${TASK_STATE_LABELS[state].vi}.`,
          );
          expect(error.message.en).toBe(
            `Cannot ${TASK_EVENT_LABELS[event].en} a task that is ${TASK_STATE_LABELS[state].en}.`,
          );
          expect(error.params).toMatchObject({ state, event });
        }
      });
    }
  }
});

describe('replayTaskEvents', () => {
  const by = 'member-thon-1';

  it('starts assigned and records the completion date', () => {
    expect(replayTaskEvents([])).toEqual(ok({ state: 'assigned' }));
    expect(
      replayTaskEvents([
        { type: 'start', on: '2026-10-02', by },
        { type: 'complete', on: '2026-10-20', by },
        { type: 'return', on: '2026-10-21', by: 'leader', note: 'Thiếu số liệu thôn 3' },
        { type: 'complete', on: '2026-10-23', by },
      ]),
    ).toEqual(ok({ state: 'done', completedOn: '2026-10-23' }));
  });

  it('ignores events after asOf', () => {
    const events = [
      { type: 'start', on: '2026-10-02', by },
      { type: 'complete', on: '2026-10-20', by },
    ] as const;
    expect(replayTaskEvents(events, '2026-10-19')).toEqual(ok({ state: 'inProgress' }));
  });

  it('points at the event that breaks the machine', () => {
    expect(
      replayTaskEvents([
        { type: 'cancel', on: '2026-10-02', by: 'leader' },
        { type: 'complete', on: '2026-10-03', by },
      ]),
    ).toEqual(
      err(expect.objectContaining({ code: 'invalid_transition', path: ['events', 1, 'type'] })),
    );
  });

  it('rejects events out of date order', () => {
    expect(
      replayTaskEvents([
        { type: 'start', on: '2026-10-05', by },
        { type: 'complete', on: '2026-10-03', by },
      ]),
    ).toEqual(
      err(expect.objectContaining({ code: 'event_out_of_order', path: ['events', 1, 'on'] })),
    );
  });
});

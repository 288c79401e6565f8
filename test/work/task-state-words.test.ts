import { err, ok } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import {
  nextTaskState,
  replayTaskEvents,
  TASK_EVENT_LABELS,
  TASK_STATE_LABELS,
  type TaskEvent,
  TaskEventSchema,
  TaskEventTypeSchema,
  TaskStateSchema,
} from '../../src/index.js';

const by = 'member-thon-1';

describe('the names of task states and events, in both languages', () => {
  it('names every state as a commune says it', () => {
    expect(TASK_STATE_LABELS).toEqual({
      assigned: { vi: 'đã giao', en: 'assigned' },
      inProgress: { vi: 'đang thực hiện', en: 'in progress' },
      done: { vi: 'đã hoàn thành', en: 'done' },
      returned: { vi: 'bị trả lại để làm lại', en: 'returned for rework' },
      cancelled: { vi: 'đã hủy', en: 'cancelled' },
    });
    expect(Object.isFrozen(TASK_STATE_LABELS.done)).toBe(true);
  });

  it('names every event as a verb', () => {
    expect(TASK_EVENT_LABELS).toEqual({
      start: { vi: 'bắt đầu', en: 'start' },
      complete: { vi: 'hoàn thành', en: 'complete' },
      return: { vi: 'trả lại', en: 'return' },
      cancel: { vi: 'hủy', en: 'cancel' },
    });
    expect(Object.isFrozen(TASK_EVENT_LABELS)).toBe(true);
  });

  it('lists the states and events in their order', () => {
    expect(TaskStateSchema.options).toEqual([
      'assigned',
      'inProgress',
      'done',
      'returned',
      'cancelled',
    ]);
    expect(TaskEventTypeSchema.options).toEqual(['start', 'complete', 'return', 'cancel']);
  });

  // Every refused transition, worded in full: a blank name would read "một nhiệm vụ ."
  it.each([
    [
      'assigned',
      'return',
      'Không thể trả lại một nhiệm vụ đã giao.',
      'Cannot return a task that is assigned.',
    ],
    [
      'inProgress',
      'start',
      'Không thể bắt đầu một nhiệm vụ đang thực hiện.',
      'Cannot start a task that is in progress.',
    ],
    [
      'inProgress',
      'return',
      'Không thể trả lại một nhiệm vụ đang thực hiện.',
      'Cannot return a task that is in progress.',
    ],
    [
      'done',
      'start',
      'Không thể bắt đầu một nhiệm vụ đã hoàn thành.',
      'Cannot start a task that is done.',
    ],
    [
      'done',
      'complete',
      'Không thể hoàn thành một nhiệm vụ đã hoàn thành.',
      'Cannot complete a task that is done.',
    ],
    [
      'done',
      'cancel',
      'Không thể hủy một nhiệm vụ đã hoàn thành.',
      'Cannot cancel a task that is done.',
    ],
    [
      'returned',
      'return',
      'Không thể trả lại một nhiệm vụ bị trả lại để làm lại.',
      'Cannot return a task that is returned for rework.',
    ],
    [
      'cancelled',
      'start',
      'Không thể bắt đầu một nhiệm vụ đã hủy.',
      'Cannot start a task that is cancelled.',
    ],
    [
      'cancelled',
      'complete',
      'Không thể hoàn thành một nhiệm vụ đã hủy.',
      'Cannot complete a task that is cancelled.',
    ],
    [
      'cancelled',
      'return',
      'Không thể trả lại một nhiệm vụ đã hủy.',
      'Cannot return a task that is cancelled.',
    ],
    [
      'cancelled',
      'cancel',
      'Không thể hủy một nhiệm vụ đã hủy.',
      'Cannot cancel a task that is cancelled.',
    ],
  ] as const)('%s + %s: "%s"', (state, event, vi, en) => {
    const problem = nextTaskState(state, event)._unsafeUnwrapErr();
    expect(problem.message).toEqual({ vi, en });
    expect(problem).toMatchObject({
      code: 'invalid_transition',
      severity: 'error',
      path: [],
      params: {
        state,
        stateLabel: TASK_STATE_LABELS[state],
        event,
        eventLabel: TASK_EVENT_LABELS[event],
      },
    });
  });

  it('refuses a state or an event that is not one, naming the argument', () => {
    expect(nextTaskState('archived' as never, 'start')._unsafeUnwrapErr()).toMatchObject({
      code: 'invalid_argument',
      path: ['state'],
    });
    expect(nextTaskState('assigned', 'finish' as never)._unsafeUnwrapErr()).toMatchObject({
      code: 'invalid_argument',
      path: ['event'],
    });
  });
});

describe('replaying events at the boundaries of dates', () => {
  const history: TaskEvent[] = [
    { type: 'start', on: '2026-10-02', by },
    { type: 'complete', on: '2026-10-20', by },
  ];

  it('counts an event dated on the asOf day', () => {
    expect(replayTaskEvents(history, '2026-10-20')).toEqual(
      ok({ state: 'done', completedOn: '2026-10-20' }),
    );
    expect(replayTaskEvents(history, '2026-10-19')).toEqual(ok({ state: 'inProgress' }));
    expect(replayTaskEvents(history, '2026-10-02')).toEqual(ok({ state: 'inProgress' }));
    expect(replayTaskEvents(history, '2026-10-01')).toEqual(ok({ state: 'assigned' }));
  });

  it('accepts two events on the same day, in the order listed', () => {
    expect(
      replayTaskEvents([
        { type: 'start', on: '2026-10-02', by },
        { type: 'complete', on: '2026-10-02', by },
      ]),
    ).toEqual(ok({ state: 'done', completedOn: '2026-10-02' }));
    expect(
      replayTaskEvents(
        [
          { type: 'complete', on: '2026-10-02', by },
          { type: 'return', on: '2026-10-05', by: 'leader' },
          { type: 'start', on: '2026-10-05', by },
        ],
        '2026-10-05',
      ),
    ).toEqual(ok({ state: 'inProgress' }));
  });

  it('keeps the completion date only while the task is done', () => {
    const returned = replayTaskEvents([
      { type: 'complete', on: '2026-10-02', by },
      { type: 'return', on: '2026-10-03', by: 'leader' },
    ])._unsafeUnwrap();
    expect(returned).toEqual({ state: 'returned' });
    expect('completedOn' in returned).toBe(false);
  });

  it('ignores a later event out of order when it falls after asOf', () => {
    const events: TaskEvent[] = [
      { type: 'start', on: '2026-10-05', by },
      { type: 'complete', on: '2026-10-30', by },
      { type: 'cancel', on: '2026-10-01', by: 'leader' },
    ];
    expect(replayTaskEvents(events, '2026-10-29')).toEqual(ok({ state: 'inProgress' }));
  });

  it('words an event out of order in both languages and points at its date', () => {
    expect(
      replayTaskEvents([
        { type: 'start', on: '2026-10-05', by },
        { type: 'complete', on: '2026-10-03', by },
      ]),
    ).toEqual(
      err(
        expect.objectContaining({
          code: 'event_out_of_order',
          path: ['events', 1, 'on'],
          params: { date: '2026-10-03', previous: '2026-10-05' },
          message: {
            vi: 'Sự kiện ngày 3/10/2026 được ghi sau sự kiện ngày 5/10/2026: lịch sử phải theo thứ tự thời gian.',
            en: 'The event of 2026-10-03 is listed after the event of 2026-10-05: the history must be in date order.',
          },
        }),
      ),
    );
  });

  it('points a refused transition at the type of the event, with its words', () => {
    const problem = replayTaskEvents([
      { type: 'start', on: '2026-10-02', by },
      { type: 'return', on: '2026-10-03', by: 'leader' },
    ])._unsafeUnwrapErr();
    expect(problem).toMatchObject({
      code: 'invalid_transition',
      path: ['events', 1, 'type'],
      message: {
        vi: 'Không thể trả lại một nhiệm vụ đang thực hiện.',
        en: 'Cannot return a task that is in progress.',
      },
    });
  });

  it('refuses events that are not a list of events, and an asOf that is not a date', () => {
    expect(replayTaskEvents('start' as never)._unsafeUnwrapErr()).toMatchObject({
      code: 'invalid_argument',
      path: ['events'],
      message: {
        vi: 'Đối số "events" phải là một danh sách sự kiện của nhiệm vụ, nhận được "start".',
        en: 'Argument "events" must be a list of task events, got "start".',
      },
    });
    const unsigned = [{ type: 'start', on: '2026-10-02' }];
    expect(replayTaskEvents(unsigned as never)._unsafeUnwrapErr()).toMatchObject({
      code: 'invalid_argument',
      path: ['events'],
    });
    expect(replayTaskEvents(history, '2026-02-30' as never)._unsafeUnwrapErr()).toMatchObject({
      code: 'invalid_argument',
      path: ['asOf'],
    });
    expect(replayTaskEvents(history, undefined)).toEqual(
      ok({ state: 'done', completedOn: '2026-10-20' }),
    );
  });

  it('reads an event with a note and the period of its occurrence', () => {
    const event = {
      type: 'return',
      on: '2026-10-21',
      by,
      note: 'Thiếu số liệu',
      period: '2026-10',
    };
    expect(TaskEventSchema.parse(event)).toEqual(event);
    expect(TaskEventSchema.safeParse({ ...event, period: '2026-13' }).success).toBe(false);
    expect(TaskEventSchema.safeParse({ ...event, extra: 1 }).success).toBe(false);
  });
});

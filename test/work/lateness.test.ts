import fc from 'fast-check';

import { describe, expect, it } from 'vitest';
import { addDaysTo, type IsoDate } from '../../src/_internal/dates.js';
import { checkTaskEvent, TaskSchema, taskStatus, workingDaysBetween } from '../../src/index.js';
import { dakNia2022Team } from '../../src/samples/index.js';

const task = TaskSchema.parse({
  id: 'vneid',
  title: { vi: 'Hỗ trợ VNeID', en: 'Help with VNeID' },
  duty: 'member.deploy',
  assignees: ['village-heads/bon-bu-sir'],
  assignedBy: 'deputies/farmers',
  assignedOn: '2026-01-05',
  deadline: '2026-02-06',
});
const by = 'village-heads/bon-bu-sir';
const addDays = (day: string, n: number): IsoDate => addDaysTo(day as IsoDate, n);

function status(deadline: string, completedOn: string | undefined, asOf: string) {
  const events =
    completedOn === undefined ? [] : [{ type: 'complete' as const, on: completedOn, by }];
  return taskStatus(
    {
      id: 't',
      task,
      deadline: deadline as '2026-02-06',
      events: TaskSchema.shape.events.parse(events),
    },
    asOf as '2026-02-06',
  )._unsafeUnwrap();
}

describe('task lateness', () => {
  it('gives a task due 6/2/2026 and done 24/2 (after Tết) 7 working days late, for good', () => {
    for (const asOf of ['2026-02-24', '2026-03-02', '2026-12-31']) {
      expect(status('2026-02-06', '2026-02-24', asOf)).toEqual({
        state: 'done',
        timeliness: 'doneLate',
        deadline: '2026-02-06',
        workingDaysLeft: null,
        workingDaysLate: 7,
      });
    }
  });

  it('counts an open task past its deadline late to date, and no days left', () => {
    expect(status('2026-02-06', undefined, '2026-02-24')).toMatchObject({
      timeliness: 'overdue',
      workingDaysLeft: 0,
      workingDaysLate: 7,
    });
    // Asked on Saturday 7/2: the day counts as Monday 9/2, the first working day late.
    expect(status('2026-02-06', undefined, '2026-02-07').workingDaysLate).toBe(1);
  });

  it('counts a completion on a day off as the next working day', () => {
    // Due Friday 9/1/2026, done Saturday 10/1 → as done on Monday 12/1: 1 working day late.
    expect(status('2026-01-09', '2026-01-10', '2026-01-20')).toMatchObject({
      timeliness: 'doneLate',
      workingDaysLate: 1,
    });
    expect(status('2026-01-09', '2026-01-09', '2026-01-20')).toMatchObject({
      timeliness: 'doneOnTime',
      workingDaysLate: 0,
      workingDaysLeft: null,
    });
  });

  it('counts days left from the day after the date, asked on a day off or not', () => {
    // Asked on Saturday 31/1/2026, due Friday 6/2: Monday to Friday, 5 working days.
    expect(status('2026-02-06', undefined, '2026-01-31')).toMatchObject({
      timeliness: 'open',
      workingDaysLeft: 5,
      workingDaysLate: 0,
    });
    expect(status('2026-02-06', undefined, '2026-02-06').workingDaysLeft).toBe(0);
  });

  it('never changes once done, and never gives both figures at once', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 60 }),
        (due, done, later) => {
          const deadline = addDays('2026-01-01', due);
          const completedOn = addDays('2026-01-01', done);
          const first = status(deadline, completedOn, completedOn);
          const after = status(deadline, completedOn, addDays(completedOn, later));
          expect(after).toEqual(first);
          expect(first.workingDaysLeft).toBeNull();
          expect(first.workingDaysLate === 0).toBe(completedOn <= deadline);
          const open = status(deadline, undefined, addDays('2026-01-01', later));
          expect((open.workingDaysLeft ?? 0) > 0 && (open.workingDaysLate ?? 0) > 0).toBe(false);
          if (open.timeliness !== 'overdue') {
            expect(open.workingDaysLeft).toBe(
              workingDaysBetween(addDays('2026-01-01', later), deadline),
            );
          }
        },
      ),
    );
  });
});

describe('checkTaskEvent', () => {
  const team = dakNia2022Team();
  it('lets an assignee complete, the assigner or the leader cancel, and no one else', () => {
    expect(
      checkTaskEvent(team, task, { type: 'complete', on: '2026-01-15', by })._unsafeUnwrap(),
    ).toBe(true);
    expect(
      checkTaskEvent(team, task, {
        type: 'cancel',
        on: '2026-01-15',
        by: 'deputies/farmers',
      }).isOk(),
    ).toBe(true);
    expect(
      checkTaskEvent(team, task, { type: 'cancel', on: '2026-01-15', by: 'leader/1' }).isOk(),
    ).toBe(true);
    const problem = checkTaskEvent(team, task, {
      type: 'cancel',
      on: '2026-01-15',
      by,
    })._unsafeUnwrapErr();
    expect(problem).toMatchObject({
      code: 'event_not_allowed',
      path: ['by'],
      params: { fault: 'notAssignerOrLeader', taskId: 'vneid' },
    });
    expect(
      checkTaskEvent(team, task, {
        type: 'start',
        on: '2026-01-15',
        by: 'leader/1',
      })._unsafeUnwrapErr().params,
    ).toMatchObject({ fault: 'notAssignee' });
    expect(
      checkTaskEvent(team, task, {
        type: 'start',
        on: '2026-01-15',
        by: 'nobody/1',
      })._unsafeUnwrapErr().code,
    ).toBe('unknown_seat');
    expect(checkTaskEvent(team, task, null as never)._unsafeUnwrapErr().code).toBe(
      'invalid_argument',
    );
  });
});

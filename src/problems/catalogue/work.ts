// The problems of the work module. Each is declared with defineProblem and raised with raise().
import type { Label } from '../../text/label.js';
import { defineProblem } from '../problem.js';
import { dayVi, grouped, type NamedRef, named, short } from '../words.js';

/** Why one seat may not give a task to another, as {@link assignmentNotAllowed} says it. */
export type AssignmentFault =
  | 'assignerNotInForce'
  | 'assigneeNotInForce'
  | 'memberAssigns'
  | 'notSupervised'
  | 'selfAssignment';

const ASSIGNMENT_FAULTS: Record<AssignmentFault, Label> = {
  assignerNotInForce: {
    vi: 'vị trí giao việc không có trong tổ ngày đó (đã kết thúc hoặc chưa bắt đầu)',
    en: 'the assigning seat is not in force that day (it has ended or not yet begun)',
  },
  assigneeNotInForce: {
    vi: 'vị trí được giao không có trong tổ ngày đó (đã kết thúc hoặc chưa bắt đầu)',
    en: 'the seat given the task is not in force that day (it has ended or not yet begun)',
  },
  memberAssigns: { vi: 'Tổ viên không giao việc', en: 'a member assigns no tasks' },
  notSupervised: {
    vi: 'Tổ phó chỉ giao việc cho Tổ viên mình phụ trách',
    en: 'a deputy assigns tasks only to the members they supervise',
  },
  selfAssignment: {
    vi: 'không tự giao việc cho mình',
    en: 'a seat does not assign tasks to itself',
  },
};

const seat: NamedRef = {
  id: 'deputies/farmers',
  label: {
    vi: 'Tổ phó — Chủ tịch Hội Nông dân xã',
    en: "Deputy — Chair of the commune Farmers' Association",
  },
};
const villageHead: NamedRef = {
  id: 'village-heads/thon-nam-ra',
  label: { vi: 'Tổ viên — thôn Nam Rạ', en: 'Member — Nam Rạ thôn (village)' },
};

export const invalidTransition = /* @__PURE__ */ defineProblem(
  'invalid_transition',
  'error',
  () => ({
    summary: {
      vi: 'Một sự kiện mà trạng thái hiện tại của nhiệm vụ không cho phép (ví dụ hoàn thành một nhiệm vụ đã hủy).',
      en: 'An event the task’s current state does not allow (e.g. completing a cancelled task).',
    },
    example: {
      state: 'cancelled',
      stateLabel: { vi: 'đã hủy', en: 'cancelled' } as Label,
      event: 'complete',
      eventLabel: { vi: 'hoàn thành', en: 'complete' } as Label,
    },
    vi: (p: { state: string; stateLabel: Label; event: string; eventLabel: Label }) =>
      `Không thể ${p.eventLabel.vi} một nhiệm vụ ${p.stateLabel.vi}.`,
    en: (p) => `Cannot ${p.eventLabel.en} a task that is ${p.stateLabel.en}.`,
  }),
);

export const eventOutOfOrder = /* @__PURE__ */ defineProblem('event_out_of_order', 'error', () => ({
  summary: {
    vi: 'Lịch sử của nhiệm vụ không theo thứ tự thời gian: một sự kiện ghi sau một sự kiện muộn hơn.',
    en: 'A task’s history is not in date order: an event is listed after a later one.',
  },
  example: { date: '2026-10-02', previous: '2026-10-20' },
  vi: (p: { date: string; previous: string }) =>
    `Sự kiện ngày ${dayVi(p.date)} được ghi sau sự kiện ngày ${dayVi(p.previous)}: lịch sử phải theo thứ tự thời gian.`,
  en: (p) =>
    `The event of ${p.date} is listed after the event of ${p.previous}: the history must be in date order.`,
}));

export const duplicateTask = /* @__PURE__ */ defineProblem('duplicate_task', 'error', () => ({
  summary: {
    vi: 'Hai nhiệm vụ trong một kế hoạch dùng cùng một mã.',
    en: 'Two tasks of one plan have the same id.',
  },
  example: { taskId: 'vneid-bu-sir' },
  vi: (p: { taskId: string }) => `Mã nhiệm vụ "${short(p.taskId)}" bị dùng hai lần trong kế hoạch.`,
  en: (p) => `Task id "${short(p.taskId)}" is used twice in the plan.`,
}));

export const unknownDuty = /* @__PURE__ */ defineProblem('unknown_duty', 'error', () => ({
  summary: {
    vi: 'Một nhiệm vụ phục vụ một mã nhiệm vụ không có trong danh mục nhiệm vụ của Tổ.',
    en: 'A task serves a duty id that is not in the team’s duty catalogue.',
  },
  example: { dutyId: 'member.deploi' },
  vi: (p: { dutyId: string }) => `Không có nhiệm vụ "${short(p.dutyId)}" trong danh mục nhiệm vụ.`,
  en: (p) => `Duty "${short(p.dutyId)}" is not in the duty catalogue.`,
}));

export const notAVillage = /* @__PURE__ */ defineProblem('not_a_village', 'error', () => ({
  summary: {
    vi: 'Một nhiệm vụ hoặc hoạt động ghi một địa bàn không phải thôn, bon, tổ dân phố.',
    en: 'A task or activity names a place that is not a village (thôn, bon, tổ dân phố …).',
  },
  example: { place: { id: 'dak-nia', label: { vi: 'xã Đắk Nia', en: 'Đắk Nia commune' } } },
  vi: (p: { place: NamedRef }) =>
    `${named(p.place, 'vi')} không phải thôn, bon, tổ dân phố: hoạt động được ghi theo thôn.`,
  en: (p) => `${named(p.place, 'en')} is not a village: work is recorded per village.`,
}));

export const missingDeadline = /* @__PURE__ */ defineProblem('missing_deadline', 'error', () => ({
  summary: {
    vi: 'Một nhiệm vụ không có thời hạn và cũng không lặp lại theo kỳ.',
    en: 'A task has neither a deadline nor a recurrence.',
  },
  example: { taskId: 'vneid-bu-sir' },
  vi: (p: { taskId: string }) =>
    `Nhiệm vụ "${short(p.taskId)}" chưa có thời hạn: ghi thời hạn, hoặc lịch lặp lại theo kỳ.`,
  en: (p) => `Task "${short(p.taskId)}" has no deadline: give a deadline, or how it repeats.`,
}));

export const deadlineWithRecurrence = /* @__PURE__ */ defineProblem(
  'deadline_with_recurrence',
  'error',
  () => ({
    summary: {
      vi: 'Một nhiệm vụ lặp lại theo kỳ lại có thêm một thời hạn riêng (thời hạn đó sẽ bị bỏ qua).',
      en: 'A recurring task also has a deadline of its own (which would be ignored).',
    },
    example: { taskId: 'monthly-report' },
    vi: (p: { taskId: string }) =>
      `Nhiệm vụ "${short(p.taskId)}" lặp lại theo kỳ, hạn của mỗi kỳ tính theo lịch lặp: bỏ thời hạn riêng.`,
    en: (p) =>
      `Task "${short(p.taskId)}" repeats, and each occurrence is due as its recurrence says: remove its own deadline.`,
  }),
);

/** How a deadline's unit reads. */
const UNIT_WORDS: Record<string, Label> = {
  day: { vi: 'ngày', en: 'days' },
  week: { vi: 'tuần', en: 'weeks' },
  month: { vi: 'tháng', en: 'months' },
  year: { vi: 'năm', en: 'years' },
  workingDay: { vi: 'ngày làm việc', en: 'working days' },
};

export const deadlineOutOfRange = /* @__PURE__ */ defineProblem(
  'deadline_out_of_range',
  'error',
  () => ({
    summary: {
      vi: 'Thời hạn của một nhiệm vụ rơi sau ngày cuối cùng thư viện hỗ trợ (31/12/2100): một khoảng thời gian tính từ ngày giao, hoặc một ngày hạn (`due`) là ngày nghỉ nên lùi sang sau ngày đó.',
      en: 'A task’s deadline falls after the last day the library supports (31 December 2100): a duration counted from the day assigned, or a date (`due`) that is a day off and moves past it.',
    },
    example: {
      amount: 1_000_000_000,
      unit: 'workingDay',
      assignedOn: '2026-02-24',
      end: '2100-12-31',
    } as {
      amount: number;
      unit: string;
      assignedOn?: string;
      due?: string;
      end: string;
    },
    vi: (p: { amount: number; unit: string; assignedOn?: string; due?: string; end: string }) =>
      p.due === undefined
        ? `Thời hạn ${grouped(p.amount, '.')} ${UNIT_WORDS[p.unit]?.vi ?? p.unit}${p.assignedOn === undefined ? '' : ` kể từ ngày ${dayVi(p.assignedOn)}`} vượt quá ngày cuối cùng thư viện hỗ trợ (${dayVi(p.end)}).`
        : `Hạn ngày ${dayVi(p.due)} là ngày nghỉ, và ngày làm việc kế tiếp vượt quá ngày cuối cùng thư viện hỗ trợ (${dayVi(p.end)}).`,
    en: (p) =>
      p.due === undefined
        ? `A deadline of ${grouped(p.amount, ',')} ${UNIT_WORDS[p.unit]?.en ?? p.unit}${p.assignedOn === undefined ? '' : ` from ${p.assignedOn}`} falls after the last day the library supports (${p.end}).`
        : `The deadline ${p.due} is a day off, and the next working day is after the last day the library supports (${p.end}).`,
  }),
);

export const recurrenceOutsidePlan = /* @__PURE__ */ defineProblem(
  'recurrence_outside_plan',
  'error',
  () => ({
    summary: {
      vi: 'Một nhiệm vụ lặp lại theo kỳ dài hơn kỳ của kế hoạch, hoặc không chia đều trong kỳ đó (ví dụ lặp hằng tháng trong kế hoạch một tuần).',
      en: 'A task repeats in periods longer than the plan’s, or that do not divide it (e.g. monthly in a plan for a week).',
    },
    example: {
      taskId: 'monthly-report',
      every: { vi: 'tháng', en: 'month' } as Label,
      period: {
        id: '2026-W05',
        label: { vi: 'tuần 5 năm 2026', en: 'week 5 of 2026' },
      } as NamedRef,
    },
    vi: (p: { taskId: string; every: Label; period: NamedRef }) =>
      `Nhiệm vụ "${short(p.taskId)}" lặp lại mỗi ${p.every.vi}, không chia được trong kỳ kế hoạch ${named(p.period, 'vi')}.`,
    en: (p) =>
      `Task "${short(p.taskId)}" repeats every ${p.every.en}, which does not divide the plan’s period, ${named(p.period, 'en')}.`,
  }),
);

export const assignmentNotAllowed = /* @__PURE__ */ defineProblem(
  'assignment_not_allowed',
  'error',
  () => ({
    summary: {
      vi: 'Một vị trí giao việc cho vị trí mà chuỗi báo cáo không cho phép: Tổ trưởng giao cho mọi người, Tổ phó cho Tổ viên mình phụ trách, Tổ viên không giao việc.',
      en: 'A seat gives a task to one the chain does not allow: the leader assigns to anyone, a deputy to the members they supervise, a member to nobody.',
    },
    example: {
      assigner: seat,
      assignee: villageHead,
      on: '2025-01-06',
      fault: 'notSupervised' as AssignmentFault,
    },
    vi: (p: { assigner: NamedRef; assignee: NamedRef; on: string; fault: AssignmentFault }) =>
      `${named(p.assigner, 'vi')} không được giao việc cho ${named(p.assignee, 'vi')} ngày ${dayVi(p.on)}: ${ASSIGNMENT_FAULTS[p.fault].vi}.`,
    en: (p) =>
      `${named(p.assigner, 'en')} may not give a task to ${named(p.assignee, 'en')} on ${p.on}: ${ASSIGNMENT_FAULTS[p.fault].en}.`,
  }),
);

export const duplicateActivity = /* @__PURE__ */ defineProblem(
  'duplicate_activity',
  'error',
  () => ({
    summary: {
      vi: 'Hai bản ghi hoạt động dùng cùng một mã.',
      en: 'Two activity records have the same id.',
    },
    example: { activityId: '2025-01-09-bu-sir' },
    vi: (p: { activityId: string }) => `Mã hoạt động "${short(p.activityId)}" bị dùng hai lần.`,
    en: (p) => `Activity id "${short(p.activityId)}" is used twice.`,
  }),
);

/** What is wrong with the period an event of a task names. */
export type EventPeriodFault = 'missing' | 'notAnOccurrence' | 'notRecurring';

export const eventPeriodMismatch = /* @__PURE__ */ defineProblem(
  'event_period_mismatch',
  'error',
  () => ({
    summary: {
      vi: 'Một sự kiện của nhiệm vụ lặp lại không ghi kỳ, hoặc ghi một kỳ không thuộc kế hoạch; hoặc sự kiện của nhiệm vụ không lặp lại lại ghi kỳ.',
      en: 'An event of a recurring task names no period, or one outside the plan; or an event of a one-off task names a period.',
    },
    example: { taskId: 'monthly-report', periodId: '2025-07', fault: 'notAnOccurrence' } as {
      taskId: string;
      periodId?: string;
      fault: EventPeriodFault;
    },
    vi: (p: { taskId: string; periodId?: string; fault: EventPeriodFault }) =>
      p.fault === 'missing'
        ? `Nhiệm vụ "${short(p.taskId)}" lặp lại theo kỳ: mỗi sự kiện phải ghi kỳ của lần thực hiện (ví dụ 2025-01).`
        : p.fault === 'notAnOccurrence'
          ? `Kỳ "${short(p.periodId)}" không phải một lần thực hiện nhiệm vụ "${short(p.taskId)}" trong kế hoạch.`
          : `Nhiệm vụ "${short(p.taskId)}" không lặp lại: sự kiện của nó không ghi kỳ.`,
    en: (p) =>
      p.fault === 'missing'
        ? `Task "${short(p.taskId)}" repeats: each event must name the period of its occurrence (e.g. 2025-01).`
        : p.fault === 'notAnOccurrence'
          ? `Period "${short(p.periodId)}" is not an occurrence of task "${short(p.taskId)}" in the plan.`
          : `Task "${short(p.taskId)}" does not repeat: its events name no period.`,
  }),
);

/** Why a seat may not record an event of a task, as {@link eventNotAllowed} says it. */
export type TaskEventFault = 'notAssignee' | 'notAssignerOrLeader';

const EVENT_FAULTS: Readonly<Record<TaskEventFault, Label>> = {
  notAssignee: {
    vi: 'chỉ người được giao mới ghi nhận bắt đầu hay hoàn thành',
    en: 'only an assignee records that it started or is complete',
  },
  notAssignerOrLeader: {
    vi: 'chỉ người giao việc hoặc Tổ trưởng mới trả lại hay hủy',
    en: 'only whoever assigned it, or the leader, returns or cancels it',
  },
};

export const eventNotAllowed = /* @__PURE__ */ defineProblem('event_not_allowed', 'error', () => ({
  summary: {
    vi: 'Một vị trí ghi nhận một sự kiện của nhiệm vụ mà mình không có quyền: bắt đầu, hoàn thành là của người được giao; trả lại, hủy là của người giao việc hoặc Tổ trưởng.',
    en: 'A seat records an event of a task it has no right to: an assignee starts and completes; the assigner or the leader returns and cancels.',
  },
  example: {
    taskId: 'vneid-2025-01',
    event: 'cancel',
    eventLabel: { vi: 'hủy', en: 'cancel' },
    by: villageHead,
    on: '2025-01-10',
    fault: 'notAssignerOrLeader' as TaskEventFault,
  },
  vi: (p: {
    taskId: string;
    event: string;
    eventLabel: Label;
    by: NamedRef;
    on: string;
    fault: TaskEventFault;
  }) =>
    `${named(p.by, 'vi')} không được ${p.eventLabel.vi} nhiệm vụ "${short(p.taskId)}" ngày ${dayVi(p.on)}: ${EVENT_FAULTS[p.fault].vi}.`,
  en: (p) =>
    `${named(p.by, 'en')} may not ${p.eventLabel.en} task "${short(p.taskId)}" on ${p.on}: ${EVENT_FAULTS[p.fault].en}.`,
}));

/** Plans and tasks: create, assign within one's rights, record progress, follow up. */
import {
  checkTaskEvent,
  followUp,
  type Plan,
  PlanSchema,
  type Problem,
  parsePlan,
  planTasks,
  type Task,
  type TaskEvent,
  TaskEventSchema,
  type TaskInstance,
  TaskSchema,
  type Team,
  TextSchema,
  taskStatus,
} from 'to-cong-nghe-so';
import { z } from 'zod';
import { canReadTask, readsWholeCommune } from '../access.js';
import { type Call, json, operation, unwrap } from '../operation.js';
import { ApiFailure, forbidden, notFound, problem } from '../problems.js';
import {
  FollowUpSchema,
  PlanListSchema,
  PlanViewSchema,
  TaskListSchema,
  TaskViewSchema,
} from '../schemas.js';
import type { PlanRow } from '../store/store.js';
import type { Commune } from '../teams.js';
import { AsOfQuery, asOfOf, CommuneParams, cannotRead, communeOf, seatOf, WHAT } from './common.js';

/** A plan as the leader sends it (the server names the leader's seat as its author). */
export const PlanInputSchema = PlanSchema.omit({ by: true });

/** A task as sent: the server fills in who assigns it and, by default, today's date. */
export const TaskInputSchema = TaskSchema.omit({ assignedBy: true, events: true }).extend({
  assignedOn: TaskSchema.shape.assignedOn.optional(),
});

/** An event of a task as sent: the server fills in who and, by default, today. */
export const TaskEventInputSchema = TaskEventSchema.omit({ by: true, on: true }).extend({
  on: TaskEventSchema.shape.on.optional(),
});

const PlanParams = z.object({ commune: TextSchema, plan: TextSchema }).strict();
const TaskParams = z.object({ commune: TextSchema, plan: TextSchema, task: TextSchema }).strict();

function planOf(row: PlanRow): Plan {
  return JSON.parse(row.plan) as Plan;
}

/** Checks a plan with the library; problems of one task get paths into that task. */
function checkPlan(
  plan: unknown,
  team: Team,
  call: Call<unknown, unknown, unknown>,
  task?: number,
): Plan {
  return unwrap(
    parsePlan(plan, team, { catalogue: call.env.rollups.catalogue }).mapErr((problems) =>
      task === undefined
        ? problems
        : problems.map((p): Problem => {
            const [first, index, ...rest] = p.path;
            return first === 'tasks' && index === task ? { ...p, path: rest } : p;
          }),
    ),
  );
}

async function planRow(call: Call<unknown, unknown, unknown>, commune: Commune, id: string) {
  const row = await call.env.store.getPlan(commune.id, id);
  if (!row) throw notFound(WHAT.plan, id, ['plan']);
  return row;
}

function statusView(instance: TaskInstance, plan: Plan, asOf: Parameters<typeof taskStatus>[1]) {
  const status = unwrap(taskStatus(instance, asOf));
  return {
    id: instance.id,
    plan: plan.id,
    task: instance.task.id,
    title: instance.task.title,
    assignees: instance.task.assignees,
    assignedBy: instance.task.assignedBy,
    ...(instance.period === undefined ? {} : { period: instance.period }),
    deadline: status.deadline,
    state: status.state,
    timeliness: status.timeliness,
    workingDaysLeft: status.workingDaysLeft,
    workingDaysLate: status.workingDaysLate,
  };
}

/** Who may record an event is the library's rule (`checkTaskEvent`): a refusal is a 403. */
function checkEventRights(team: Team, task: Task, event: TaskEvent): void {
  const checked = checkTaskEvent(team, task, event);
  if (checked.isOk()) return;
  const refused = checked.error;
  if (refused.code === 'event_not_allowed') {
    throw forbidden(refused.message.vi, refused.message.en);
  }
  throw new ApiFailure(refused);
}

export const taskOperations = [
  operation({
    id: 'createPlan',
    method: 'post',
    path: '/v1/communes/{commune}/plans',
    tag: 'tasks',
    summary: { vi: 'Lập kế hoạch', en: 'Create a plan' },
    access: { vi: 'Tổ trưởng.', en: 'The leader.' },
    params: CommuneParams,
    body: PlanInputSchema,
    responses: {
      201: { description: { vi: 'Đã lập', en: 'Created' }, schema: PlanViewSchema },
    },
    handle: async (call) => {
      const commune = await communeOf(call, call.params.commune);
      const seat = seatOf(call.principal);
      if (seat.role !== 'leader') {
        throw forbidden('Chỉ Tổ trưởng lập kế hoạch.', 'Only the leader makes a plan.');
      }
      const plan = checkPlan({ ...call.body, by: seat.id }, commune.team, call);
      await call.env.store.transaction(`plan:${commune.id}:${plan.id}`, async (tx) => {
        if (await tx.getPlan(commune.id, plan.id)) {
          throw new ApiFailure(
            problem(
              'plan_exists',
              `Đã có kế hoạch "${plan.id}".`,
              `Plan "${plan.id}" already exists.`,
              ['id'],
            ),
          );
        }
        await tx.putPlan({
          commune: commune.id,
          id: plan.id,
          plan: JSON.stringify(plan),
          version: 1,
          updatedAt: call.nowText,
        });
      });
      return json({ commune: commune.id, plan, version: 1 }, 201);
    },
  }),
  operation({
    id: 'listPlans',
    method: 'get',
    path: '/v1/communes/{commune}/plans',
    tag: 'tasks',
    summary: { vi: 'Các kế hoạch', en: 'The plans' },
    access: { vi: 'Mọi mã của xã và của tỉnh.', en: 'Any token of the commune or its province.' },
    params: CommuneParams,
    responses: {
      200: { description: { vi: 'Kế hoạch', en: 'The plans' }, schema: PlanListSchema },
    },
    handle: async (call) => {
      const commune = await communeOf(call, call.params.commune);
      const plans = (await call.env.store.listPlans(commune.id)).map((row) => {
        const plan = planOf(row);
        return {
          id: plan.id,
          title: plan.title,
          period: plan.period,
          by: plan.by,
          tasks: plan.tasks.length,
          version: row.version,
        };
      });
      return json({ commune: commune.id, plans });
    },
  }),
  operation({
    id: 'getPlan',
    method: 'get',
    path: '/v1/communes/{commune}/plans/{plan}',
    tag: 'tasks',
    summary: { vi: 'Một kế hoạch với các nhiệm vụ', en: 'A plan with its tasks' },
    access: {
      vi: 'Tổ trưởng, UBND, tỉnh: mọi nhiệm vụ; người khác: các nhiệm vụ mình được xem.',
      en: 'The leader, the People’s Committee, the province: every task; others: the tasks they may read.',
    },
    params: PlanParams,
    responses: {
      200: { description: { vi: 'Kế hoạch', en: 'The plan' }, schema: PlanViewSchema },
    },
    handle: async (call) => {
      const commune = await communeOf(call, call.params.commune);
      const row = await planRow(call, commune, call.params.plan);
      const plan = planOf(row);
      const tasks = plan.tasks.filter((t) =>
        canReadTask(call.principal, commune.team, t, call.today),
      );
      return json({ commune: commune.id, plan: { ...plan, tasks }, version: row.version });
    },
  }),
  operation({
    id: 'createTask',
    method: 'post',
    path: '/v1/communes/{commune}/plans/{plan}/tasks',
    tag: 'tasks',
    summary: { vi: 'Giao nhiệm vụ', en: 'Assign a task' },
    access: {
      vi: 'Tổ trưởng giao cho bất kỳ ai; Tổ phó giao cho tổ viên mình phụ trách (thư viện kiểm tra theo chuỗi).',
      en: 'The leader assigns to anyone; a deputy to the members they supervise (checked by the library along the chain).',
    },
    params: PlanParams,
    body: TaskInputSchema,
    responses: {
      201: { description: { vi: 'Đã giao', en: 'Assigned' }, schema: TaskViewSchema },
    },
    handle: async (call) => {
      const commune = await communeOf(call, call.params.commune);
      const seat = seatOf(call.principal);
      await planRow(call, commune, call.params.plan);
      const task = await call.env.store.transaction(
        `plan:${commune.id}:${call.params.plan}`,
        async (tx) => {
          const row = await tx.getPlan(commune.id, call.params.plan);
          if (!row) throw notFound(WHAT.plan, call.params.plan, ['plan']);
          const plan = planOf(row);
          const input = {
            ...call.body,
            assignedBy: seat.id,
            assignedOn: call.body.assignedOn ?? call.today,
            events: [],
          };
          const checked = checkPlan(
            { ...plan, tasks: [...plan.tasks, input] },
            commune.team,
            call,
            plan.tasks.length,
          );
          await tx.putPlan({
            commune: commune.id,
            id: plan.id,
            plan: JSON.stringify(checked),
            version: row.version + 1,
            updatedAt: call.nowText,
          });
          return checked.tasks.at(-1);
        },
      );
      return json({ plan: call.params.plan, task }, 201);
    },
  }),
  operation({
    id: 'addTaskEvent',
    method: 'post',
    path: '/v1/communes/{commune}/plans/{plan}/tasks/{task}/events',
    tag: 'tasks',
    summary: {
      vi: 'Cập nhật nhiệm vụ: bắt đầu, hoàn thành, trả lại, hủy',
      en: 'Update a task: start, complete, return, cancel',
    },
    access: {
      vi: 'Người được giao: bắt đầu, hoàn thành; người giao hoặc Tổ trưởng: trả lại, hủy. Trạng thái do thư viện kiểm tra.',
      en: 'An assignee: start, complete; the assigner or the leader: return, cancel. The library checks the state machine.',
    },
    params: TaskParams,
    body: TaskEventInputSchema,
    responses: {
      200: { description: { vi: 'Đã cập nhật', en: 'Updated' }, schema: TaskViewSchema },
    },
    handle: async (call) => {
      const commune = await communeOf(call, call.params.commune);
      const seat = seatOf(call.principal);
      await planRow(call, commune, call.params.plan);
      const task = await call.env.store.transaction(
        `plan:${commune.id}:${call.params.plan}`,
        async (tx) => {
          const row = await tx.getPlan(commune.id, call.params.plan);
          if (!row) throw notFound(WHAT.plan, call.params.plan, ['plan']);
          const plan = planOf(row);
          const index = plan.tasks.findIndex((t) => t.id === call.params.task);
          const current = plan.tasks[index];
          if (!current) throw notFound(WHAT.task, call.params.task, ['task']);
          const event = { ...call.body, on: call.body.on ?? call.today, by: seat.id };
          checkEventRights(commune.team, current, event);
          const tasks = plan.tasks.map((t, i) =>
            i === index ? { ...t, events: [...t.events, event] } : t,
          );
          const checked = checkPlan({ ...plan, tasks }, commune.team, call);
          await tx.putPlan({
            commune: commune.id,
            id: plan.id,
            plan: JSON.stringify(checked),
            version: row.version + 1,
            updatedAt: call.nowText,
          });
          return checked.tasks[index];
        },
      );
      return json({ plan: call.params.plan, task });
    },
  }),
  operation({
    id: 'listTasks',
    method: 'get',
    path: '/v1/communes/{commune}/tasks',
    tag: 'tasks',
    summary: {
      vi: 'Các nhiệm vụ và tình trạng vào một ngày (quá hạn, sắp đến hạn …)',
      en: 'Tasks and where they stand on a date (overdue, due soon …)',
    },
    access: {
      vi: 'Người giao, người được giao và các vị trí trên họ; Tổ trưởng, UBND, tỉnh: tất cả.',
      en: 'The assigner, the assignees and the seats above them; the leader, the People’s Committee, the province: all.',
    },
    params: CommuneParams,
    query: AsOfQuery.extend({
      timeliness: z
        .enum(['open', 'dueSoon', 'overdue', 'doneOnTime', 'doneLate', 'cancelled'])
        .optional(),
    }).strict(),
    responses: {
      200: { description: { vi: 'Nhiệm vụ', en: 'The tasks' }, schema: TaskListSchema },
    },
    handle: async (call) => {
      const commune = await communeOf(call, call.params.commune);
      const asOf = asOfOf(call);
      const tasks = [];
      for (const row of await call.env.store.listPlans(commune.id)) {
        const plan = planOf(row);
        for (const instance of unwrap(planTasks(plan))) {
          if (!canReadTask(call.principal, commune.team, instance.task, call.today)) continue;
          const view = statusView(instance, plan, asOf);
          if (call.query.timeliness === undefined || view.timeliness === call.query.timeliness) {
            tasks.push(view);
          }
        }
      }
      return json({ commune: commune.id, asOf, tasks });
    },
  }),
  operation({
    id: 'getFollowUp',
    method: 'get',
    path: '/v1/communes/{commune}/plans/{plan}/follow-up',
    tag: 'tasks',
    summary: {
      vi: 'Danh sách đôn đốc: việc quá hạn và sắp đến hạn, theo Tổ phó và Tổ trưởng',
      en: 'Follow-up lists: overdue and soon-due tasks, per deputy and for the leader',
    },
    access: {
      vi: 'Tổ trưởng, UBND, tỉnh: mọi danh sách; Tổ phó: danh sách của mình.',
      en: 'The leader, the People’s Committee, the province: every list; a deputy: their own.',
    },
    params: PlanParams,
    query: AsOfQuery,
    responses: {
      200: { description: { vi: 'Danh sách', en: 'The lists' }, schema: FollowUpSchema },
    },
    handle: async (call) => {
      const commune = await communeOf(call, call.params.commune);
      const whole = readsWholeCommune(call.principal);
      const seat = whole ? undefined : seatOf(call.principal);
      if (seat && seat.role !== 'deputy') {
        throw cannotRead({ vi: 'danh sách đôn đốc', en: 'the follow-up lists of' }, commune.id);
      }
      const plan = planOf(await planRow(call, commune, call.params.plan));
      const asOf = asOfOf(call);
      const lists = unwrap(followUp(commune.team, plan, { asOf }));
      const person = (p: { id: string; name: string } | undefined) =>
        p ? { id: p.id, name: p.name } : null;
      const view = (list: NonNullable<typeof lists.leader>) => ({
        seat: list.seat.id,
        holder: person(list.holder),
        items: list.items.map((item) => ({
          ...statusView(item.task, plan, asOf),
          seat: item.seat.id,
          holder: person(item.holder),
        })),
      });
      return json({
        commune: commune.id,
        plan: plan.id,
        asOf,
        leader: whole && lists.leader ? view(lists.leader) : null,
        deputies: lists.deputies.filter((d) => whole || d.seat.id === seat?.id).map(view),
      });
    },
  }),
];

/**
 * `tcns tasks overdue`: the follow-up lists (danh sách đôn đốc) of the leader and each deputy.
 */
import type { Context, Handler } from '../context.js';
import { type FollowUpList, followUp, messageOf, type Team } from '../library.js';
import { heading, seatLine, VACANT } from '../output.js';
import { CliError, failure } from '../text.js';
import { asOf, FILES, loadPlan, loadTeam } from '../workspace.js';

function listLines(context: Context, team: Team, list: FollowUpList, date: string): string[] {
  const holder = list.holder?.name ?? context.t(VACANT);
  const lines = [context.paint('bold', seatLine(team, list.seat, holder, date as never, context))];
  if (list.items.length === 0) {
    lines.push(
      `    ${context.t({ vi: 'không có việc quá hạn hay sắp đến hạn', en: 'nothing overdue or due soon' })}`,
    );
  }
  for (const item of list.items) {
    const left = item.status.workingDaysLeft ?? 0;
    const late = item.status.workingDaysLate ?? 0;
    const when =
      item.status.timeliness === 'overdue'
        ? context.paint(
            'red',
            context.t({
              vi: `quá hạn ${late} ngày làm việc`,
              en: `${late} working days overdue`,
            }),
          )
        : context.paint(
            'yellow',
            context.t({ vi: `còn ${left} ngày làm việc`, en: `${left} working days left` }),
          );
    const who = item.holder?.name ?? context.t(VACANT);
    lines.push(
      `    ${item.status.deadline}  ${when}  ${item.task.task.title[context.lang]} — ${who} (${item.seat.id})`,
    );
  }
  return lines;
}

function listJson(list: FollowUpList) {
  return {
    seat: list.seat.id,
    holder: list.holder?.name ?? null,
    items: list.items.map((item) => ({
      task: item.task.id,
      title: item.task.task.title,
      seat: item.seat.id,
      holder: item.holder?.name ?? null,
      deadline: item.status.deadline,
      timeliness: item.status.timeliness,
      workingDaysLeft: item.status.workingDaysLeft,
      workingDaysLate: item.status.workingDaysLate,
    })),
  };
}

export const overdue: Handler = async (context) => {
  const { team } = await loadTeam(context);
  const plan = await loadPlan(context, team);
  if (!plan) {
    throw failure(
      'missing_file',
      {
        vi: 'Chưa có kế hoạch (plan.json) trong thư mục làm việc. Xem schema/plan.schema.json.',
        en: 'There is no plan (plan.json) in the workspace. See schema/plan.schema.json.',
      },
      { file: context.showPath(`${context.dir()}/${FILES.plan}`) },
    );
  }
  const date = asOf(context);
  const result = followUp(team, plan, { asOf: date });
  if (result.isErr()) {
    throw new CliError([
      { code: result.error.code, severity: 'error', message: messageOf(result.error) },
    ]);
  }
  const lists = [...(result.value.leader ? [result.value.leader] : []), ...result.value.deputies];
  const lines = [
    heading(context, { vi: `Việc cần đôn đốc ngày ${date}`, en: `Tasks to follow up on ${date}` }),
  ];
  for (const list of lists) lines.push(...listLines(context, team, list, date));
  return {
    text: `${lines.join('\n')}\n`,
    data: { asOf: date, lists: lists.map(listJson) },
  };
};

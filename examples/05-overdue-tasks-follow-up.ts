/**
 * Overdue tasks and each deputy's follow-up list: the leader's plan gives village heads tasks
 * with deadlines; on 13 January 2025 the deputies see who is late among the members they
 * follow. Run: `npx tsx examples/05-overdue-tasks-follow-up.ts`.
 */
import {
  describeSeat,
  followUp,
  parsePlan,
  type TaskTimeliness,
  workingDaysBetween,
} from 'to-cong-nghe-so';
import { dakNia2022Team } from 'to-cong-nghe-so/samples';

const TIMELINESS: Record<TaskTimeliness, string> = {
  open: 'đang làm / open',
  dueSoon: 'sắp đến hạn / due soon',
  overdue: 'quá hạn / overdue',
  doneOnTime: 'xong đúng hạn / done on time',
  doneLate: 'xong trễ hạn / done late',
  cancelled: 'đã hủy / cancelled',
};

const team = dakNia2022Team();
const task = (id: string, vi: string, en: string, assignee: string, deadline: string) => ({
  id,
  title: { vi, en },
  duty: 'member.deploy',
  assignees: [assignee],
  assignedBy: 'leader/1',
  assignedOn: '2025-01-02',
  deadline,
});
const plan = parsePlan(
  {
    id: 'kh-2025-01',
    title: { vi: 'Kế hoạch tháng 1/2025', en: 'January 2025 plan' },
    period: '2025-01',
    by: 'leader/1',
    adoptedOn: '2025-01-02',
    tasks: [
      task(
        'vneid',
        'Hỗ trợ kích hoạt VNeID',
        'Help activate VNeID',
        'village-heads/bon-bu-sir',
        '2025-01-10',
      ),
      task(
        'zalo',
        'Lập nhóm Zalo của thôn',
        'Set up the village Zalo group',
        'village-heads/thon-nam-ra',
        '2025-01-08',
      ),
      task(
        'dvc',
        'Hướng dẫn dịch vụ công',
        'Guide online public services',
        'village-heads/thon-cay-xoai',
        '2025-01-31',
      ),
    ],
  },
  team,
);
if (plan.isErr()) {
  for (const problem of plan.error) console.error(`${problem.code}: ${problem.message.en}`);
  process.exit(1);
}
const asOf = '2025-01-13';
const lists = followUp(team, plan.value, { asOf })._unsafeUnwrap();
console.log(`Danh sách đôn đốc ngày ${asOf} / follow-up lists:`);
for (const list of lists.deputies) {
  console.log(`${describeSeat(team, list.seat, asOf).vi} — ${list.holder?.name ?? '—'}:`);
  for (const item of list.items) {
    const { deadline, timeliness } = item.status;
    const late =
      timeliness === 'overdue' ? `, ${workingDaysBetween(deadline, asOf)} ngày làm việc` : '';
    console.log(`  - ${item.task.task.title.vi} — ${item.holder?.name ?? '—'}`);
    console.log(`    hạn / due ${deadline}: ${TIMELINESS[timeliness]}${late}`);
  }
  if (list.items.length === 0) console.log('  (không có việc chậm / nothing late)');
}

/**
 * The leader's message for the team's Zalo group, from the sample month's reports: village heads
 * report, the deputies and the leader consolidate, and the leader's report becomes a message in
 * parts that fit the platform. Run: `npx tsx examples/06-group-message.ts`.
 */
import {
  consolidateReports,
  draftMemberReport,
  type ReportRecord,
  renderGroupMessage,
  submitReport,
} from 'to-cong-nghe-so';
import { dakNia2022Team, dakNiaJanuary2025 } from 'to-cong-nghe-so/samples';

const team = dakNia2022Team();
const month = dakNiaJanuary2025();
const { period, activities } = month;
let book: ReportRecord[] = [];
const submit = (draft: unknown) => {
  book = submitReport(book, draft, { team })._unsafeUnwrap();
};
for (const member of month.members) {
  submit(
    draftMemberReport(team, {
      ...member,
      period,
      activities,
      values: month.values,
    })._unsafeUnwrap(),
  );
}
for (const deputy of month.deputies) {
  submit(consolidateReports(book, team, { ...deputy, period, activities })._unsafeUnwrap());
}
submit(consolidateReports(book, team, { ...month.leader, period, activities })._unsafeUnwrap());
const leader = book.find((record) => record.report.from === month.leader.seat)?.report;
if (leader === undefined) throw new Error('no leader report');
const parts = renderGroupMessage(team, leader, { platform: 'zalo' });
parts.forEach((part, index) => {
  console.log(`--- tin ${index + 1}/${parts.length} (${part.length} ký tự / characters) ---`);
  console.log(part);
});

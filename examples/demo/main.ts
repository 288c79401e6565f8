/**
 * `npm run demo` — the library's main job on the bundled sample commune (Đắk Nia, Decision
 * 23/QĐ-UBND of 27/7/2022): build the team from its template and the commune's lists, validate
 * it, print its composition and reporting chain, then run a sample month (January 2025,
 * illustrative figures): village heads' reports drafted from their activities and values,
 * consolidated by the deputies and the leader, with completeness and timeliness, and the
 * leader's message for the team's Zalo group. Uses only the public API, imported by the
 * package's name, as a user would.
 */
import { styleText } from 'node:util';
import type { Result } from 'neverthrow';
import {
  chainOf,
  composeTeam,
  compositionOf,
  consolidateReports,
  dakNia2022Template,
  describeSeat,
  draftMemberReport,
  formatPeriod,
  formatVietnameseDate,
  type Problem,
  periodLabel,
  periodRange,
  type ReportRecord,
  ROLE_LABELS,
  renderGroupMessage,
  reportingStatus,
  submitReport,
  type Team,
  validateTeam,
} from 'to-cong-nghe-so';
import { dakNia2022Lists, dakNiaJanuary2025 } from 'to-cong-nghe-so/samples';

const asOf = '2022-07-27';
const heading = (vi: string, en: string) => console.log(styleText('bold', `\n${vi} / ${en}`));
const problemLine = (p: Problem) => `  - [${p.code}] ${p.message.vi} / ${p.message.en}`;

function fail(problems: readonly Problem[]): never {
  for (const p of problems) console.error(problemLine(p));
  process.exit(1);
}

function unwrap<T>(result: Result<T, Problem | readonly Problem[]>): T {
  if (result.isOk()) return result.value;
  fail(Array.isArray(result.error) ? result.error : [result.error as Problem]);
}

const composed = composeTeam(dakNia2022Template(), dakNia2022Lists());
if (composed.isErr()) fail(composed.error);
const team: Team = composed.value.team;

heading('Tổ công nghệ số cộng đồng xã Đắk Nia', 'Community Digital Technology Team of Đắk Nia');
console.log(
  `  Quyết định 23/QĐ-UBND, ${formatVietnameseDate(asOf)} — ${team.seats.length} ghế / seats`,
);

heading('Kiểm tra', 'Validation');
const validated = validateTeam(team, { asOf });
if (validated.isErr()) fail(validated.error);
console.log(`  Hợp lệ / valid — ${validated.value.warnings.length} cảnh báo / warnings`);
for (const warning of validated.value.warnings) console.log(problemLine(warning));

heading(`Thành phần ngày ${formatVietnameseDate(asOf, 'short')}`, `Composition on ${asOf}`);
for (const { seat, holder } of compositionOf(team, asOf)) {
  const what = describeSeat(team, seat, asOf).vi;
  console.log(
    `  ${ROLE_LABELS[seat.role].vi.padEnd(9)} ${holder?.name ?? '(chưa có người)'} — ${what}`,
  );
}

heading('Chuỗi báo cáo', 'Reporting chain');
const villageHead = team.seats.find((seat) => seat.filling.kind === 'villageHead');
if (villageHead) {
  const chain = chainOf(team, villageHead.id, { asOf });
  if (chain.isErr()) fail([chain.error]);
  const steps = [
    ...chain.value.seats.map(
      (seat) => `${ROLE_LABELS[seat.role].vi} (${describeSeat(team, seat, asOf).vi})`,
    ),
    ...chain.value.bodies.map((body) => body.name.vi),
  ];
  console.log(`  ${steps.join('\n    → ')}`);
  console.log(
    `  Báo cáo (b/c) / for report: ${chain.value.forReport.map((r) => r.name).join('; ')}`,
  );
}

const month = dakNiaJanuary2025();
const { period } = month;
heading(
  `Báo cáo ${periodLabel(period).vi}`,
  `Reports for ${periodLabel(period).en} (illustrative)`,
);
let book: ReportRecord[] = [];
for (const member of month.members) {
  const draft = unwrap(
    draftMemberReport(team, {
      ...member,
      period,
      activities: month.activities,
      values: month.values,
    }),
  );
  book = unwrap(submitReport(book, draft, { team }));
}
for (const deputy of [...month.deputies, month.leader]) {
  book = unwrap(
    submitReport(book, unwrap(consolidateReports(book, team, { ...deputy, period })), { team }),
  );
}
for (const role of ['member', 'deputy', 'leader'] as const) {
  const status = reportingStatus(book, team, { period, role });
  const rate = (x: number | null) => (x === null ? '–' : `${Math.round(x)} %`);
  const names = (ids: readonly string[]) =>
    ids
      .map((id) => team.seats.find((seat) => seat.id === id))
      .map((seat) => (seat ? describeSeat(team, seat, periodRange(period).end).vi : '?'))
      .join(', ');
  console.log(
    `  ${ROLE_LABELS[role].vi.padEnd(9)} nhận / received ${status.received}/${status.expected}` +
      `, đúng hạn / on time ${status.onTime} (${rate(status.timeliness)})` +
      (status.missing.length ? `, thiếu / missing: ${names(status.missing)}` : '') +
      (status.late.length ? `, muộn / late: ${names(status.late)}` : ''),
  );
}

const leaderReport = book.find((record) => record.report.from === month.leader.seat)?.report;
if (leaderReport) {
  heading('Tin nhắn nhóm Zalo của Tổ trưởng', "The leader's Zalo group message");
  for (const part of renderGroupMessage(team, leaderReport, { platform: 'zalo' })) {
    console.log(part.replace(/^/gmu, '  │ '));
  }
}
console.log(`\n  (${formatPeriod(period)}: số liệu minh họa / illustrative figures)`);

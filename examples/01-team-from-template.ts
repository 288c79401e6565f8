/**
 * Build a team from a template: the founding decision's Article 1 (the template) and the
 * commune's lists (who holds which office, the village heads, the delegates) give the team, with
 * every seat and who sits in it. Run: `npx tsx examples/01-team-from-template.ts`.
 */
import {
  composeTeam,
  compositionOf,
  dakNia2022Template,
  describeSeat,
  ROLE_LABELS,
} from 'to-cong-nghe-so';
import { dakNia2022Lists } from 'to-cong-nghe-so/samples';

const asOf = '2022-07-27';
const composed = composeTeam(dakNia2022Template(), dakNia2022Lists(), { asOf });
if (composed.isErr()) {
  for (const problem of composed.error) console.error(`${problem.code}: ${problem.message.en}`);
  process.exit(1);
}
const { team, warnings } = composed.value;
console.log(`Tổ công nghệ số xã Đắk Nia — ${team.seats.length} ghế / seats on ${asOf}`);
for (const { seat, holder } of compositionOf(team, asOf)) {
  const role = ROLE_LABELS[seat.role].vi.padEnd(8);
  console.log(`  ${role} ${(holder?.name ?? '—').padEnd(22)} ${describeSeat(team, seat, asOf).vi}`);
}
console.log(`Cảnh báo / warnings: ${warnings.length}`);

/**
 * `npm run demo` — the library's main job on the bundled sample commune (Đắk Nia, Decision
 * 23/QĐ-UBND of 27/7/2022): build the team from its template and the commune's lists, validate
 * it, and print its composition and reporting chain. Uses only the public API, imported by the
 * package's name, as a user would.
 */
import { styleText } from 'node:util';
import {
  chainOf,
  composeTeam,
  compositionOf,
  dakNia2022,
  dakNia2022Lists,
  describeSeat,
  formatVietnameseDate,
  type Problem,
  ROLE_LABELS,
  type Team,
  validateTeam,
} from 'to-cong-nghe-so';

const asOf = '2022-07-27';
const heading = (vi: string, en: string) => console.log(styleText('bold', `\n${vi} / ${en}`));
const problemLine = (p: Problem) => `  - [${p.code}] ${p.message.vi} / ${p.message.en}`;

function fail(problems: readonly Problem[]): never {
  for (const p of problems) console.error(problemLine(p));
  process.exit(1);
}

const composed = composeTeam(dakNia2022, dakNia2022Lists);
if (composed.isErr()) fail(composed.error);
const team: Team = composed.value;

heading('Tổ công nghệ số cộng đồng xã Đắk Nia', 'Community Digital Technology Team of Đắk Nia');
console.log(
  `  Quyết định 23/QĐ-UBND, ${formatVietnameseDate(asOf)} — ${team.seats.length} ghế / seats`,
);

heading('Kiểm tra', 'Validation');
const validated = validateTeam(team, { asOf });
if (validated.isErr()) fail(validated.error.errors);
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

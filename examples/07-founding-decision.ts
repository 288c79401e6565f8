/**
 * The founding decision as text: the team of Đắk Nia rendered as Decision 23/QĐ-UBND of
 * 27 July 2022 (legal basis, articles, recipients, signature). Run:
 * `npx tsx examples/07-founding-decision.ts`.
 */
import { renderDecision } from 'to-cong-nghe-so';
import { dakNia2022Team } from 'to-cong-nghe-so/samples';

const team = dakNia2022Team();
const [founding] = team.decisions;
if (founding === undefined) throw new Error('the sample team has no decision');
const decision = renderDecision(team, founding);
if (decision.isErr()) {
  for (const problem of [decision.error].flat())
    console.error(`${problem.code}: ${problem.message.en}`);
  process.exit(1);
}
console.log(decision.value.text);

/**
 * Validate a commune's file with mistakes in it and print every problem at once: each with its
 * code, where it is in the file, and the message in Vietnamese and English. Run:
 * `npx tsx examples/02-validate-with-mistakes.ts`.
 */
import { composeTeam, dakNia2022Template } from 'to-cong-nghe-so';
import { dakNia2022Lists } from 'to-cong-nghe-so/samples';

// The commune's lists as someone typed them, with three mistakes.
const lists = structuredClone(dakNia2022Lists()) as unknown as Record<string, unknown>;
const holdings = lists.officeHoldings as Array<Record<string, unknown>>;
holdings[0] = { ...holdings[0], from: '2022-02-30' }; // a date that does not exist
const people = lists.people as Array<Record<string, unknown>>;
// a village that is not in the list of places
lists.villageHeads = { ...(lists.villageHeads as object), 'thon-khong-co': people[1]?.id };
lists.note = 'draft'; // a field the format does not have

// As the commune's lists.json is read: JSON.parse gives a value of any shape.
const result = composeTeam(dakNia2022Template(), JSON.parse(JSON.stringify(lists)));
if (result.isOk()) {
  console.log('Không có lỗi / no problems');
} else {
  console.log(`${result.error.length} lỗi / problems:`);
  for (const problem of result.error) {
    console.log(`- [${problem.severity}] ${problem.code} at ${problem.path.join('.')}`);
    console.log(`    vi: ${problem.message.vi}`);
    console.log(`    en: ${problem.message.en}`);
  }
}

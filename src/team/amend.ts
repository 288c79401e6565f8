import { err, ok, type Result } from 'neverthrow';
import { conformingDocument } from '../_internal/arguments.js';
import { TEAM_ARGUMENT } from '../_internal/documents.js';
import { parseWithSchema } from '../problems/input.js';
import { apply } from './amend/apply.js';
import { checkDecision, checkStillNeeded } from './amend/checks.js';
import { type AmendProblem, type AmendProblemCode, amended, draftOf } from './amend/draft.js';
import { type TeamChangeInput, TeamChangesSchema } from './changes.js';
import { type DecisionInput, DecisionSchema, type Team, TeamSchema } from './schema.js';

export type { AmendProblem, AmendProblemCode };

/**
 * Applies a later decision to a team without rewriting history: what it ends gets an end date
 * (the eve of the decision's effective date) and what it starts begins on that date, both
 * pointing to the decision, which is added to the team's decisions. Queries as of an earlier
 * date answer exactly as before. Ending a seat also ends its holding and the supervision rows
 * to and from it; a seat that is not in force on the decision's effective date (already ended,
 * or not yet begun) cannot be ended again nor given a new holder (`seat_not_active`), so an
 * existing end date never moves. The result is written in the order of the team file, so that
 * `serializeTeam` of it reads back to the same text. Costs O(n + k) for a team of n records and
 * k changes.
 *
 * @param team - The team.
 * @param decision - The amending or dissolving decision (read like a file: its problems have
 *   paths starting with `decision`).
 * @param changes - What it changes (read like a file: an unknown change kind is a problem at
 *   `['changes', i, 'kind']`).
 * @returns `ok(amendedTeam)`, or every problem (paths start with `decision` or `changes`); a
 *   `team` that is not a {@link Team} gives `err([invalid_argument])`.
 * @example
 * ```ts
 * import { amendTeam, type DecisionInput, holderOf } from 'to-cong-nghe-so';
 * import { dakNia2022Team } from 'to-cong-nghe-so/samples';
 *
 * const team = dakNia2022Team();
 * const decision: DecisionInput = {
 *   id: 'qd-41-2023', kind: 'amending', number: 41, symbol: 'QĐ-UBND', issuerId: 'dak-nia-pc',
 *   place: 'Đắk Nia', date: '2023-09-01', amends: '23-QD-UBND-2022',
 *   summary: 'Về việc kiện toàn Tổ công nghệ số cộng đồng xã Đắk Nia',
 *   signature: { authorities: [{ prefix: 'TM', authority: 'Ủy ban nhân dân' }], title: 'Chủ tịch', name: 'Trần Đình Tuấn' },
 * };
 * const amended = amendTeam(team, decision, [
 *   { kind: 'replaceHolder', seatId: 'schools/school-thcs', personId: 'luu-thi-yen' },
 * ])._unsafeUnwrap();
 * holderOf(amended, 'schools/school-thcs', '2023-08-31').map((p) => p?.name); // ok('Mai Thị Hương')
 * holderOf(amended, 'schools/school-thcs', '2023-09-01').map((p) => p?.name); // ok('Lưu Thị Yến')
 * amendTeam(team, decision, [{ kind: 'renameSeat' } as never])._unsafeUnwrapErr()[0]?.path;
 * // ['changes', 0, 'kind']
 * ```
 * @category Team
 */
export function amendTeam(
  team: Team,
  decision: DecisionInput,
  changes: readonly TeamChangeInput[],
): Result<Team, AmendProblem[]> {
  const checked = conformingDocument(TeamSchema, team, 'team', TEAM_ARGUMENT);
  if (checked.isErr()) return err([checked.error]);
  const parsedDecision = parseWithSchema(DecisionSchema, decision, ['decision']);
  const parsedChanges = parseWithSchema(TeamChangesSchema, changes, ['changes']);
  if (parsedDecision.isErr() || parsedChanges.isErr()) {
    return err([
      ...(parsedDecision.isErr() ? parsedDecision.error : []),
      ...(parsedChanges.isErr() ? parsedChanges.error : []),
    ]);
  }
  const draft = draftOf(checked.value, parsedDecision.value);
  checkDecision(draft);
  parsedChanges.value.forEach((change, i) => {
    apply(draft, change, i);
  });
  checkStillNeeded(draft);
  return draft.problems.length > 0 ? err(draft.problems) : ok(amended(draft));
}

import { err, ok, type Result } from 'neverthrow';
import { conformingDocument } from '../_internal/arguments.js';
import { byId } from '../_internal/lookup.js';
import { fieldsOf, itemsOf, leniently, readDocument } from '../_internal/read.js';
import { unknownPlace } from '../problems/catalogue/places.js';
import { unknownSeat } from '../problems/catalogue/team.js';
import { duplicateActivity, notAVillage } from '../problems/catalogue/work.js';
import { type InputProblem, limitProblems } from '../problems/input.js';
import { type Problem, type ProblemPath, raise } from '../problems/problem.js';
import { type Team, TeamSchema } from '../team/schema.js';
import { TextSchema } from '../text/label.js';
import type { Activity } from './activity-schema.js';
import { ActivitiesSchema, TEAM_ARGUMENT } from './arguments.js';
import { placeRef } from './words.js';

/**
 * The codes of {@link ActivityProblem}.
 *
 * @category Work
 */
export type ActivityProblemCode =
  | 'unknown_seat'
  | 'unknown_place'
  | 'not_a_village'
  | 'duplicate_activity';

/**
 * A problem of an activity record.
 *
 * @category Work
 */
export type ActivityProblem = Problem<ActivityProblemCode>;

/**
 * The problems of {@link parseActivities}: of the records' shape, of their references, or
 * `invalid_argument` for a team that does not conform.
 *
 * @category Work
 */
export type ParseActivitiesProblem = InputProblem | ActivityProblem | Problem<'invalid_argument'>;

/** The parts of an activity record its references are checked on, read leniently. */
interface ActivityRefs {
  readonly id?: string | undefined;
  readonly by?: string | undefined;
  readonly village?: string | undefined;
  readonly attendees?: readonly (string | undefined)[];
}

/** The references of activity records that did not all parse: each field that parses alone. */
function lenientRefs(cleaned: unknown): ActivityRefs[] {
  return itemsOf(cleaned).map((item) => {
    const fields = fieldsOf(item);
    return {
      id: leniently(TextSchema, fields.id),
      by: leniently(TextSchema, fields.by),
      village: leniently(TextSchema, fields.village),
      attendees: itemsOf(fields.attendees).map((seat) => leniently(TextSchema, seat)),
    };
  });
}

/** @internal Two records with one id. */
export function checkActivityIds(records: readonly ActivityRefs[]): ActivityProblem[] {
  const seen = new Set<string>();
  const problems: ActivityProblem[] = [];
  records.forEach((record, i) => {
    if (record.id === undefined) return;
    if (seen.has(record.id)) {
      problems.push(raise(duplicateActivity, [i, 'id'], { activityId: record.id }));
    }
    seen.add(record.id);
  });
  return problems;
}

/** @internal Seats that are not the team's: the recorder and the attendees. */
export function checkActivitySeats(
  team: Team,
  records: readonly ActivityRefs[],
): ActivityProblem[] {
  const seats = byId(team.seats);
  const problems: ActivityProblem[] = [];
  const seat = (id: string | undefined, path: ProblemPath) => {
    if (id !== undefined && !seats.has(id)) problems.push(raise(unknownSeat, path, { seatId: id }));
  };
  records.forEach((record, i) => {
    seat(record.by, [i, 'by']);
    record.attendees?.forEach((id, j) => {
      seat(id, [i, 'attendees', j]);
    });
  });
  return problems;
}

/** @internal Villages that are not the team's villages. */
export function checkActivityVillages(
  team: Team,
  records: readonly ActivityRefs[],
): ActivityProblem[] {
  const places = byId(team.places);
  const problems: ActivityProblem[] = [];
  records.forEach((record, i) => {
    if (record.village === undefined) return;
    const place = places.get(record.village);
    if (place === undefined) {
      problems.push(raise(unknownPlace, [i, 'village'], { placeId: record.village }));
    } else if (place.level !== 'village') {
      problems.push(raise(notAVillage, [i, 'village'], { place: placeRef(place) }));
    }
  });
  return problems;
}

/**
 * Reads activity records and checks them against the team: the shape, that each id is unique,
 * that the seats (recorder, attendees) are the team's and the village is one of its villages.
 * Every problem is reported at once — a record with a bad date still has its seats and village
 * checked — at most 100, then one saying how many more.
 *
 * @param input - The records, e.g. parsed from JSON: any value.
 * @param team - The team.
 * @returns `ok(activities)` or every problem, with paths `[i, field]`; an `invalid_argument`
 *   problem when `team` is not a team. Never throws.
 * @example
 * ```ts
 * import { parseActivities } from 'to-cong-nghe-so';
 * import { dakNia2022Team } from 'to-cong-nghe-so/samples';
 *
 * parseActivities(
 *   [{ kind: 'guidance', id: 'g1', date: '2025-01-08', by: 'village-heads/bon-bu-sir', village: 'atlantis', topic: 'VNeID', people: 20 }],
 *   dakNia2022Team(),
 * ).mapErr((ps) => ps.map((p) => p.code)); // err(['unknown_place'])
 * ```
 * @category Work
 */
export function parseActivities(
  input: unknown,
  team: Team,
): Result<Activity[], ParseActivitiesProblem[]> {
  const checkedTeam = conformingDocument(TeamSchema, team, 'team', TEAM_ARGUMENT);
  if (checkedTeam.isErr()) return err([checkedTeam.error]);
  const read = readDocument(ActivitiesSchema, input);
  if (read.cleaned.isErr()) return err(read.cleaned.error);
  const records: readonly ActivityRefs[] = read.parsed.isOk()
    ? read.parsed.value
    : lenientRefs(read.cleaned.value);
  // Listed record by record, each record's problems in the order of the checks.
  const references = [
    ...checkActivityIds(records),
    ...checkActivitySeats(checkedTeam.value, records),
    ...checkActivityVillages(checkedTeam.value, records),
  ].sort((a, b) => Number(a.path[0]) - Number(b.path[0]));
  if (read.parsed.isOk() && references.length === 0) return ok(read.parsed.value);
  const shape = read.parsed.isErr() ? read.parsed.error : [];
  return err(limitProblems([...shape, ...references]) as (InputProblem | ActivityProblem)[]);
}

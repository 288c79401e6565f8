import * as z from 'zod';
import { checkDocument } from '../_internal/arguments.js';
import { lazySchema } from '../_internal/lazy-schema.js';
import { byId } from '../_internal/lookup.js';
import { checkPeriod } from '../_internal/periods.js';
import { formatPeriod, type Period, periodRange } from '../calendar/period.js';
import type { DataValue } from '../indicators/value.js';
import { countsOf } from '../places/query.js';
import { type Team, TeamSchema } from '../team/schema.js';
import { TextSchema } from '../text/label.js';
import {
  ACTIVITY_COUNTS,
  type Activity,
  type ActivityCountName,
  type ActivityCounts,
  ActivityCountsSchema,
  HELP_INDICATORS,
  HelpPlatformSchema,
} from './activity-schema.js';
import { ACTIVITIES_ARGUMENT, ActivitiesSchema, TEAM_ARGUMENT } from './arguments.js';

function add(counts: ActivityCounts, name: ActivityCountName, amount: number): void {
  if (amount > 0) counts[name] = (counts[name] ?? 0) + amount;
}

/** @internal Counts checked activities within a date range (all when absent). */
export function countChecked(
  activities: readonly Activity[],
  range?: { readonly start: string; readonly end: string },
): ActivityCounts {
  const counts: ActivityCounts = {};
  for (const a of activities) {
    if (range && (a.date < range.start || a.date > range.end)) continue;
    switch (a.kind) {
      case 'training':
        add(counts, 'trainings', 1);
        add(counts, 'onlineTrainings', a.form === 'online' ? 1 : 0);
        add(counts, 'trainingAttendees', a.attendees.length);
        break;
      case 'guidance':
        add(counts, 'guidanceSessions', 1);
        add(counts, 'peopleGuided', a.people);
        add(counts, 'householdsGuided', a.households);
        break;
      case 'help':
        add(counts, a.platform, a.count);
        break;
      case 'group':
        add(counts, 'groupsCreated', 1);
        add(counts, 'groupHouseholds', a.households);
        break;
    }
  }
  return counts;
}

/**
 * Counts the activities held within a period (by their date).
 *
 * @param activities - The records ({@link ActivitySchema}).
 * @param period - The period (all records when absent).
 * @returns The counts, without zeros.
 * @throws {@link InvalidArgumentError} when `activities` are not activity records or `period` is
 *   not a real period of the supported years.
 * @example
 * ```ts
 * import { countActivities } from 'to-cong-nghe-so';
 *
 * countActivities([
 *   { kind: 'guidance', id: 'g1', date: '2025-01-08', by: 'm', village: 'v', topic: 'VNeID', people: 20, households: 12 },
 *   { kind: 'help', id: 'h1', date: '2025-01-08', by: 'm', village: 'v', platform: 'vneid', count: 9 },
 * ]); // { guidanceSessions: 1, peopleGuided: 20, householdsGuided: 12, vneid: 9 }
 * ```
 * @category Work
 */
export function countActivities(activities: readonly Activity[], period?: Period): ActivityCounts {
  const checked = checkDocument(ActivitiesSchema, activities, 'activities', ACTIVITIES_ARGUMENT);
  const range = period === undefined ? undefined : periodRange(checkPeriod(period, 'period'));
  return countChecked(checked, range);
}

const COUNTS_LIST = /* @__PURE__ */ lazySchema(() => z.array(ActivityCountsSchema));

/** @internal Sums checked activity counts. */
export function sumChecked(all: readonly ActivityCounts[]): ActivityCounts {
  const counts: ActivityCounts = {};
  for (const one of all) {
    for (const name of ACTIVITY_COUNTS) add(counts, name, one[name] ?? 0);
  }
  return counts;
}

/**
 * Sums activity counts (e.g. those of the reports a deputy consolidates).
 *
 * @param all - The counts to sum ({@link ActivityCountsSchema}).
 * @returns Their sum, without zeros.
 * @throws {@link InvalidArgumentError} when an item is not activity counts (unknown names,
 *   negative or fractional counts).
 * @example
 * ```ts
 * import { sumActivityCounts } from 'to-cong-nghe-so';
 *
 * sumActivityCounts([{ vneid: 3 }, { vneid: 4, trainings: 1 }]); // { vneid: 7, trainings: 1 }
 * ```
 * @category Work
 */
export function sumActivityCounts(all: readonly ActivityCounts[]): ActivityCounts {
  return sumChecked(
    checkDocument(COUNTS_LIST, all, 'all', {
      vi: 'một danh sách số lượng hoạt động (ActivityCountsSchema)',
      en: 'a list of activity counts (ActivityCountsSchema)',
    }),
  );
}

/** The indicators of the counts of a village's activities, in the catalogue's order. */
function countPairs(counts: ActivityCounts): [string, number | undefined][] {
  return [
    ['memberTrainings', counts.trainings],
    ['guidanceSessions', counts.guidanceSessions],
    ['peopleGuided', counts.peopleGuided],
    ...HelpPlatformSchema.options.map((p): [string, number | undefined] => [
      HELP_INDICATORS[p],
      counts[p],
    ]),
    ['groupsCreated', counts.groupsCreated],
  ];
}

/** The activities of each village up to the period's end, in the order met. */
function activitiesByVillage(
  activities: readonly Activity[],
  end: string,
  villages: readonly string[] | undefined,
): Map<string, Activity[]> {
  const byVillage = new Map<string, Activity[]>((villages ?? []).map((v) => [v, []]));
  for (const a of activities) {
    if (a.date > end) continue;
    const list = byVillage.get(a.village);
    if (list !== undefined) list.push(a);
    else if (villages === undefined) byVillage.set(a.village, [a]);
  }
  return byVillage;
}

/** @internal {@link activityValues} of checked arguments. */
export function valuesOfActivities(
  activities: readonly Activity[],
  team: Team,
  period: Period,
  villages?: readonly string[],
): DataValue[] {
  const range = periodRange(period);
  const id = formatPeriod(period);
  const places = byId(team.places);
  const values: DataValue[] = [];
  for (const [village, list] of activitiesByVillage(activities, range.end, villages)) {
    const inPeriod = list.filter((a) => a.date >= range.start);
    const reportedBy = (inPeriod.at(-1) ?? list.at(-1))?.by;
    const value = (indicator: string, numerator: number, denominator?: number): DataValue => ({
      indicator,
      place: village,
      period: id,
      numerator,
      ...(denominator === undefined ? {} : { denominator }),
      ...(reportedBy === undefined ? {} : { reportedBy }),
    });
    for (const [indicator, n] of countPairs(countChecked(inPeriod))) {
      if (n || villages) values.push(value(indicator, n ?? 0));
    }
    const covered = countChecked(list.filter((a) => a.kind === 'group')).groupHouseholds ?? 0;
    const place = places.get(village);
    const households = place ? countsOf(place, range.end)?.households : undefined;
    if ((covered || villages) && households) {
      values.push(value('digitalGroupHouseholds', Math.min(covered, households), households));
    }
  }
  return values;
}

/**
 * Turns the activities of a month into the data values of the team-produced indicators of the
 * built-in catalogue, one per village and indicator with a non-zero count: `memberTrainings`,
 * `guidanceSessions`, `peopleGuided`, the installs and sign-ups of {@link HELP_INDICATORS},
 * `groupsCreated`, and `digitalGroupHouseholds` — the households covered by the groups created
 * up to the month's end (capped at the village's households), over the village's households,
 * when the team knows them. Given `villages`, every indicator is given for each of them, zeros
 * included (a village head who helped nobody reports 0, not nothing). Costs O(n) in the records.
 *
 * @param activities - The records (any dates; only the month's count, and earlier groups).
 * @param team - The team (for the villages' household counts).
 * @param period - The month.
 * @param villages - The villages to report for, zeros included (default: those with records).
 * @returns The values, each `reportedBy` the seat that recorded the village's latest activity.
 * @throws {@link InvalidArgumentError} when an argument does not conform: records that are not
 *   activities, a team that is not a team, a period that is not a real period of the supported
 *   years, villages that are not a list of ids.
 * @example
 * ```ts
 * import { activityValues } from 'to-cong-nghe-so';
 * import { dakNia2022Team } from 'to-cong-nghe-so/samples';
 *
 * activityValues(
 *   [{ kind: 'help', id: 'h1', date: '2025-01-08', by: 'village-heads/bon-bu-sir', village: 'bon-bu-sir', platform: 'vneid', count: 9 }],
 *   dakNia2022Team(),
 *   { kind: 'month', year: 2025, index: 1 },
 * ); // [{ indicator: 'vneidInstalls', place: 'bon-bu-sir', period: '2025-01', numerator: 9, reportedBy: 'village-heads/bon-bu-sir' }]
 * ```
 * @category Work
 */
export function activityValues(
  activities: readonly Activity[],
  team: Team,
  period: Period,
  villages?: readonly string[],
): DataValue[] {
  return valuesOfActivities(
    checkDocument(ActivitiesSchema, activities, 'activities', ACTIVITIES_ARGUMENT),
    checkDocument(TeamSchema, team, 'team', TEAM_ARGUMENT),
    checkPeriod(period, 'period'),
    villages === undefined
      ? undefined
      : checkDocument(z.array(TextSchema), villages, 'villages', {
          vi: 'một danh sách mã thôn',
          en: 'a list of village ids',
        }),
  );
}

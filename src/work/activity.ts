import { err, ok, type Result } from 'neverthrow';
import { z } from 'zod';
import { IsoDateSchema } from '../calendar/date.js';
import { formatPeriod, type Period, periodRange } from '../calendar/period.js';
import type { DataValue } from '../indicators/value.js';
import { countsOf } from '../places/query.js';
import { type InputProblem, problemsFromZod } from '../problems/input.js';
import type { Problem } from '../problems/problem.js';
import type { Team } from '../team/schema.js';
import { TextSchema } from '../text/label.js';

/**
 * A platform of {@link HELP_INDICATORS}: VNeID, the electronic health book, the public-service
 * portal, land information, e-commerce and e-payment apps, e-commerce registrations, e-payment
 * accounts opened, online public-service dossiers.
 *
 * @category Work
 */
export const HelpPlatformSchema = z.enum([
  'vneid',
  'healthBook',
  'publicService',
  'landInformation',
  'eCommerce',
  'ePayment',
  'eCommerceRegistration',
  'ePaymentAccount',
  'onlineDossier',
]);

/**
 * A platform members help with.
 *
 * @category Work
 */
export type HelpPlatform = z.infer<typeof HelpPlatformSchema>;

/**
 * The platforms a member helps people install or sign up to, and the team-produced indicator of
 * the built-in catalogue each one feeds.
 *
 * @example
 * ```ts
 * import { HELP_INDICATORS } from 'to-cong-nghe-so';
 *
 * HELP_INDICATORS.vneid; // 'vneidInstalls'
 * ```
 * @category Work
 */
export const HELP_INDICATORS: Readonly<Record<HelpPlatform, string>> = {
  vneid: 'vneidInstalls',
  healthBook: 'healthBookInstalls',
  publicService: 'publicServiceInstalls',
  landInformation: 'landInformationInstalls',
  eCommerce: 'eCommerceInstalls',
  ePayment: 'ePaymentInstalls',
  eCommerceRegistration: 'eCommerceRegistrations',
  ePaymentAccount: 'ePaymentRegistrations',
  onlineDossier: 'onlineDossiersHelped',
};

/** @internal The indicators {@link activityValues} computes from activity records. */
export const ACTIVITY_INDICATORS: ReadonlySet<string> = new Set([
  'memberTrainings',
  'guidanceSessions',
  'peopleGuided',
  ...Object.values(HELP_INDICATORS),
  'groupsCreated',
  'digitalGroupHouseholds',
]);

const common = {
  /** A stable id. */
  id: TextSchema,
  /** The day it took place. */
  date: IsoDateSchema,
  /** The seat that recorded it. */
  by: TextSchema,
  /** The village it took place in (counts are kept per village). */
  village: TextSchema,
  /** A note. */
  note: TextSchema.optional(),
};

/**
 * A record of field work (Quyết định 23, Điều 2.1 and 2.2.c):
 * - `training` — a training of members: form (in person or online), topic, attendee seats;
 * - `guidance` — a guidance session in a village: topic, people and households guided;
 * - `help` — installs or sign-ups helped on a platform, with how many;
 * - `group` — a social-network group created (Zalo, Facebook, Mocha …) and the households it
 *   covers.
 *
 * @example
 * ```ts
 * import { ActivitySchema } from 'to-cong-nghe-so';
 *
 * ActivitySchema.parse({
 *   kind: 'help', id: 'a1', date: '2025-01-08', by: 'village-heads/bon-bu-sir',
 *   village: 'bon-bu-sir', platform: 'vneid', count: 12,
 * }).kind; // 'help'
 * ```
 * @category Work
 */
export const ActivitySchema = z.discriminatedUnion('kind', [
  z
    .object({
      /** A training of members (Điều 2.1). */
      kind: z.literal('training'),
      ...common,
      /** In person or online. */
      form: z.enum(['inPerson', 'online']),
      /** What it was about. */
      topic: TextSchema,
      /** The seats that attended. */
      attendees: z.array(TextSchema).default([]),
    })
    .strict(),
  z
    .object({
      /** A guidance session in a village. */
      kind: z.literal('guidance'),
      ...common,
      /** What it was about. */
      topic: TextSchema,
      /** People guided. */
      people: z.number().int().min(0),
      /** Households guided. */
      households: z.number().int().min(0).default(0),
    })
    .strict(),
  z
    .object({
      /** Installs or sign-ups helped. */
      kind: z.literal('help'),
      ...common,
      /** The platform. */
      platform: HelpPlatformSchema,
      /** How many. */
      count: z.number().int().min(0),
    })
    .strict(),
  z
    .object({
      /** A social-network group created. */
      kind: z.literal('group'),
      ...common,
      /** Its platform. */
      platform: z.enum(['zalo', 'facebook', 'mocha', 'other']),
      /** Its name. */
      name: TextSchema,
      /** The households it covers. */
      households: z.number().int().min(0),
    })
    .strict(),
]);

/**
 * A record of field work.
 *
 * @category Work
 */
export type Activity = z.infer<typeof ActivitySchema>;

/**
 * A record of field work as written in JSON (defaults not yet filled in).
 *
 * @category Work
 */
export type ActivityInput = z.input<typeof ActivitySchema>;

/**
 * The codes of {@link ActivityProblem}.
 *
 * @category Work
 */
export type ActivityProblemCode = 'unknown_seat' | 'unknown_place' | 'duplicate_activity';

/**
 * A problem of an activity record.
 *
 * @category Work
 */
export type ActivityProblem = Problem<ActivityProblemCode>;

/**
 * Reads activity records and checks them against the team: the shape, that each id is unique,
 * that the seats (recorder, attendees) are the team's and the village is one of its places.
 * Every problem is reported at once.
 *
 * @param input - The records, e.g. parsed from JSON.
 * @param team - The team.
 * @returns `ok(activities)` or every problem, with paths `[i, field]`.
 * @example
 * ```ts
 * import { dakNia2022Team, parseActivities } from 'to-cong-nghe-so';
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
): Result<Activity[], (InputProblem | ActivityProblem)[]> {
  const parsed = z.array(ActivitySchema).safeParse(input);
  if (!parsed.success) return err(problemsFromZod(parsed.error));
  const problems: ActivityProblem[] = [];
  const seats = new Set(team.seats.map((s) => s.id));
  const seen = new Set<string>();
  const seat = (id: string, path: (string | number)[]) => {
    if (!seats.has(id)) {
      problems.push({
        code: 'unknown_seat',
        path,
        message: { vi: `Tổ không có vị trí "${id}".`, en: `The team has no seat "${id}".` },
      });
    }
  };
  parsed.data.forEach((activity, i) => {
    if (seen.has(activity.id)) {
      problems.push({
        code: 'duplicate_activity',
        path: [i, 'id'],
        message: {
          vi: `Hoạt động "${activity.id}" bị trùng mã.`,
          en: `Activity id "${activity.id}" is used twice.`,
        },
      });
    }
    seen.add(activity.id);
    seat(activity.by, [i, 'by']);
    if (activity.kind === 'training') {
      activity.attendees.forEach((id, j) => {
        seat(id, [i, 'attendees', j]);
      });
    }
    if (!team.places.some((p) => p.id === activity.village && p.level === 'village')) {
      problems.push({
        code: 'unknown_place',
        path: [i, 'village'],
        message: {
          vi: `Không có thôn "${activity.village}".`,
          en: `There is no village "${activity.village}".`,
        },
      });
    }
  });
  return problems.length > 0 ? err(problems) : ok(parsed.data);
}

/**
 * The names of the activity counts a report carries.
 *
 * @example
 * ```ts
 * import { ACTIVITY_COUNTS } from 'to-cong-nghe-so';
 *
 * ACTIVITY_COUNTS.length; // 17
 * ```
 * @category Work
 */
export const ACTIVITY_COUNTS = [
  'trainings',
  'onlineTrainings',
  'trainingAttendees',
  'guidanceSessions',
  'peopleGuided',
  'householdsGuided',
  ...HelpPlatformSchema.options,
  'groupsCreated',
  'groupHouseholds',
] as const;

/**
 * The name of an activity count.
 *
 * @category Work
 */
export type ActivityCountName = (typeof ACTIVITY_COUNTS)[number];

/**
 * Activity counts: how many trainings (and how many online, and attendances), guidance sessions,
 * people and households guided, installs and sign-ups per platform, groups created and the
 * households they cover. Counts that are zero may be left out.
 *
 * @category Work
 */
export const ActivityCountsSchema = z.partialRecord(
  z.enum(ACTIVITY_COUNTS),
  z.number().int().min(0),
);

/**
 * Activity counts.
 *
 * @category Work
 */
export type ActivityCounts = z.infer<typeof ActivityCountsSchema>;

function add(counts: ActivityCounts, name: ActivityCountName, amount: number): void {
  if (amount > 0) counts[name] = (counts[name] ?? 0) + amount;
}

/**
 * Counts the activities held within a period (by their date).
 *
 * @param activities - The records.
 * @param period - The period (all records when absent).
 * @returns The counts, without zeros.
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
  const range = period ? periodRange(period) : undefined;
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
 * Sums activity counts (e.g. those of the reports a deputy consolidates).
 *
 * @param all - The counts to sum.
 * @returns Their sum, without zeros.
 * @example
 * ```ts
 * import { sumActivityCounts } from 'to-cong-nghe-so';
 *
 * sumActivityCounts([{ vneid: 3 }, { vneid: 4, trainings: 1 }]); // { vneid: 7, trainings: 1 }
 * ```
 * @category Work
 */
export function sumActivityCounts(all: readonly ActivityCounts[]): ActivityCounts {
  const counts: ActivityCounts = {};
  for (const one of all) {
    for (const name of ACTIVITY_COUNTS) add(counts, name, one[name] ?? 0);
  }
  return counts;
}

/**
 * Turns the activities of a month into the data values of the team-produced indicators of the
 * built-in catalogue, one per village and indicator with a non-zero count: `memberTrainings`,
 * `guidanceSessions`, `peopleGuided`, the installs and sign-ups of {@link HELP_INDICATORS},
 * `groupsCreated`, and `digitalGroupHouseholds` — the households covered by the groups created
 * up to the month's end (capped at the village's households), over the village's households,
 * when the team knows them. Given `villages`, every indicator is given for each of them, zeros
 * included (a village head who helped nobody reports 0, not nothing).
 *
 * @param activities - The records (any dates; only the month's count, and earlier groups).
 * @param team - The team (for the villages' household counts).
 * @param period - The month.
 * @param villages - The villages to report for, zeros included (default: those with records).
 * @returns The values, each `reportedBy` the seat that recorded the village's latest activity.
 * @example
 * ```ts
 * import { activityValues, dakNia2022Team } from 'to-cong-nghe-so';
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
  const range = periodRange(period);
  const id = formatPeriod(period);
  const byVillage = new Map<string, Activity[]>((villages ?? []).map((v) => [v, []]));
  for (const a of activities) {
    if (villages && !villages.includes(a.village)) continue;
    if (a.date > range.end) continue;
    byVillage.set(a.village, [...(byVillage.get(a.village) ?? []), a]);
  }
  const values: DataValue[] = [];
  for (const [village, list] of byVillage) {
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
    const counts = countActivities(inPeriod);
    const pairs: [string, number | undefined][] = [
      ['memberTrainings', counts.trainings],
      ['guidanceSessions', counts.guidanceSessions],
      ['peopleGuided', counts.peopleGuided],
      ...HelpPlatformSchema.options.map((p): [string, number | undefined] => [
        HELP_INDICATORS[p],
        counts[p],
      ]),
      ['groupsCreated', counts.groupsCreated],
    ];
    for (const [indicator, n] of pairs) if (n || villages) values.push(value(indicator, n ?? 0));
    const covered = countActivities(list.filter((a) => a.kind === 'group')).groupHouseholds ?? 0;
    const place = team.places.find((p) => p.id === village);
    const households = place ? countsOf(place, range.end)?.households : undefined;
    if ((covered || villages) && households) {
      values.push(value('digitalGroupHouseholds', Math.min(covered, households), households));
    }
  }
  return values;
}

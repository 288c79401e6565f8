import * as z from 'zod';
import { deepFreeze } from '../_internal/freeze.js';
import { lazyFields, lazySchema } from '../_internal/lazy-schema.js';
import { IsoDateSchema } from '../calendar/date.js';
import { TextSchema } from '../text/label.js';

/** The platforms, in the order reports list them. */
const HELP_PLATFORMS = [
  'vneid',
  'healthBook',
  'publicService',
  'landInformation',
  'eCommerce',
  'ePayment',
  'eCommerceRegistration',
  'ePaymentAccount',
  'onlineDossier',
] as const;

/**
 * A platform of {@link HELP_INDICATORS}: VNeID, the electronic health book, the public-service
 * portal, land information, e-commerce and e-payment apps, e-commerce registrations, e-payment
 * accounts opened, online public-service dossiers.
 *
 * @category Work
 */
export const HelpPlatformSchema = /* @__PURE__ */ lazySchema(() => z.enum(HELP_PLATFORMS));

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
export const HELP_INDICATORS: Readonly<Record<HelpPlatform, string>> = deepFreeze({
  vneid: 'vneidInstalls',
  healthBook: 'healthBookInstalls',
  publicService: 'publicServiceInstalls',
  landInformation: 'landInformationInstalls',
  eCommerce: 'eCommerceInstalls',
  ePayment: 'ePaymentInstalls',
  eCommerceRegistration: 'eCommerceRegistrations',
  ePaymentAccount: 'ePaymentRegistrations',
  onlineDossier: 'onlineDossiersHelped',
});

/** @internal The indicators {@link activityValues} computes from activity records. */
export const ACTIVITY_INDICATORS: ReadonlySet<string> = new Set([
  'memberTrainings',
  'guidanceSessions',
  'peopleGuided',
  ...Object.values(HELP_INDICATORS),
  'groupsCreated',
  'digitalGroupHouseholds',
]);

const common = /* @__PURE__ */ lazyFields(() => ({
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
}));

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
export const ActivitySchema = /* @__PURE__ */ lazySchema(() =>
  z.discriminatedUnion('kind', [
    z
      .object({
        /** A training of members (Điều 2.1). */
        kind: z.literal('training'),
        ...common(),
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
        ...common(),
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
        ...common(),
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
        ...common(),
        /** Its platform. */
        platform: z.enum(['zalo', 'facebook', 'mocha', 'other']),
        /** Its name. */
        name: TextSchema,
        /** The households it covers. */
        households: z.number().int().min(0),
      })
      .strict(),
  ]),
);

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
export const ACTIVITY_COUNTS = deepFreeze([
  'trainings',
  'onlineTrainings',
  'trainingAttendees',
  'guidanceSessions',
  'peopleGuided',
  'householdsGuided',
  ...HELP_PLATFORMS,
  'groupsCreated',
  'groupHouseholds',
] as const);

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
export const ActivityCountsSchema = /* @__PURE__ */ lazySchema(() =>
  z.partialRecord(z.enum(ACTIVITY_COUNTS), z.number().int().min(0)),
);

/**
 * Activity counts.
 *
 * @category Work
 */
export type ActivityCounts = z.infer<typeof ActivityCountsSchema>;

// The shapes of DHIS2's data exchange payloads, as DHIS2's Web API documentation gives them:
// "Data values" → "Sending data values" (data.html#webapi_sending_data_values) and "Complete data
// set registrations" (data-validation.html#webapi_complete_data_set_registrations), at
// https://docs.dhis2.org/en/develop/using-the-api/dhis-core-version-master/.
import * as z from 'zod';
import { lazySchema } from '../../_internal/lazy-schema.js';

/**
 * A DHIS2 identifier: with the default identifier scheme (`UID`), an 11-character id, a letter
 * then letters and digits (`DiszpKrYNg8`); with `idScheme: 'CODE'`, the object's code.
 */
const IdSchema = /* @__PURE__ */ lazySchema(() => z.string().min(1));

/** The identifier schemes the library writes: DHIS2's default `UID`, or `CODE`. */
export const Dhis2IdSchemeSchema = /* @__PURE__ */ lazySchema(() => z.enum(['UID', 'CODE']));

/**
 * One data value of a DHIS2 `dataValueSet` (DHIS2 Web API, "Sending data values"): the data
 * element, period, organisation unit, category option combination, attribute option combination
 * and the value as text, with who stored it and a comment. `period` and `orgUnit` may be left to
 * the set. DHIS2's exports add `created`, `lastUpdated`, `followup` and `deleted`.
 *
 * @category Indicators
 */
export const Dhis2DataValueSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      /** The data element (UID, or code with `idScheme: 'CODE'`). */
      dataElement: IdSchema,
      /** The period as DHIS2 writes it: `202610`, `2026Q4`, `2026S2`, `2026`, `2026W5`. */
      period: z.string().optional(),
      /** The organisation unit. */
      orgUnit: IdSchema.optional(),
      /** The category option combination (the disaggregation); DHIS2's default one when absent. */
      categoryOptionCombo: IdSchema.optional(),
      /** The attribute option combination; DHIS2's default one when absent. */
      attributeOptionCombo: IdSchema.optional(),
      /** The value, as text (`"150"`); numbers are taken on import too. */
      value: z.union([z.string(), z.number()]),
      /** Who stored the value. */
      storedBy: z.string().optional(),
      /** A comment on the value. */
      comment: z.string().optional(),
      /** When DHIS2 created the value (in its exports). */
      created: z.string().optional(),
      /** When DHIS2 last updated the value (in its exports). */
      lastUpdated: z.string().optional(),
      /** Whether the value is marked for follow-up (in its exports). */
      followup: z.boolean().optional(),
      /** Whether the value was deleted (in exports that include deleted values). */
      deleted: z.boolean().optional(),
    })
    .strict(),
);

/**
 * A DHIS2 `dataValueSet` for `POST /api/dataValueSets` (DHIS2 Web API, "Sending data values"):
 * the data set, completion date, period, organisation unit and attribute option combination of
 * the whole set, the identifier scheme, and the data values.
 *
 * @example
 * ```ts
 * import { Dhis2DataValueSetSchema } from 'to-cong-nghe-so';
 *
 * Dhis2DataValueSetSchema.safeParse({
 *   dataSet: 'pBOMPrpg1QX', completeDate: '2026-11-03', period: '202610', orgUnit: 'DiszpKrYNg8',
 *   dataValues: [{ dataElement: 'f7n9E0hX8qk', value: '12' }],
 * }).success; // true
 * Dhis2DataValueSetSchema.safeParse({ dataValues: [{ value: '12' }] }).success; // false
 * ```
 * @category Indicators
 */
export const Dhis2DataValueSetSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      /** The data set the values are captured for (needed for reporting rates). */
      dataSet: IdSchema.optional(),
      /** The date the set was completed, `yyyy-MM-dd`: registers the set as complete. */
      completeDate: z.string().optional(),
      /** The period of every value that names none. */
      period: z.string().optional(),
      /** The organisation unit of every value that names none. */
      orgUnit: IdSchema.optional(),
      /** The attribute option combination of every value that names none. */
      attributeOptionCombo: IdSchema.optional(),
      /** The identifier scheme of the payload (`CODE`: codes instead of UIDs). */
      idScheme: z.string().optional(),
      /** The identifier scheme of data elements. */
      dataElementIdScheme: z.string().optional(),
      /** The identifier scheme of organisation units. */
      orgUnitIdScheme: z.string().optional(),
      /** The data values. */
      dataValues: z.array(Dhis2DataValueSchema),
    })
    .strict(),
);

/**
 * One value of a DHIS2 `dataValueSet`.
 *
 * @category Indicators
 */
export type Dhis2DataValue = z.output<typeof Dhis2DataValueSchema>;

/**
 * A DHIS2 `dataValueSet`.
 *
 * @category Indicators
 */
export type Dhis2DataValueSet = z.output<typeof Dhis2DataValueSetSchema>;

/**
 * One complete data set registration (DHIS2 Web API, "Completing data sets"): the data set,
 * period, organisation unit (named `organisationUnit` here, unlike in data values), attribute
 * option combination, the date of registration and who stored it.
 *
 * @category Indicators
 */
export const Dhis2CompleteRegistrationSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      /** The data set completed. */
      dataSet: IdSchema,
      /** The period, as DHIS2 writes it. */
      period: z.string(),
      /** The organisation unit. */
      organisationUnit: IdSchema,
      /** The attribute option combination. */
      attributeOptionCombo: IdSchema.optional(),
      /** When the set was completed, `yyyy-MM-dd`; DHIS2 takes the time of import without it. */
      date: z.string().optional(),
      /** Who completed it. */
      storedBy: z.string().optional(),
    })
    .strict(),
);

/**
 * A payload for `POST /api/completeDataSetRegistrations` (DHIS2 Web API, "Completing data sets"):
 * the registrations, and the identifier scheme as a member of the payload.
 *
 * @example
 * ```ts
 * import { Dhis2CompleteRegistrationsSchema } from 'to-cong-nghe-so';
 *
 * Dhis2CompleteRegistrationsSchema.safeParse({
 *   completeDataSetRegistrations: [{ dataSet: 'eZDhcZi6FLP', period: '200810', organisationUnit: 'qhqAxPSTUXp' }],
 * }).success; // true
 * ```
 * @category Indicators
 */
export const Dhis2CompleteRegistrationsSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      /** The identifier scheme of the payload (`CODE`: codes instead of UIDs). */
      idScheme: z.string().optional(),
      /** The registrations. */
      completeDataSetRegistrations: z.array(Dhis2CompleteRegistrationSchema),
    })
    .strict(),
);

/**
 * One complete data set registration.
 *
 * @category Indicators
 */
export type Dhis2CompleteRegistration = z.output<typeof Dhis2CompleteRegistrationSchema>;

/**
 * A payload of complete data set registrations.
 *
 * @category Indicators
 */
export type Dhis2CompleteRegistrations = z.output<typeof Dhis2CompleteRegistrationsSchema>;

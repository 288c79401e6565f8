// How the library's indicator quantities and places map to a DHIS2 instance's data elements,
// category option combinations and organisation units, both ways.
import * as z from 'zod';
import { lazySchema } from '../../_internal/lazy-schema.js';
import { own } from '../../_internal/own.js';
import { InvalidArgumentError } from '../../problems/argument.js';
import type { QuantityName } from '../definition.js';
import { Dhis2IdSchemeSchema } from './schema.js';

/** A DHIS2 UID: 11 characters, a letter then letters and digits (DHIS2 Web API, "Identifiers"). */
export const DHIS2_UID = /^[A-Za-z][A-Za-z0-9]{10}$/u;

/** Where a quantity goes in DHIS2: a data element, and a category option combination. */
export const Dhis2ElementSchema = /* @__PURE__ */ lazySchema(() =>
  z.union([
    z.string().min(1),
    z
      .object({
        /** The data element. */
        dataElement: z.string().min(1),
        /** The category option combination, when the numerator and denominator share an element. */
        categoryOptionCombo: z.string().min(1).optional(),
      })
      .strict(),
  ]),
);

/** The mapping options shared by the DHIS2 functions. */
export const Dhis2MappingSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    /** DHIS2 data elements by `code.numerator` / `code.denominator`. */
    dataElements: z.record(z.string(), Dhis2ElementSchema).optional(),
    /** DHIS2 organisation units by place id. */
    orgUnits: z.record(z.string(), z.string().min(1)).optional(),
    /** `UID` (DHIS2's default) or `CODE`. */
    idScheme: Dhis2IdSchemeSchema.optional(),
  }),
);

/**
 * Where a quantity goes in DHIS2: a data element, alone or with a category option combination
 * (when the numerator and denominator are two disaggregations of one data element).
 *
 * @category Indicators
 */
export type Dhis2Element = z.input<typeof Dhis2ElementSchema>;

/**
 * How the library's ids map to a DHIS2 instance's: data elements by `code.numerator` /
 * `code.denominator`, organisation units by place id, and the identifier scheme.
 *
 * @category Indicators
 */
export interface Dhis2Mapping {
  /**
   * DHIS2 data elements by `code.numerator` / `code.denominator`: a data element, or
   * `{ dataElement, categoryOptionCombo }`. Unmapped quantities are written `code.numerator`.
   */
  readonly dataElements?: Readonly<Record<string, Dhis2Element>>;
  /** DHIS2 organisation units by place id. Unmapped places are written by their id. */
  readonly orgUnits?: Readonly<Record<string, string>>;
  /**
   * `UID` (DHIS2's default, when absent): every data element, organisation unit, data set and
   * option combination written must be a DHIS2 UID. `CODE`: they are DHIS2 codes, and the payload
   * says `idScheme: 'CODE'` (DHIS2 Web API, "Identifier schemes").
   */
  readonly idScheme?: 'UID' | 'CODE';
}

/** A quantity in DHIS2. */
export interface Dhis2Target {
  readonly dataElement: string;
  readonly categoryOptionCombo?: string | undefined;
}

/** The mapping, read. */
export interface ReadMapping {
  readonly scheme: 'UID' | 'CODE';
  readonly element: (indicator: string, quantity: QuantityName) => Dhis2Target;
  readonly orgUnit: (place: string) => string;
  /** The `code.quantity` a data element (and option combination) stands for. */
  readonly quantityOf: (dataElement: string, combo: string | undefined) => string | undefined;
  /** The place an organisation unit stands for. */
  readonly placeOf: (orgUnit: string) => string;
}

function targetOf(element: z.output<typeof Dhis2ElementSchema>): Dhis2Target {
  return typeof element === 'string' ? { dataElement: element } : element;
}

/** The mapping both ways, from the parsed options. */
export function readMapping(mapping: z.output<typeof Dhis2MappingSchema>): ReadMapping {
  const elements = mapping.dataElements ?? {};
  const orgUnits = mapping.orgUnits ?? {};
  const byElement = new Map<string, string>();
  /** The one quantity of a data element, for values that name no combination (`null`: several). */
  const onlyQuantity = new Map<string, string | null>();
  for (const [quantity, element] of Object.entries(elements)) {
    const { dataElement, categoryOptionCombo } = targetOf(element);
    byElement.set(`${dataElement}\u0000${categoryOptionCombo ?? ''}`, quantity);
    onlyQuantity.set(dataElement, onlyQuantity.has(dataElement) ? null : quantity);
  }
  const byOrgUnit = new Map<string, string>();
  for (const [place, orgUnit] of Object.entries(orgUnits)) byOrgUnit.set(orgUnit, place);
  return {
    scheme: mapping.idScheme ?? 'UID',
    element: (indicator, quantity) => {
      const code = `${indicator}.${quantity}`;
      const mapped = own(elements, code);
      return mapped === undefined ? { dataElement: code } : targetOf(mapped);
    },
    orgUnit: (place) => own(orgUnits, place) ?? place,
    quantityOf: (dataElement, combo) =>
      byElement.get(`${dataElement}\u0000${combo ?? ''}`) ??
      byElement.get(`${dataElement}\u0000`) ??
      (combo === undefined ? onlyQuantity.get(dataElement) : undefined) ??
      (/^.+\.(?:numerator|denominator)$/u.test(dataElement) ? dataElement : undefined),
    placeOf: (orgUnit) => byOrgUnit.get(orgUnit) ?? orgUnit,
  };
}

/**
 * Checks that an id written under the `UID` scheme is a DHIS2 UID.
 *
 * @throws {@link InvalidArgumentError} naming the option to fill in, or `idScheme: 'CODE'`.
 */
export function checkUid(scheme: 'UID' | 'CODE', id: string, argument: string, of: string): void {
  if (scheme === 'CODE' || DHIS2_UID.test(id)) return;
  throw new InvalidArgumentError(
    argument,
    {
      vi: `một mã UID của DHIS2 (11 chữ và số, bắt đầu bằng chữ) cho "${of}", hoặc đặt "idScheme" là "CODE" để gửi mã`,
      en: `a DHIS2 UID (11 letters and digits, starting with a letter) for "${of}", or set "idScheme" to "CODE" to send codes`,
    },
    id,
  );
}

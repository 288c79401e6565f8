import { err, ok, type Result } from 'neverthrow';
import { argumentsOrErr } from '../_internal/arguments.js';
import type { Place } from '../places/place.js';
import { unknownIndicator } from '../problems/catalogue/indicators.js';
import { invalidType } from '../problems/catalogue/input.js';
import { unknownPlace } from '../problems/catalogue/places.js';
import {
  cleanInput,
  type InputProblem,
  limitProblems,
  problemsFromZod,
} from '../problems/input.js';
import { type Problem, raise } from '../problems/problem.js';
import { excerpt } from '../problems/words.js';
import { TextSchema } from '../text/label.js';
import { checkCatalogue, checkPlaces } from './arguments.js';
import type { Catalogue } from './definition.js';
import { type Target, TargetSchema } from './target.js';

/**
 * What {@link parseTargets} checks targets' references against, when given.
 *
 * @category Indicators
 */
export interface ParseTargetsOptions {
  /** The indicators targets may be set for; unknown codes are problems when given. */
  readonly catalogue?: Catalogue;
  /** The places targets may be set for; unknown ids are problems when given. */
  readonly places?: readonly Place[];
}

/**
 * A problem {@link parseTargets} reports.
 *
 * @category Indicators
 */
export type ParseTargetsProblem =
  | InputProblem
  | Problem<'unknown_indicator' | 'unknown_place' | 'invalid_argument'>;

/** The indicator and place a target names, when they are text: checked even if its shape is wrong. */
function referenceProblems(
  item: unknown,
  at: number,
  indicators: ReadonlySet<string> | undefined,
  places: ReadonlySet<string> | undefined,
): ParseTargetsProblem[] {
  if (typeof item !== 'object' || item === null) return [];
  const raw = item as { indicator?: unknown; place?: unknown };
  const indicator = TextSchema.safeParse(raw.indicator);
  const place = TextSchema.safeParse(raw.place);
  const found: ParseTargetsProblem[] = [];
  if (indicators && indicator.success && !indicators.has(indicator.data))
    found.push(raise(unknownIndicator, [at, 'indicator'], { indicatorId: indicator.data }));
  if (places && place.success && !places.has(place.data))
    found.push(raise(unknownPlace, [at, 'place'], { placeId: place.data }));
  return found;
}

function referenceSets(options: ParseTargetsOptions) {
  return argumentsOrErr(() => {
    const given = (typeof options === 'object' && options !== null ? options : {}) as Partial<
      Record<keyof ParseTargetsOptions, unknown>
    >;
    const catalogue =
      given.catalogue === undefined
        ? undefined
        : checkCatalogue(given.catalogue, 'options.catalogue');
    const places =
      given.places === undefined ? undefined : checkPlaces(given.places, 'options.places');
    return {
      indicators: catalogue && new Set(catalogue.map((indicator) => indicator.code)),
      places: places && new Set(places.map((place) => place.id)),
    };
  });
}

/**
 * Parses targets (JSON already decoded), reporting every problem at once (at most 100, then one
 * saying how many more): the shape of each target (a real date or a year from 1900 to 2100, a
 * comparator `>`, `≥`, `≤`, `<` …) and, when a catalogue or places are given, the indicator and
 * place each names — checked even for targets whose shape is wrong.
 *
 * Never throws: any input gives `ok` or `err`; options that are not a catalogue or places give
 * an `err` with the `invalid_argument` problem.
 *
 * @param input - An array of targets (any value is accepted and checked).
 * @param options - The catalogue and the places to check references against (both optional).
 * @returns The targets, or the problems with paths starting at the array index.
 * @example
 * ```ts
 * import { BUILT_IN_INDICATORS, parseTargets } from 'to-cong-nghe-so';
 *
 * parseTargets([{ indicator: 'digitalGroupHouseholds', place: 'dak-nia', by: 2026, comparator: '≥', value: 100 }])
 *   .map((targets) => targets[0]?.by); // ok('2026-12-31')
 * parseTargets([{ indicator: 'fibreHousehold', by: 2026, comparator: '>', value: 80 }], { catalogue: BUILT_IN_INDICATORS })
 *   .mapErr((problems) => problems.map((p) => p.code)); // err(['unknown_indicator'])
 * ```
 * @category Indicators
 */
export function parseTargets(
  input: unknown,
  options: ParseTargetsOptions = {},
): Result<Target[], ParseTargetsProblem[]> {
  const sets = referenceSets(options);
  if (sets.isErr()) return err([sets.error]);
  const { indicators, places } = sets.value;
  return cleanInput(input)
    .andThen((clean): Result<Target[], ParseTargetsProblem[]> => {
      if (!Array.isArray(clean)) {
        return err([
          raise(invalidType, [], {
            field: '',
            expected: 'list' as const,
            received: excerpt(input),
          }),
        ]);
      }
      const problems: ParseTargetsProblem[] = [];
      const targets: Target[] = [];
      clean.forEach((item, at) => {
        const one = TargetSchema.safeParse(item, { reportInput: true });
        if (one.success) targets.push(one.data);
        else problems.push(...problemsFromZod(one.error, [at]));
        problems.push(...referenceProblems(item, at, indicators, places));
      });
      return problems.length > 0 ? err(problems) : ok(targets);
    })
    .mapErr((problems) => limitProblems(problems) as ParseTargetsProblem[]);
}

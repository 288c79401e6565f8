import { err, ok, type Result } from 'neverthrow';
import { duplicateIndicator, unknownBaseIndicator } from '../problems/catalogue/indicators.js';
import { invalidType } from '../problems/catalogue/input.js';
import {
  cleanInput,
  type InputProblem,
  limitProblems,
  problemsFromZod,
} from '../problems/input.js';
import { type Problem, raise } from '../problems/problem.js';
import { excerpt } from '../problems/words.js';
import { conformingCatalogue } from './arguments.js';
import { type Catalogue, type Indicator, IndicatorSchema } from './definition.js';

/**
 * The codes of {@link CatalogueProblem}.
 *
 * @category Indicators
 */
export type CatalogueProblemCode =
  | 'duplicate_indicator'
  | 'unknown_base_indicator'
  | 'invalid_indicator_code'
  | 'inconsistent_indicator';

/**
 * A problem with a catalogue: an indicator code written wrong or used twice, an indicator whose
 * quantities do not fit its unit, a "villages meeting" indicator based on nothing measured.
 *
 * @category Indicators
 */
export type CatalogueProblem = Problem<CatalogueProblemCode>;

/**
 * A problem {@link parseCatalogue} reports.
 *
 * @category Indicators
 */
export type ParseCatalogueProblem = InputProblem | CatalogueProblem | Problem<'invalid_argument'>;

/** The code an item gives, whether it is derived, and the code it is based on, when text. */
interface Names {
  readonly code?: string | undefined;
  readonly derived: boolean;
  readonly base?: string | undefined;
}

function namesOf(item: unknown): Names {
  if (typeof item !== 'object' || item === null) return { derived: false };
  const { code, villagesMeeting } = item as { code?: unknown; villagesMeeting?: unknown };
  const base =
    typeof villagesMeeting === 'object' && villagesMeeting !== null
      ? (villagesMeeting as { indicator?: unknown }).indicator
      : undefined;
  return {
    code: typeof code === 'string' ? code : undefined,
    derived: villagesMeeting !== undefined,
    base: typeof base === 'string' ? base : undefined,
  };
}

/** Codes used twice in the input: a problem at each repetition, naming the first. */
function duplicates(names: readonly Names[]): CatalogueProblem[] {
  const first = new Map<string, number>();
  const found: CatalogueProblem[] = [];
  names.forEach(({ code }, i) => {
    if (code === undefined) return;
    const at = first.get(code);
    if (at === undefined) first.set(code, i);
    else found.push(raise(duplicateIndicator, [i, 'code'], { indicatorId: code, first: at }));
  });
  return found;
}

/**
 * "Villages meeting" indicators whose base is not a measured indicator: neither in the input
 * (shape checked or not) nor in the base catalogue.
 */
function unknownBases(names: readonly Names[], base: Catalogue): CatalogueProblem[] {
  const derived = new Map(
    base.map((indicator) => [indicator.code, indicator.villagesMeeting !== undefined]),
  );
  for (const { code, derived: isDerived } of names)
    if (code !== undefined) derived.set(code, isDerived);
  const found: CatalogueProblem[] = [];
  names.forEach(({ base: baseCode }, i) => {
    if (baseCode === undefined || derived.get(baseCode) === false) return;
    found.push(
      raise(unknownBaseIndicator, [i, 'villagesMeeting', 'indicator'], {
        indicatorId: baseCode,
        fault: derived.has(baseCode) ? ('derived' as const) : ('unknown' as const),
      }),
    );
  });
  return found;
}

/** The index of the input item a problem is about, for listing problems item by item. */
function itemOf(problem: ParseCatalogueProblem): number {
  const [first] = problem.path;
  return typeof first === 'number' ? first : -1;
}

/**
 * Parses user-defined indicators (JSON already decoded) and, when given a base catalogue,
 * extends it: an indicator with a code already in the base replaces it, new codes are added.
 * Reports every problem at once (at most 100, then one saying how many more): shape problems per
 * indicator (a code not written like `bookClubs`, a ratio without a denominator …), codes used
 * twice in the input, and "villages meeting" indicators based on an unknown or derived indicator
 * — the references checked even for indicators whose shape is wrong.
 *
 * Never throws: any input gives `ok` or `err`; a `base` that is not a catalogue gives an `err`
 * with the `invalid_argument` problem.
 *
 * @param input - An array of indicator definitions (any value is accepted and checked).
 * @param base - The catalogue to extend (e.g. {@link BUILT_IN_INDICATORS}); empty by default.
 * @returns The resulting catalogue (fresh objects), or all problems (paths start with the array
 *   index).
 * @example
 * ```ts
 * import { BUILT_IN_INDICATORS, parseCatalogue } from 'to-cong-nghe-so';
 *
 * const mine = parseCatalogue(
 *   [{ code: 'bookClubs', pillar: 'digitalSociety', unit: 'count',
 *      name: { vi: 'Số câu lạc bộ đọc sách số', en: 'Digital reading clubs' },
 *      numerator: { name: { vi: 'Số câu lạc bộ', en: 'Clubs' }, aggregation: 'last' } }],
 *   BUILT_IN_INDICATORS,
 * );
 * mine.map((catalogue) => catalogue.length - BUILT_IN_INDICATORS.length); // ok(1)
 * parseCatalogue([{ code: 'Book clubs' }])._unsafeUnwrapErr()[0]?.code; // 'invalid_indicator_code'
 * ```
 * @category Indicators
 */
export function parseCatalogue(
  input: unknown,
  base: Catalogue = [],
): Result<Indicator[], ParseCatalogueProblem[]> {
  const checked = conformingCatalogue(base, 'base');
  if (checked.isErr()) return err([checked.error]);
  return cleanInput(input)
    .andThen((clean): Result<unknown[], ParseCatalogueProblem[]> => {
      if (Array.isArray(clean)) return ok(clean);
      return err([
        raise(invalidType, [], { field: '', expected: 'list' as const, received: excerpt(input) }),
      ]);
    })
    .andThen((items) => extend(items, checked.value))
    .mapErr((problems) => limitProblems(problems) as ParseCatalogueProblem[]);
}

function extend(
  items: readonly unknown[],
  base: Catalogue,
): Result<Indicator[], ParseCatalogueProblem[]> {
  const problems: ParseCatalogueProblem[] = [];
  const added: Indicator[] = [];
  items.forEach((item, i) => {
    const one = IndicatorSchema.safeParse(item, { reportInput: true });
    if (one.success) added.push(one.data);
    else problems.push(...problemsFromZod(one.error, [i]));
  });
  const names = items.map(namesOf);
  problems.push(...duplicates(names), ...unknownBases(names, base));
  if (problems.length > 0) return err(problems.sort((a, b) => itemOf(a) - itemOf(b)));
  const codes = new Set(added.map((indicator) => indicator.code));
  return ok(
    [...base.filter((indicator) => !codes.has(indicator.code)), ...added].map(
      (indicator) => JSON.parse(JSON.stringify(indicator)) as Indicator,
    ),
  );
}

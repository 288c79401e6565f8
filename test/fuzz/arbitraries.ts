/**
 * What the fuzz suite throws at every export: any JavaScript value, and the inputs communes and
 * apps really send by mistake — huge and deep values, prototype keys, decomposed (NFD) text,
 * dates from 0000 to 9999, numbers that are not counts.
 */
import fc from 'fast-check';

/** A `YYYY-MM-DD`-looking string of any year 0000–9999, real day or not. */
export const anyDateText: fc.Arbitrary<string> = fc
  .tuple(
    fc.integer({ min: 0, max: 9999 }),
    fc.integer({ min: 0, max: 13 }),
    fc.integer({ min: 0, max: 32 }),
  )
  .map(
    ([y, m, d]) =>
      `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  );

/** A real day within the supported range 1900–2100. */
export const date: fc.Arbitrary<string> = fc
  .date({
    min: new Date('1900-01-01T00:00:00Z'),
    max: new Date('2100-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

/** A recent day, where the bundled calendars and samples have data. */
export const recentDate: fc.Arbitrary<string> = fc
  .date({
    min: new Date('2020-01-01T00:00:00Z'),
    max: new Date('2030-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

/** Numbers that break loops and arithmetic. */
export const awkwardNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    1e9,
    5e8,
    -1e9,
  ),
  fc.double(),
  fc.integer(),
);

/** Text a Vietnamese keyboard may produce, decomposed (NFD). */
export const nfdText: fc.Arbitrary<string> = fc
  .constantFrom('Đắk Nia', 'Bon Bu Sir', 'Tổ dân phố 1', 'Quản Thị Ngọc', 'thôn Đắk Tân')
  .map((text) => text.normalize('NFD'));

function deep(depth: number): unknown {
  let value: unknown = 'x';
  for (let i = 0; i < depth; i += 1) value = [value];
  return value;
}

/** Values that are not data, or that test the limits of readers. */
export const monster: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant('x'.repeat(10_000_000)),
  fc.constant(deep(10_000)),
  fc.constant(JSON.parse('{"__proto__": {"polluted": true}, "constructor": 1, "toString": 2}')),
  fc.constant(
    (() => {
      const row = Object.create(null) as Record<string, unknown>;
      row.id = 10n;
      row.name = Object.create(null);
      return row;
    })(),
  ),
  fc.constant(
    (() => {
      const cyclic: Record<string, unknown> = { id: 'x' };
      cyclic.self = cyclic;
      return cyclic;
    })(),
  ),
  fc.constant('['.repeat(4200) + ']'.repeat(4200)),
);

/** Any value at all, and the hostile ones above. */
export const hostile: fc.Arbitrary<unknown> = fc.oneof(
  {
    arbitrary: fc.anything({
      withBigInt: true,
      withNullPrototype: true,
      withMap: true,
      withSet: true,
      withDate: true,
    }),
    weight: 4,
  },
  { arbitrary: anyDateText, weight: 2 },
  { arbitrary: awkwardNumber, weight: 2 },
  { arbitrary: nfdText, weight: 1 },
  { arbitrary: monster, weight: 1 },
  {
    arbitrary: fc.constantFrom(undefined, null, '', ' ', '2026-02-30', '24/02/2026', 'garbage'),
    weight: 2,
  },
);

/** Mostly a valid value, sometimes a hostile one. */
export function or<T>(valid: fc.Arbitrary<T>, weight = 3): fc.Arbitrary<unknown> {
  return fc.oneof({ arbitrary: valid, weight }, { arbitrary: hostile, weight: 1 });
}

/** Argument lists: each argument valid or hostile, with an optional extra argument. */
export function args(...each: fc.Arbitrary<unknown>[]): fc.Arbitrary<unknown[]> {
  return fc.tuple(...each.map((a) => or(a)));
}

/** Argument lists of any values, for functions whose every argument is outside data. */
export function anyArgs(count: number): fc.Arbitrary<unknown[]> {
  return fc.array(hostile, { minLength: count, maxLength: count });
}

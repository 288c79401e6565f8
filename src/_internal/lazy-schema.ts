// The library's zod schemas are built on first use, not when the package is imported: an app that
// calls `isWorkingDay` never pays for the ~100 schemas of teams, reports and indicators, and a
// command-line run builds only the schemas of the files it reads.
//
// `lazySchema(build)` returns a stand-in that builds the schema the first time anything touches it
// (a property, a method, `instanceof`, `Object.keys` …) and from then on reads through to it, so
// that `Schema.parse`, `Schema.shape`, `Schema.extend(…)`, `z.toJSONSchema(Schema)` and
// `z.infer<typeof Schema>` behave exactly as on the schema itself; its type is the schema's type.
import { processSchema } from 'zod/v4/core';

type Internals = { processJSONSchema?: unknown; parent?: unknown };
type JsonSchemaContext = { seen: Map<unknown, { ref?: unknown }> };

/**
 * The stand-in's `_zod` internals: the built schema's, except that for JSON Schema the stand-in
 * is a reference to the built schema (as a `.readonly()` wrapper is to its inner schema), so that
 * zod's generator, which keys what it has seen by schema, sees the stand-in and the built schema
 * as two schemas, one referring to the other, and writes the same JSON Schema as for the built one.
 */
function internalsOf(stand: object, schema: { _zod: Internals }): Internals {
  const internals = schema._zod;
  if (typeof internals.processJSONSchema !== 'function') return internals;
  // zod has entered the stand-in in `ctx.seen` before it asks it to process itself.
  const processJSONSchema = (ctx: JsonSchemaContext, _json: object, params: unknown): void => {
    processSchema(schema as never, ctx as never, params as never);
    (ctx.seen.get(stand) as { ref?: unknown }).ref = schema;
  };
  return new Proxy(internals, {
    get(target, key) {
      if (key === 'processJSONSchema') return processJSONSchema;
      // The built schema's parent (a `.meta()` copy has one) is its own business: seen once.
      if (key === 'parent') return undefined;
      return Reflect.get(target, key, target);
    },
  });
}

/**
 * A schema built on first use (see the file's comment).
 *
 * The stand-in is to zod a schema of its own that shares the built schema's definition: its
 * methods are bound to it, so `Schema.optional()` wraps the stand-in (a `Map` keyed by the
 * exported schema finds it inside other schemas), and for JSON Schema it refers to the built one.
 *
 * @param build - Builds the schema; called once, the first time the schema is used.
 * @returns A stand-in with the type, properties and behaviour of the built schema.
 */
/* @__NO_SIDE_EFFECTS__ */
export function lazySchema<T extends object>(build: () => T): T {
  let built: T | undefined;
  let internals: Internals | undefined;
  const real = (): T => {
    built ??= build();
    return built;
  };
  // The target holds what zod caches on the stand-in itself (methods bound to it).
  const stand: T = new Proxy({} as T, {
    get(target, key) {
      if (Object.hasOwn(target, key)) return Reflect.get(target, key);
      const schema = real();
      if (key === '_zod') {
        internals ??= internalsOf(stand, schema as unknown as { _zod: Internals });
        return internals;
      }
      return Reflect.get(schema, key, stand);
    },
    has: (target, key) => Object.hasOwn(target, key) || Reflect.has(real(), key),
    ownKeys: (target) => [...new Set([...Reflect.ownKeys(real()), ...Reflect.ownKeys(target)])],
    getOwnPropertyDescriptor(target, key) {
      const own = Reflect.getOwnPropertyDescriptor(target, key);
      if (own !== undefined) return own;
      const descriptor = Reflect.getOwnPropertyDescriptor(real(), key);
      // The empty target cannot hold the built schema's non-configurable properties.
      return descriptor === undefined ? undefined : { ...descriptor, configurable: true };
    },
    getPrototypeOf: () => Reflect.getPrototypeOf(real()),
    // The target stays extensible, so the stand-in cannot be frozen (a frozen zod schema's
    // methods fail on first use anyway): `Object.freeze` throws and the stand-in still works.
    // Stryker disable next-line BooleanLiteral,ArrowFunction: any other answer throws the same TypeError
    preventExtensions: () => false,
  });
  return stand;
}

/**
 * Shape fields shared by several schemas (`{ from: …, to: … }`), built on first use and the same
 * objects from then on (so that a JSON Schema of the whole sees one schema, not copies).
 *
 * @param build - Builds the fields; called once.
 * @returns A function that returns the fields.
 */
/* @__NO_SIDE_EFFECTS__ */
export function lazyFields<T extends object>(build: () => T): () => T {
  let built: T | undefined;
  return () => {
    built ??= build();
    return built;
  };
}

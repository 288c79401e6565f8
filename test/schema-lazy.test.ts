// The library's schemas are built on first use (src/_internal/lazy-schema.ts): importing the
// package builds none of them, and a schema used through its stand-in behaves as the schema.
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { lazyFields, lazySchema } from '../src/_internal/lazy-schema.js';

/** Calls of zod's builders (`z.object`, `z.string` …) made by the library's modules. */
const built = vi.hoisted(() => ({ calls: 0 }));

vi.mock('zod', async (original) => {
  const zod = await original<typeof import('zod')>();
  // Builders are lower-case (`object`, `z.object`); classes (`ZodType`) stay as they are.
  const count = (value: unknown, key: PropertyKey) =>
    typeof value === 'function' && !/^[A-Z]/u.test(String(key))
      ? (...args: unknown[]) => {
          built.calls += 1;
          return (value as (...a: unknown[]) => unknown)(...args);
        }
      : value;
  const counting = new Proxy(zod.z, {
    get: (target, key, receiver) => count(Reflect.get(target, key, receiver), key),
  });
  // The library imports zod as a namespace (`import * as z from 'zod'`): its top-level names.
  const names = Object.fromEntries(
    Object.entries(zod).map(([key, value]) => [key, count(value, key)]),
  );
  return { ...names, z: counting };
});

describe('importing the package', () => {
  it('builds no schema until one is used, then only what that one needs', async () => {
    const before = built.calls;
    const library = await import('../src/index.js');
    expect(built.calls).toBe(before);

    expect(library.IsoDateSchema.safeParse('2026-02-29').success).toBe(false);
    const afterDate = built.calls;
    expect(afterDate).toBeGreaterThan(before);

    expect(library.TeamSchema.safeParse({}).success).toBe(false);
    expect(built.calls).toBeGreaterThan(afterDate);
  });

  it('exports every schema as a zod schema that parses', async () => {
    const library = (await import('../src/index.js')) as Record<string, unknown>;
    const schemas = Object.entries(library).filter(([name]) => /^[A-Z]\w*Schema$/u.test(name));
    expect(schemas.length).toBeGreaterThan(80);
    for (const [name, schema] of schemas) {
      expect(schema, name).toBeInstanceOf(z.ZodType);
      expect(typeof (schema as z.ZodType).safeParse(Symbol('x')).success, name).toBe('boolean');
    }
  });
});

describe('lazySchema', () => {
  const thing = () =>
    z
      .object({ id: z.string().min(1), at: z.string().meta({ format: 'date' }) })
      .strict()
      .meta({ title: 'Thing' });
  const counted = () => {
    const calls = { n: 0 };
    const schema = lazySchema(() => {
      calls.n += 1;
      return thing();
    });
    return { calls, schema };
  };

  it('builds once, on first use', () => {
    const { calls, schema } = counted();
    expect(calls.n).toBe(0);
    expect(schema.parse({ id: 'a', at: 'x' })).toEqual({ id: 'a', at: 'x' });
    expect(schema.safeParse({ id: '' }).success).toBe(false);
    expect(Object.keys(schema.shape)).toEqual(['id', 'at']);
    expect(calls.n).toBe(1);
  });

  it('parses, composes and extends as the schema does', () => {
    const { schema } = counted();
    expect(schema).toBeInstanceOf(z.ZodObject);
    const wrapped = z.object({ thing: schema, list: z.array(schema.optional()) });
    expect(wrapped.safeParse({ thing: { id: 'a', at: 'b' }, list: [undefined] }).success).toBe(
      true,
    );
    expect(wrapped.safeParse({ thing: { id: 'a' }, list: [] }).success).toBe(false);
    expect(schema.extend({ n: z.number() }).parse({ id: 'a', at: 'b', n: 1 })).toEqual({
      id: 'a',
      at: 'b',
      n: 1,
    });
  });

  it('gives the JSON Schema of the schema, alone and inside others, with metadata', () => {
    const { schema } = counted();
    expect(z.toJSONSchema(schema)).toEqual(z.toJSONSchema(thing()));
    expect(z.toJSONSchema(schema)).toMatchObject({ title: 'Thing', additionalProperties: false });
    const inside = (s: z.ZodType) =>
      z.toJSONSchema(z.object({ one: s, many: z.array(s), maybe: s.optional() }), {
        io: 'input',
      });
    expect(inside(schema)).toEqual(inside(thing()));
    // Reused schemas as $defs: the stand-in and its schema count as one use each, as before.
    expect(z.toJSONSchema(schema, { reused: 'ref' })).toEqual(
      z.toJSONSchema(thing(), { reused: 'ref' }),
    );
    const twice = (s: z.ZodType) => z.toJSONSchema(z.tuple([s, s]), { reused: 'ref' });
    expect(twice(schema)).toEqual(twice(thing()));
  });

  it('hands a schema without JSON Schema internals (an older zod) its own internals', () => {
    const internals = { def: { type: 'custom' } };
    const schema = lazySchema(() => ({ _zod: internals }));
    expect(schema._zod).toBe(internals);
  });

  it('is the schema its wrappers wrap, so a lookup by the exported schema finds it', () => {
    const { schema } = counted();
    expect(schema.optional().unwrap()).toBe(schema);
    expect(z.array(schema).element).toBe(schema);
    const marked: string[] = [];
    z.toJSONSchema(z.object({ a: schema.optional() }), {
      override: ({ zodSchema }) => {
        if (zodSchema === schema) marked.push('thing');
      },
    });
    expect(marked).toEqual(['thing']);
  });

  it('hands out the same bound method each time, callable detached', () => {
    const { schema } = counted();
    expect(schema.parse).toBe(schema.parse);
    const { safeParse } = schema;
    expect(safeParse({ id: 'a', at: 'b' }).success).toBe(true);
  });

  it('lists and describes the schema’s own properties', () => {
    const { schema } = counted();
    const plain = thing();
    expect(Reflect.ownKeys(schema)).toEqual(expect.arrayContaining(Reflect.ownKeys(plain)));
    expect(Object.getOwnPropertyDescriptor(schema, '_zod')?.configurable).toBe(true);
    expect('_zod' in schema && 'def' in schema).toBe(true);
    expect(Object.getOwnPropertyDescriptor(schema, 'absent')).toBeUndefined();
    const { parse } = schema;
    expect(Object.getOwnPropertyDescriptor(schema, 'parse')?.value).toBe(parse);
    expect(Object.getPrototypeOf(schema)).toBe(Object.getPrototypeOf(plain));
    expect(() => Object.freeze(schema)).toThrow(TypeError);
    expect(Object.isFrozen(schema)).toBe(false);
    expect(schema.safeParse({ id: 'a', at: 'b' }).success).toBe(true);
  });
});

describe('lazyFields', () => {
  it('builds the fields once and returns the same objects', () => {
    let calls = 0;
    const fields = lazyFields(() => {
      calls += 1;
      return { from: z.string().optional() };
    });
    expect(calls).toBe(0);
    expect(fields()).toBe(fields());
    expect(fields().from).toBe(fields().from);
    expect(calls).toBe(1);
  });
});

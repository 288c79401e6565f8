import fc from 'fast-check';
import { err, ok } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseJsonText, parseWithSchema, problemsFromZod } from '../../src/index.js';

const Person = z
  .object({
    name: z.string().min(2),
    age: z.number().int().max(150),
    role: z.enum(['leader', 'deputy', 'member']),
    email: z.email().optional(),
    tags: z.array(z.string()).optional(),
  })
  .strict();

function problems(input: unknown) {
  return parseWithSchema(Person, input, ['people', 0])._unsafeUnwrapErr();
}

describe('parseWithSchema', () => {
  it('returns the parsed value', () => {
    expect(parseWithSchema(Person, { name: 'An', age: 30, role: 'member' })).toEqual(
      ok({ name: 'An', age: 30, role: 'member' }),
    );
  });

  it('reports every problem at once, each with a code, a prefixed path and both languages', () => {
    const found = problems({ age: 'thirty', role: 'boss', extra: 1, email: 'x', tags: [1] });
    expect(found.map((p) => [p.code, p.path])).toEqual(
      expect.arrayContaining([
        ['missing_field', ['people', 0, 'name']],
        ['invalid_type', ['people', 0, 'age']],
        ['invalid_value', ['people', 0, 'role']],
        ['unknown_field', ['people', 0, 'extra']],
        ['invalid_format', ['people', 0, 'email']],
        ['invalid_type', ['people', 0, 'tags', 0]],
      ]),
    );
    for (const problem of found) {
      expect(problem.message.vi.length).toBeGreaterThan(0);
      expect(problem.message.en.length).toBeGreaterThan(0);
    }
  });

  it('names sizes in too_small and too_big', () => {
    const [small] = problems({ name: 'A', age: 30, role: 'member' });
    expect(small?.code).toBe('too_small');
    expect(small?.message.en).toBe('Field "people[0].name" must have at least 2 characters.');
    expect(small?.params).toEqual({
      field: 'people[0].name',
      limit: 2,
      subject: 'text',
      inclusive: true,
    });
    const [big] = problems({ name: 'An', age: 200, role: 'member' });
    expect(big?.code).toBe('too_big');
    expect(big?.message.vi).toBe('Trường "people[0].age" không được quá 150.');
  });

  it('tells a missing field from a wrong type even when zod did not report the input', () => {
    const result = Person.safeParse({ age: 'thirty', role: 'leader' });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(problemsFromZod(result.error).map((p) => p.code)).toEqual([
        'missing_field',
        'invalid_type',
      ]);
    }
  });

  it('shortens long values in messages', () => {
    const [problem] = parseWithSchema(z.number(), 'x'.repeat(500))._unsafeUnwrapErr();
    expect(problem?.message.en.length).toBeLessThan(150);
    expect(problem?.message.en).toContain('…');
  });

  it('maps refinements of other schemas to invalid_input without their English text', () => {
    const schema = z.string().refine((s) => s.startsWith('QĐ'), { message: 'must start with QĐ' });
    const result = schema.safeParse('KH', { reportInput: true });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(problemsFromZod(result.error)).toEqual([
        {
          code: 'invalid_input',
          severity: 'error',
          path: [],
          params: { field: '', received: '"KH"' },
          message: { vi: 'Dữ liệu không hợp lệ: "KH".', en: 'The input is not valid: "KH".' },
        },
      ]);
    }
  });
});

describe('parseJsonText', () => {
  it('decodes JSON', () => {
    expect(parseJsonText('{"a":[1,2]}')).toEqual(ok({ a: [1, 2] }));
  });

  it('turns a syntax error into an invalid_json problem, never an exception', () => {
    const result = parseJsonText('{"a":');
    expect(result.isErr()).toBe(true);
    expect(result._unsafeUnwrapErr()[0]?.code).toBe('invalid_json');
    expect(parseJsonText('x'.repeat(1_000_000))).toEqual(
      err([expect.objectContaining({ code: 'invalid_json', path: [] })]),
    );
  });
});

describe('hostile input', () => {
  const Doc = z
    .object({ name: z.string(), heads: z.record(z.string(), z.string()).default({}) })
    .strict();
  const codes = (input: unknown) =>
    parseWithSchema(Doc, input).match(
      () => [],
      (problems) => problems.map((p) => `${p.code} @ ${p.path.join('.')}`),
    );

  it('reads null-prototype objects and reports BigInt values without throwing', () => {
    const row = Object.create(null) as Record<string, unknown>;
    row.name = 10n;
    expect(codes(row)).toEqual(['invalid_type @ name']);
    row.name = 'An';
    expect(parseWithSchema(Doc, row)).toEqual(ok({ name: 'An', heads: {} }));
  });

  it('reports nesting deeper than 64 levels and values that contain themselves', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 10_000; i += 1) deep = [deep];
    expect(codes({ name: 'An', heads: deep })).toEqual([`too_deep @ heads${'.0'.repeat(63)}`]);
    const cyclic: Record<string, unknown> = { name: 'An' };
    cyclic.heads = cyclic;
    expect(codes(cyclic)).toEqual(['too_deep @ heads']);
    expect(parseJsonText('['.repeat(4200) + ']'.repeat(4200))._unsafeUnwrapErr()[0]?.code).toBe(
      'too_deep',
    );
  });

  it('never lets a key reach the prototype or two spellings of one key through', () => {
    const proto = JSON.parse('{"name": "An", "heads": {"__proto__": "x", "Bu Sir": "y"}}');
    expect(codes(proto)).toEqual(['unknown_field @ heads.__proto__']);
    const nfd = 'Đắk Nia'.normalize('NFD');
    expect(codes({ name: 'An', heads: { 'Đắk Nia': 'a', [nfd]: 'b' } })).toEqual([
      `duplicate_key @ heads.Đắk Nia`,
    ]);
    expect(parseWithSchema(Doc, { name: nfd, heads: { [nfd]: nfd } })).toEqual(
      ok({ name: 'Đắk Nia', heads: { 'Đắk Nia': 'Đắk Nia' } }),
    );
  });

  it('ignores $comment everywhere and $schema at the root, as editors write them', () => {
    expect(
      parseWithSchema(Doc, {
        $schema: './schema/x.json',
        $comment: 'top',
        name: 'An',
        heads: { $comment: 'inside' },
      }),
    ).toEqual(ok({ name: 'An', heads: {} }));
  });

  it('reports a getter that throws as unreadable', () => {
    const hostile = {
      name: 'An',
      get heads(): never {
        throw new Error('no');
      },
    };
    expect(codes(hostile)).toEqual(['unreadable_input @ heads']);
  });

  it('quotes at most 60 characters of a huge value', () => {
    const [problem] = parseWithSchema(Doc, { name: 'x'.repeat(1e7), heads: 5 })._unsafeUnwrapErr();
    expect(JSON.stringify(problem).length).toBeLessThan(1000);
  });

  it('never throws on any value', () => {
    fc.assert(
      fc.property(
        fc.anything({ withBigInt: true, withNullPrototype: true, withMap: true }),
        (v) => {
          parseWithSchema(Doc, v);
          parseWithSchema(Doc, { name: 'An', heads: v });
        },
      ),
    );
  });
});

describe('parseJsonText positions', () => {
  it('gives the line and column of a syntax error', () => {
    expect(parseJsonText('{\n  "a": 1,\n}')._unsafeUnwrapErr()[0]?.params).toEqual({
      line: 3,
      column: 1,
    });
    expect(parseJsonText('\uFEFF{"a": 1}')).toEqual(ok({ a: 1 }));
  });
});

describe('a value outside a long list of allowed values', () => {
  const kinds = Array.from({ length: 20 }, (_, i) => `"kind${String.fromCharCode(97 + i)}"`);
  const Schema = z.object({ kind: z.enum(kinds.map((k) => k.slice(1, -1)) as [string]) });
  const message = (allowed: readonly string[]) =>
    parseWithSchema(
      z.object({ kind: z.enum(allowed.map((k) => k.slice(1, -1)) as [string]) }),
      { kind: 'moon' },
      [],
    )._unsafeUnwrapErr()[0]?.message;

  it('lists the first seven and counts the rest, so that what was received still shows', () => {
    expect(parseWithSchema(Schema, { kind: 'moon' }, [])._unsafeUnwrapErr()[0]?.message).toEqual({
      vi: `Trường "kind" phải là một trong ${kinds.slice(0, 7).join(', ')} và 13 giá trị khác; nhận được "moon".`,
      en: `Field "kind" must be one of ${kinds.slice(0, 7).join(', ')} or 13 other values; got "moon".`,
    });
  });

  it('lists eight in full', () => {
    expect(message(kinds.slice(0, 8))).toEqual({
      vi: `Trường "kind" phải là một trong ${kinds.slice(0, 8).join(', ')}; nhận được "moon".`,
      en: `Field "kind" must be one of ${kinds.slice(0, 8).join(', ')}; got "moon".`,
    });
    expect(message(kinds.slice(0, 9))?.en).toContain('or 2 other values; got "moon".');
  });
});

describe('a size limit', () => {
  const Sized = z.object({
    name: z.string().min(1).max(3),
    tags: z.array(z.string()).min(1).max(2),
  });
  const messages = (input: unknown) =>
    parseWithSchema(Sized, input, [])
      ._unsafeUnwrapErr()
      .map((p) => p.message.en);

  it('counts one character or item in the singular, and more in the plural', () => {
    expect(messages({ name: '', tags: [] })).toEqual([
      'Field "name" must have at least 1 character.',
      'Field "tags" must have at least 1 item.',
    ]);
    expect(messages({ name: 'abcd', tags: ['a', 'b', 'c'] })).toEqual([
      'Field "name" must have at most 3 characters.',
      'Field "tags" must have at most 2 items.',
    ]);
  });
});

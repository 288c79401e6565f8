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

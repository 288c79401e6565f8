import fc from 'fast-check';
import { z } from 'zod';
import { parseIsoDate, parsePeriod, TeamSchema } from '../../../src/index.js';
import { anyArgs, anyDateText, args, hostile, or } from '../arbitraries.js';
import type { Specs } from '../spec.js';

/** Schemas of several shapes, the library's and an app's own. */
const schema = fc.constantFrom(
  TeamSchema,
  z.object({ name: z.string(), heads: z.record(z.string(), z.string()) }).strict(),
  z.array(z.number().int().min(0)),
  z.string().refine((s) => s.startsWith('QĐ')),
);

/** Paths put in front of problems' paths. */
const prefix = fc.array(fc.oneof(fc.string({ maxLength: 8 }), fc.nat(100)), { maxLength: 4 });

/** Real problems of the library, of several codes. */
const problem = fc.oneof(
  anyDateText
    .map((text) => parseIsoDate(text))
    .filter((r) => r.isErr())
    .map((r) => r._unsafeUnwrapErr()),
  fc
    .string()
    .map((text) => parsePeriod(text))
    .filter((r) => r.isErr())
    .map((r) => r._unsafeUnwrapErr()),
);

/** An app's wording: message functions for some codes, some of them failing or odd. */
const messages = fc.record(
  {
    invalid_date: fc.constantFrom(
      (p: { input: string }) => `Ngày ${p.input} chưa đúng.`,
      () => {
        throw new Error('an app bug');
      },
      () => 42 as unknown as string,
    ),
    invalid_period: fc.constant(() => 'Kỳ chưa đúng.'),
  },
  { requiredKeys: [] },
);

/** A zod error from any value parsed with one of the schemas. */
const zodError = fc
  .tuple(schema, hostile)
  .map(([s, value]) => {
    try {
      return s.safeParse(value).error;
    } catch {
      return undefined;
    }
  })
  .filter((error) => error !== undefined);

/** The fuzz specs of the problems module's exports. */
export const specs: Specs = {
  InvalidArgumentError: { args: anyArgs(4), contract: 'reader' },
  formatProblem: { args: args(problem, messages, fc.constantFrom('vi', 'en', 'fr')) },
  parseJsonText: { args: anyArgs(1), contract: 'reader' },
  parseWithSchema: { args: args(schema, hostile, prefix) },
  problemRegistry: { args: anyArgs(0), contract: 'reader' },
  problemsFromZod: { args: args(zodError, prefix) },
  rewordProblems: {
    args: args(
      fc.array(problem, { maxLength: 3 }),
      fc.record({ vi: messages, en: or(messages) }, { requiredKeys: [] }),
    ),
  },
};

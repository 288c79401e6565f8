import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod';
import { conformOptions, recordedParse } from '../../src/_internal/arguments.js';
import {
  BUILT_IN_INDICATORS,
  BUILT_IN_TARGETS,
  consolidateReports,
  type DataValue,
  DataValueSchema,
  draftMemberReport,
  IndicatorSchema,
  parseActivities,
  parseDataValues,
  type ReportRecord,
  ReportSchema,
  submitReport,
  TargetSchema,
} from '../../src/index.js';
import { DataValueListSchema } from '../../src/indicators/arguments.js';
import { parseWithSchema } from '../../src/problems/input.js';
import { dakNia2022Team, dakNiaJanuary2025 } from '../../src/samples/index.js';
import { ActivitiesSchema } from '../../src/work/arguments.js';
import { vneidRequest } from './fixtures.js';

const team = dakNia2022Team();
const month = dakNiaJanuary2025();
const { period } = month;
const member = month.members[0];
if (!member) throw new Error('the sample month has no member');

/** The sample month's lists as a reader returns them. */
function readLists() {
  const values = parseDataValues(JSON.parse(JSON.stringify(month.values)), {
    catalogue: BUILT_IN_INDICATORS,
    places: team.places,
  })._unsafeUnwrap();
  const activities = parseActivities(
    JSON.parse(JSON.stringify(month.activities)),
    team,
  )._unsafeUnwrap();
  return { values, activities };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the lists in the options of drafts and consolidations', () => {
  it('are not checked again when a reader returned them', () => {
    const { values, activities } = readLists();
    const valueChecks = vi.spyOn(DataValueListSchema, 'safeParse');
    const activityChecks = vi.spyOn(ActivitiesSchema, 'safeParse');
    for (const m of month.members) {
      draftMemberReport(team, { ...m, period, activities, values })._unsafeUnwrap();
    }
    consolidateReports([], team, { ...month.leader, period, activities })._unsafeUnwrap();
    expect(valueChecks).not.toHaveBeenCalled();
    expect(activityChecks).not.toHaveBeenCalled();
  });

  it('are checked once when the caller wrote them, however many calls take them', () => {
    const activities = JSON.parse(JSON.stringify(month.activities));
    const values = JSON.parse(JSON.stringify(month.values));
    const valueChecks = vi.spyOn(DataValueListSchema, 'safeParse');
    const activityChecks = vi.spyOn(ActivitiesSchema, 'safeParse');
    for (const m of month.members) {
      draftMemberReport(team, { ...m, period, activities, values })._unsafeUnwrap();
    }
    expect(valueChecks).toHaveBeenCalledTimes(1);
    expect(activityChecks).toHaveBeenCalledTimes(1);
  });

  it('are checked again once a value was added to one', () => {
    const { values, activities } = readLists();
    draftMemberReport(team, { ...member, period, activities, values })._unsafeUnwrap();
    (values as unknown[]).push({ indicator: 'peopleGuided', place: 'thon-nam-da' });
    const problem = draftMemberReport(team, {
      ...member,
      period,
      activities,
      values,
    })._unsafeUnwrapErr();
    expect(problem.code).toBe('invalid_argument');
    expect(problem.path).toEqual(['draft']);
    expect(problem.message.vi).toContain('"draft"');
    expect(problem.message.en).toContain('"draft"');
  });
});

describe('checking options list by list', () => {
  const Numbers = z.array(z.number().int());
  const Words = z.array(z.string().min(1));
  const Options = z
    .object({ name: z.string(), numbers: Numbers.optional(), words: Words })
    .strict();
  const lists = { numbers: Numbers, words: Words };
  const field = fc.oneof(
    fc.constant(undefined),
    fc.string({ maxLength: 3 }),
    fc.integer(),
    fc.double(),
    fc.array(fc.oneof(fc.integer({ min: -3, max: 3 }), fc.double(), fc.string({ maxLength: 2 })), {
      maxLength: 4,
    }),
    fc.dictionary(fc.string({ maxLength: 2 }), fc.integer(), { maxKeys: 2 }),
  );
  const options = fc.oneof(
    fc.record(
      { name: field, numbers: field, words: field, extra: field },
      { requiredKeys: ['name', 'words'] },
    ),
    fc.anything({ maxDepth: 2 }),
  );
  const problemsOf = (problems: readonly { code: string; path: readonly unknown[] }[]) =>
    problems.map((p) => JSON.stringify([p.code, p.path])).sort();

  it('names every problem, of the lists and of the other options, by its path', () => {
    const problems = conformOptions(Options, lists, {
      name: 7,
      numbers: [1, 1.5],
      words: ['', 'a'],
    })._unsafeUnwrapErr();
    expect(problems.map((p) => p.path)).toEqual([['numbers', 1], ['words', 0], ['name']]);
    for (const p of problems) {
      expect(p.message.vi).not.toBe('');
      expect(p.message.en).not.toBe('');
    }
  });

  it('gives what checking the whole object gives: the same options, or the same problems', () => {
    fc.assert(
      fc.property(options, (value) => {
        const byList = conformOptions(Options, lists, value);
        const whole = parseWithSchema(Options, value);
        expect(byList.isOk()).toBe(whole.isOk());
        if (byList.isOk() && whole.isOk()) expect(byList.value).toStrictEqual(whole.value);
        if (byList.isErr() && whole.isErr()) {
          expect(problemsOf(byList.error)).toEqual(problemsOf(whole.error));
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('checks an object of another kind as a whole', () => {
    const value = Object.assign(Object.create({ name: 'a' }), { words: ['x'] });
    const spy = vi.spyOn(Words, 'safeParse');
    expect(conformOptions(Options, lists, value).isOk()).toBe(
      parseWithSchema(Options, value).isOk(),
    );
    expect(spy).not.toHaveBeenCalled();
  });
});

describe('a report the library drafted', () => {
  /** The sample month up the chain, with every draft kept. */
  function drafts() {
    const { values, activities } = readLists();
    const made: unknown[] = [];
    let book: ReportRecord[] = [];
    const submit = (draft: unknown) => {
      made.push(draft);
      book = submitReport(book, draft, { team })._unsafeUnwrap();
    };
    for (const m of month.members) {
      submit(draftMemberReport(team, { ...m, period, activities, values })._unsafeUnwrap());
    }
    for (const d of month.deputies) {
      submit(consolidateReports(book, team, { ...d, period, activities })._unsafeUnwrap());
    }
    submit(consolidateReports(book, team, { ...month.leader, period })._unsafeUnwrap());
    return { made, book };
  }

  it('is known to parse into what the schema gives, field for field and in order', () => {
    const { made } = drafts();
    expect(made).toHaveLength(month.members.length + month.deputies.length + 1);
    for (const draft of made) {
      const recorded = recordedParse(ReportSchema, draft);
      expect(JSON.stringify(recorded)).toBe(JSON.stringify(ReportSchema.parse(draft)));
      // The recorded parse is the library's own copy, not the caller's draft.
      expect(recorded).not.toBe(draft);
    }
  });

  it('is known to parse into what the schema gives when it answers a request', () => {
    const request = vneidRequest;
    const answer = consolidateReports([], team, {
      seat: 'deputies/farmers',
      request,
      submittedAt: '2025-01-21T10:00:00+07:00',
      results: ['Đã rà soát 3 bon'],
    })._unsafeUnwrap();
    expect(JSON.stringify(recordedParse(ReportSchema, answer))).toBe(
      JSON.stringify(ReportSchema.parse(answer)),
    );
    expect(submitReport([], answer, { team })._unsafeUnwrap()[0]?.report.request?.id).toBe('cv-12');
  });

  it('is submitted without running the report schema again; a changed copy is checked', () => {
    const { values, activities } = readLists();
    const draft = draftMemberReport(team, {
      ...member,
      period,
      activities,
      values,
    })._unsafeUnwrap();
    const spy = vi.spyOn(ReportSchema, 'safeParse');
    const valueSpy = vi.spyOn(DataValueSchema, 'safeParse');
    const book = submitReport([], draft, { team })._unsafeUnwrap();
    expect(spy).not.toHaveBeenCalled();
    // The values of a report that parsed are not read one by one again.
    submitReport([], JSON.parse(JSON.stringify(draft)), { team })._unsafeUnwrap();
    expect(spy).toHaveBeenCalledTimes(1);
    expect(valueSpy).not.toHaveBeenCalled();
    spy.mockClear();
    const copy = { ...draft, values: [...(draft.values ?? []), { indicator: 'x' } as DataValue] };
    const problems = submitReport([], copy, { team })._unsafeUnwrapErr();
    expect(spy).toHaveBeenCalledTimes(1);
    expect(problems.map((p) => p.path.slice(0, 2))).toContainEqual([
      'values',
      copy.values.length - 1,
    ]);
    expect(book[0]?.report).toMatchObject(ReportSchema.parse(draft));
    expect(book[0]?.report.to).toBe('deputies/womens-union');
  });

  it('gives the same book as the same reports written by hand', () => {
    const { made, book } = drafts();
    let byHand: ReportRecord[] = [];
    for (const draft of made) {
      byHand = submitReport(byHand, JSON.parse(JSON.stringify(draft)), { team })._unsafeUnwrap();
    }
    expect(JSON.stringify(byHand)).toBe(JSON.stringify(book));
  });
});

describe('the built-in catalogue and targets', () => {
  it('are what their schemas give, so they are taken as they are', () => {
    expect(z.array(IndicatorSchema).parse(BUILT_IN_INDICATORS)).toStrictEqual(BUILT_IN_INDICATORS);
    expect(JSON.stringify(z.array(TargetSchema).parse(BUILT_IN_TARGETS))).toBe(
      JSON.stringify(BUILT_IN_TARGETS),
    );
    expect(Object.isFrozen(BUILT_IN_INDICATORS[0])).toBe(true);
    expect(Object.isFrozen(BUILT_IN_TARGETS[0])).toBe(true);
  });

  it('are not checked against the schemas when given', async () => {
    // Fresh modules: nothing checked before in this file is remembered.
    vi.resetModules();
    const lib = await import('../../src/index.js');
    const samples = await import('../../src/samples/index.js');
    const lists = await import('../../src/indicators/arguments.js');
    const fresh = samples.dakNia2022Team();
    const handWritten = {
      id: 'bc-1',
      kind: 'periodic',
      period: '2025-01',
      from: 'village-heads/bon-bu-sir',
      submittedAt: '2025-02-14T08:30:00+07:00',
      values: [
        { indicator: 'peopleGuided', place: 'bon-bu-sir', period: '2025-01', numerator: 40 },
      ],
    };
    const spy = vi.spyOn(lists.CatalogueSchema, 'safeParse');
    const targetSpy = vi.spyOn(lists.TargetListSchema, 'safeParse');
    const [record] = lib
      .submitReport([], handWritten, {
        team: fresh,
        catalogue: lib.BUILT_IN_INDICATORS,
      })
      ._unsafeUnwrap();
    if (!record) throw new Error('not submitted');
    lib.renderReportMarkdown(fresh, record.report, {
      catalogue: lib.BUILT_IN_INDICATORS,
      targets: lib.BUILT_IN_TARGETS,
    });
    expect(spy).not.toHaveBeenCalled();
    expect(targetSpy).not.toHaveBeenCalled();
    // A copy is checked.
    lib.renderReportMarkdown(fresh, record.report, {
      catalogue: [...lib.BUILT_IN_INDICATORS],
      targets: [...lib.BUILT_IN_TARGETS],
    });
    expect(spy).toHaveBeenCalledTimes(1);
    expect(targetSpy).toHaveBeenCalledTimes(1);
  });
});

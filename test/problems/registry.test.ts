import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dateParts,
  formatProblem,
  InvalidArgumentError,
  parseIsoDate,
  problemRegistry,
  rewordProblems,
} from '../../src/index.js';
import * as catalogues from '../../src/problems/catalogue/index.js';
import { excerpt, fieldName, MAX_EXCERPT } from '../../src/problems/words.js';
import { messageFaults } from '../support/language.js';

describe('the problem registry', () => {
  const entries = [...problemRegistry().values()];

  it('holds every code once, from every catalogue', () => {
    const declared = Object.values(catalogues).flatMap((module) => Object.values(module));
    expect(entries.length).toBe(declared.length);
    expect(new Set(entries.map((e) => e.definition.code)).size).toBe(entries.length);
  });

  it.each(entries.map((e) => [e.definition.code, e] as const))(
    '%s writes both messages from its example parameters, in the words of a commune',
    (code, { definition }) => {
      expect(code).toMatch(/^[a-z]+(_[a-z0-9]+)*$/u);
      expect(['error', 'warning']).toContain(definition.severity);
      expect(definition.summary.vi.length).toBeGreaterThan(10);
      expect(definition.summary.en.length).toBeGreaterThan(10);
      const params = definition.example as never;
      const message = { vi: definition.vi(params), en: definition.en(params) };
      expect(message.vi).not.toBe(message.en);
      const problem = {
        code,
        severity: definition.severity,
        path: [],
        params: definition.example,
        message,
      };
      expect(messageFaults(problem)).toEqual([]);
      // The summary is read on the "Problem codes" page: it follows the same rules.
      expect(messageFaults({ ...problem, message: definition.summary })).toEqual([]);
    },
  );
});

describe('the audit of messages (test/support/language.ts)', () => {
  const columns = ['indicator', 'place', 'reportedBy'].map((c) => `"${c}"`).join(', ');

  it('lets a message quote the user’s text, even a lone quote mark, and names in quotes', () => {
    for (const column of ['"', ',', 'colour', '']) {
      const problem = {
        params: { column },
        message: {
          vi: `Dòng 1: cột "${column}" không thuộc định dạng dài; các cột là ${columns}.`,
          en: `Line 1: column "${column}" is not part of the long layout; its columns are ${columns}.`,
        },
      };
      expect(messageFaults(problem), column).toEqual([]);
    }
  });

  it('finds English words and raw names outside quotes', () => {
    const faults = messageFaults({
      params: { column: '"' },
      message: { vi: 'Dòng 1: cột """ không có; the column reportedBy.', en: 'Line 1.' },
    });
    expect(faults).toEqual(['vi shows raw names reportedBy', 'vi has English words: the, column']);
  });
});

describe('an app’s own wording', () => {
  const problem = parseIsoDate('30/2/2026')._unsafeUnwrapErr();

  it('replaces the messages of the codes it words, and no others', () => {
    expect(formatProblem(problem, { invalid_date: (p) => `Ngày ${p.input} chưa đúng.` })).toBe(
      'Ngày "30/2/2026" chưa đúng.',
    );
    expect(formatProblem(problem, {}, 'en')).toBe(problem.message.en);
    expect(formatProblem(problem, { date_out_of_range: () => 'x' })).toBe(problem.message.vi);
  });

  it('falls back on the library’s message when the app’s function fails', () => {
    const failing = () => {
      throw new Error('bug in the app');
    };
    expect(formatProblem(problem, { invalid_date: failing })).toBe(problem.message.vi);
  });

  it('rewords lists without changing codes, paths or the given problems', () => {
    const [reworded] = rewordProblems([problem], { en: { invalid_date: () => 'Check the date.' } });
    expect(reworded).toEqual({
      ...problem,
      message: { vi: problem.message.vi, en: 'Check the date.' },
    });
    expect(problem.message.en).not.toBe('Check the date.');
  });
});

describe('InvalidArgumentError', () => {
  it('is a TypeError with a code, the argument and a bilingual problem', () => {
    let caught: unknown;
    try {
      dateParts('24/02/2026' as never);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(TypeError);
    expect(caught).toBeInstanceOf(InvalidArgumentError);
    const error = caught as InvalidArgumentError;
    expect([error.code, error.argument, error.problem.code]).toEqual([
      'invalid_argument',
      'date',
      'invalid_argument',
    ]);
    expect(error.problem.params?.received).toBe('"24/02/2026"');
    expect(error.message).toContain(error.problem.message.en);
    expect(error.message).toContain(error.problem.message.vi);
  });

  it('quotes at most a short excerpt of a huge value', () => {
    const error = new InvalidArgumentError('x', { vi: 'số', en: 'a number' }, 'x'.repeat(1e7));
    expect(error.message.length).toBeLessThan(400);
  });
});

describe('excerpts and field names', () => {
  it('never throw and never exceed the limit, whatever the value', () => {
    fc.assert(
      fc.property(
        fc.anything({ withBigInt: true, withNullPrototype: true, withMap: true }),
        (v) => {
          const text = excerpt(v);
          expect(text.length).toBeLessThanOrEqual(MAX_EXCERPT + 1);
        },
      ),
    );
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(excerpt(cyclic)).toBe('{"self":…}');
    const hostile = {
      get boom(): never {
        throw new Error('no');
      },
    };
    expect(excerpt(hostile)).toBe('{"boom":…');
    expect(excerpt('x'.repeat(1e7))).toBe(`"${'x'.repeat(MAX_EXCERPT - 1)}…`);
  });

  it('write paths as people read them', () => {
    expect(fieldName(['appointments', 'leader', 1])).toBe('appointments.leader[1]');
    expect(fieldName(['villageHeads', 'Bon Bu Sir'])).toBe('villageHeads["Bon Bu Sir"]');
    expect(fieldName([3, 'period'])).toBe('[3].period');
    expect(fieldName([])).toBe('');
  });
});

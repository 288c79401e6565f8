import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  comparePersonNames,
  compareVietnamese,
  givenName,
  InvalidArgumentError,
  LabelSchema,
  label,
  normalizeText,
  parseWithSchema,
  TextSchema,
} from '../../src/index.js';

const vietnamese = fc.constantFrom(
  'Quản Thị Ngọc',
  'Trần Đình Tuấn',
  'Lê Văn An',
  'Nguyễn Văn An',
  'Đắk Nia',
  'Bon Bu Sir',
  'Thôn 2',
  'Thôn 10',
  'Ông Ích Khiêm',
  'Ưng Hoàng Phúc',
);
const text = fc.oneof(vietnamese, fc.string({ unit: 'grapheme' }));

describe('typed text arguments', () => {
  it.each([
    ['normalizeText', () => normalizeText(undefined as never), 'text'],
    ['givenName', () => givenName(42 as never), 'fullName'],
    ['compareVietnamese', () => compareVietnamese('a', null as never), 'b'],
    ['comparePersonNames', () => comparePersonNames({} as never, 'a'), 'a'],
    ['label', () => label('Tổ phó', undefined as never), 'en'],
  ])('%s throws invalid_argument on a value that is not a string', (_, call, argument) => {
    try {
      call();
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect(error).toBeInstanceOf(TypeError);
      const problem = (error as InvalidArgumentError).problem;
      expect((error as InvalidArgumentError).argument).toBe(argument);
      expect(problem.message.vi).toContain('phải là một chuỗi văn bản');
      expect(problem.message.en).toContain('must be a string');
    }
  });
});

describe('NFD and NFC give the same answers', () => {
  it('for comparison, given names and labels', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const nfd = (s: string) => s.normalize('NFD');
        expect(Math.sign(compareVietnamese(nfd(a), b))).toBe(Math.sign(compareVietnamese(a, b)));
        expect(compareVietnamese(nfd(a), a)).toBe(0);
        expect(Math.sign(comparePersonNames(nfd(a), nfd(b)))).toBe(
          Math.sign(comparePersonNames(a, b)),
        );
        expect(givenName(nfd(a))).toBe(givenName(a));
        expect(label(nfd(a), nfd(b))).toEqual(label(a, b));
        expect(label(a, b)).toEqual({ vi: a.normalize('NFC'), en: b.normalize('NFC') });
      }),
    );
  });

  it('compareVietnamese is antisymmetric and a total order on names', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(Math.sign(compareVietnamese(a, b))).toBe(-Math.sign(compareVietnamese(b, a)) || 0);
      }),
    );
  });

  it('comparePersonNames orders by given name first, then the full name', () => {
    fc.assert(
      fc.property(vietnamese, vietnamese, (a, b) => {
        const byGiven = compareVietnamese(givenName(a), givenName(b));
        if (byGiven !== 0) expect(Math.sign(comparePersonNames(a, b))).toBe(Math.sign(byGiven));
        else expect(comparePersonNames(a, b)).toBe(compareVietnamese(a, b));
      }),
    );
    expect(givenName('   ')).toBe('');
    expect(givenName('Ngọc')).toBe('Ngọc');
  });
});

describe('text schemas', () => {
  it('never throw through parseWithSchema, and trim and normalise', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withNullPrototype: true }), (value) => {
        parseWithSchema(TextSchema, value);
        parseWithSchema(LabelSchema, value);
      }),
    );
    expect(parseWithSchema(LabelSchema, { vi: ' Tổ phó '.normalize('NFD'), en: 'Deputy' })).toEqual(
      parseWithSchema(LabelSchema, { vi: 'Tổ phó', en: 'Deputy' }),
    );
    const blank = parseWithSchema(LabelSchema, { vi: '  ', en: 'x' })._unsafeUnwrapErr();
    expect(blank.map((p) => [p.code, p.path])).toEqual([['too_small', ['vi']]]);
  });
});

describe('the Vietnamese collator', () => {
  const Real = Intl.Collator;

  afterEach(() => {
    Intl.Collator = Real;
    vi.resetModules();
  });

  it('is built on first use, not when the module loads, and only once', async () => {
    vi.resetModules();
    const built: unknown[][] = [];
    Intl.Collator = class extends Real {
      constructor(...args: ConstructorParameters<typeof Intl.Collator>) {
        super(...args);
        built.push(args);
      }
    } as typeof Intl.Collator;
    const text = await import('../../src/text/collation.js');
    expect(built).toEqual([]);
    expect(['Thôn 10', 'Thôn 2'].sort(text.compareVietnamese)).toEqual(['Thôn 2', 'Thôn 10']);
    text.compareVietnamese('a', 'b');
    expect(built).toEqual([['vi', { sensitivity: 'variant', numeric: true }]]);
  });
});
